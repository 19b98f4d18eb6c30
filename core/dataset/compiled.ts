// Types of the compiled index (generated/index.json), written by scripts/build-data.ts and read
// by core/engine.ts. Display records carry everything the side panel shows, with sources resolved.
// Pure types and tiny helpers only.
import type { CueTable } from '../claims/cues';
import type { Entity, Figure, KnownClaim, NameLang, Office, Source } from './schema';

/** One folded name key (its text lives in the automaton; pattern i ends where key i does). */
export interface Pattern {
  /** entity ids matched in any spelling that folds to the key (more than one = ambiguous name), or office ids */
  ids: string[];
  /** bit flags, see PATTERN_FLAGS */
  flags: number;
  /** event cue phrases with this key: evidence for the event, never a mention by themselves */
  cues?: { event: string; lang: string }[];
  /** names matched only as written (acronyms, common words): the written form and whose it is;
   * weak = an ordinary word too (exactOnly): counted only when the article corroborates it */
  exact?: { raw: string; ids: string[]; weak?: boolean }[];
}

export const PATTERN_FLAGS = {
  /** only exact names behind this key: the text must be one of them as written */
  exact: 1,
  /** an office descriptor: resolve to the holder at the page's date */
  office: 4,
  /** generated from initials */
  initials: 8,
  /** every non-exact alias behind it starts with a capital: the text must too */
  cap: 16,
} as const;

/** What the side panel shows for one entity. */
export interface DisplayRecord extends Omit<Entity, 'names'> {
  name: string;
  names: Partial<Record<NameLang, string[]>>;
  /** forms the build generated (core/dataset/generated-names.ts), not attested by a source; matched too */
  generatedNames?: Partial<Record<NameLang, string[]>>;
  figures?: Figure[];
  claims?: KnownClaim[];
}

export interface CompiledIndex {
  version: number;
  builtAt: string;
  /** serialised Aho-Corasick automaton over pattern keys (core/match/automaton.ts) */
  automaton: unknown;
  patterns: Pattern[];
  entities: Record<string, DisplayRecord>;
  offices: Record<string, Office & { holders: { id: string; start?: string; end?: string }[] }>;
  figures: Figure[];
  claims: KnownClaim[];
  sources: Record<string, Source>;
  /** per person with any, the folded given names of its full names (core/recognise/guards.ts) */
  given?: Record<string, string[]>;
  /** every language's cue lists folded and in tries, written by `npm run data` (core/claims/cue-table.ts) */
  cues?: CueTable;
}

/** A sourced text in the reader's language when we have it, else the English. Language keys as in
 * names: 'ru', 'ar', 'kk-Cyrl'...; a bare 'kk' or 'uz' falls back to its first script. */
export function textIn(item: { text: string; i18n?: Partial<Record<NameLang, string>> }, lang: string): string {
  if (!item.i18n || lang === 'en') return item.text;
  const direct = item.i18n[lang as NameLang];
  if (direct) return direct;
  const base = lang.split('-')[0]!;
  const scripted = Object.entries(item.i18n).find(([k]) => k.split('-')[0] === base);
  return scripted?.[1] ?? item.text;
}
