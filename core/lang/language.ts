// The shape of a language descriptor: everything the engine knows about one reading language,
// exported by core/lang/<code>/index.ts and listed once in registry.ts. Shared code asks the
// descriptor instead of testing a language code. Pure types; how to add one: README.md here.
import type { ClaimsLang, NumberLang } from '../claims/lang-spec';
import type { NameLang } from '../dataset/schema';
import type { DatesLang } from '../dates/lang-spec';
import type { Lang } from '../types';
import type { Morphology } from './morph';

export type Script = 'arab' | 'cyrl' | 'latn' | 'hani' | 'other';

/** How the dataset's names in one name language are turned into patterns (core/dataset/compile.ts). */
export interface NameConvention {
  /** person names also match by initials (K. Tokayev, Tokayev K.-J.); default true */
  initials?: boolean;
  /** further forms of a name the texts use (Russian cases, Arabic لل + name); generated at build time */
  forms?: (name: string, type: string) => string[];
  /** the surname of a full name when the dataset writes the person by surname elsewhere; default: the last word */
  surname?: (full: string) => string | undefined;
}

/** Kinds of event the engine can tell from ordinary words (core/recognise/event-kinds.ts). */
export type EventKind =
  | 'election'
  | 'referendum'
  | 'protest'
  | 'clash'
  | 'attack'
  | 'summit'
  | 'unrest'
  // which election: a bonus only for an election event of that kind
  | 'presidential'
  | 'parliamentary';
/** Words for each kind of event, as written; '*' at the end allows endings, at the start a compound head. */
export type EventCues = Partial<Record<EventKind, string[]>>;

export interface Language {
  code: Lang;
  /** English name of the language (guides, reports) */
  name: string;
  /** scripts it is written in; a block of unknown language in a script may be any language listing it */
  scripts: Script[];
  /** the dataset name lists read for it (Kazakh: kk-Cyrl, kk-Latn, kk-Arab) */
  nameLangs: NameLang[];
  /** how each of those name lists becomes patterns */
  names: Partial<Record<NameLang, NameConvention>>;
  /** inflection and words around a name: suffixes, proclitics, titles, place words, idioms */
  morph: Morphology;
  /** number words, separators, bounds for figure claims */
  numbers: NumberLang;
  /** month and weekday names, relative dates */
  dates: DatesLang;
  /** cue words for claims and attribution */
  claims: ClaimsLang;
  /** words for kinds of event (election, protest...) */
  events: EventCues;
  /** letters that may be glued before any word (Arabic و ف ب ل ك); cue and number matching allow them */
  clitics?: string;
  /** written without spaces between words (Chinese): cues and names match without word boundaries */
  unspaced?: boolean;
}
