// The one registry of reading languages: one line per language, each a descriptor exported by
// core/lang/<code>/index.ts (explicit imports, no globbing). Everything per-language that shared
// code needs is asked from here. Adding a language: README.md in this folder. Tested in registry.test.ts.
import type { NameLang } from '../dataset/schema';
import type { Lang } from '../types';
import type { Language, NameConvention, Script } from './language';
import { compileMorph, unionMorph, type CompiledMorph, type Morphology } from './morph';
import { NAME_PROCLITIC as ARABIC_SCRIPT_PROCLITIC } from './ar/clitics';
import { language as ar } from './ar';
import { language as ru } from './ru';
import { language as en } from './en';
import { language as kk } from './kk';
import { language as uz } from './uz';
import { language as ky } from './ky';
import { language as tg } from './tg';
import { language as tk } from './tk';
import { language as fa } from './fa';
import { language as tr } from './tr';
import { language as zh } from './zh';
import { language as de } from './de';
import { language as fr } from './fr';

export type { Language, NameConvention, Script } from './language';

export const LANGUAGES: Record<Lang, Language> = { ar, ru, en, kk, uz, ky, tg, tk, fa, tr, zh, de, fr };

/** Morphology per language (a view of LANGUAGES). */
export const MORPHOLOGY = Object.fromEntries(Object.values(LANGUAGES).map((l) => [l.code, l.morph])) as Record<
  Lang,
  Morphology
>;

/** Which languages a block of unknown language in a script may be (its rules are the union of theirs). */
export const SCRIPT_LANGS: Record<Script, Lang[]> = { arab: [], cyrl: [], latn: [], hani: [], other: [] };
for (const l of Object.values(LANGUAGES)) for (const s of l.scripts) SCRIPT_LANGS[s].push(l.code);

/** Proclitics any text in a script may glue before a name, whatever its language (Arabic و ف ب ل ك). */
const SCRIPT_PROCLITIC: Partial<Record<Script, RegExp>> = { arab: ARABIC_SCRIPT_PROCLITIC };

/** The language whose dataset name list this is (kk-Cyrl -> kk). */
const NAME_LANG_OWNER = new Map<NameLang, Language>();
for (const l of Object.values(LANGUAGES)) for (const n of l.nameLangs) NAME_LANG_OWNER.set(n, l);

/** How the dataset's names in `nameLang` become patterns (its language's convention; none for unknown lists). */
export function nameConvention(nameLang: NameLang): NameConvention {
  return NAME_LANG_OWNER.get(nameLang)?.names[nameLang] ?? {};
}

/** Letters glued before words in a language (for cue, number and date matching). */
export function cliticsOf(lang: Lang): string | undefined {
  return LANGUAGES[lang].clitics;
}

/** Is the language written without spaces between words? */
export function isUnspacedLang(lang: Lang): boolean {
  return !!LANGUAGES[lang].unspaced;
}

let compiled: Map<string, CompiledMorph> | undefined;
/** Compiled rules for a language in a script, or for every language of a script when the language is unknown. */
export function morphFor(lang: Lang | 'und', script: Script): CompiledMorph {
  compiled ??= new Map();
  const key = `${lang}/${script}`;
  let m = compiled.get(key);
  if (!m) {
    m =
      lang === 'und'
        ? unionMorph(SCRIPT_LANGS[script].map((l) => compileMorph(MORPHOLOGY[l])))
        : compileMorph(MORPHOLOGY[lang]);
    m.scriptProclitic = SCRIPT_PROCLITIC[script];
    compiled.set(key, m);
  }
  return m;
}
