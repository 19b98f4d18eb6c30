// What a language lets stand around a name: inflection suffixes, attached proclitics, titles,
// and case forms generated for the index. Each language's data lives in core/lang/<code>/morph.ts;
// this file holds the shared types and the checks the matcher runs. Pure; tested through core/lang/<code>/morph.test.ts.
import { foldKey } from '../text/fold';
import type { Lang } from '../types';

export type TitleRole = 'president' | 'prime-minister' | 'minister' | 'speaker' | 'military' | 'spokesperson' | 'other';

export interface Morphology {
  lang: Lang;
  /** inflectional suffixes that may follow a name within the same word, as written */
  suffixes: string[];
  /** how many suffixes may follow one another (agglutinative languages chain them) */
  maxChain: number;
  /** after an apostrophe, any letters are a suffix (Turkish Tokayev'in, Kazakh Latin) */
  apostropheSuffix?: boolean;
  /** proclitics attached before a name (Arabic و ف ب ل ك ال), as a pattern on the folded prefix */
  proclitic?: RegExp;
  /** titles that may stand right before a person's name */
  titles: { text: string; role: TitleRole }[];
  /** set phrases in which a word that is also a name is not one (Persian در آستانه "on the eve of") */
  idioms?: string[];
  /** words for "city", "region"... next to a name: a place is meant */
  placeWords?: string[];
  /** endings refused as written, before folding merges them with an accepted one (Tajik adjective -ӣ vs ezafe -и) */
  rejectRaw?: string[];
  /** inflected forms of a dataset name, generated at build time (Russian Астана -> Астаны, Астане...) */
  caseForms?: (name: string, type: string) => string[];
  /**
   * Head nouns that make a place's name with another name, in the form the dataset's names use
   * ("Region" in "Batken Region", "облусу", "منطقة" in "منطقة باتكين"): a synonym of one of them next
   * to a name (Arabic إقليم, French "région de") or a list sharing one plural head ("the Aktobe
   * and Atyrau regions") names the entity "<name> <head>" (recognise/heads.ts). Either order.
   */
  heads?: string[];
  /** plural head nouns (as written, any case suffix may follow) and their singular in `heads` */
  pluralHeads?: Record<string, string>;
  /** words joining the items of a list ("and", "жана"); a comma always does */
  conjunctions?: string[];
  /**
   * case endings a name of several words takes glued to its last word when that word is a common noun
   * (Turkish writes the apostrophe only after a proper noun: "Sınır Muhafız Hizmetinden", "Batken
   * bölgesinin"); one of them, after the whole name
   */
  compoundSuffixes?: string[];
  /**
   * nouns that end the name of something named after a person ("Nursultan Nazarbayev International
   * Airport", "Nazarbayev University"): a person's name followed by them (up to two capitalised words
   * between) is part of that name, not a mention of the person (guards.ts `namedAfter`)
   */
  eponymHeads?: string[];
  /** nouns that end a newspaper's name after a place ("The Washington Post"): the place is not meant */
  mastheadHeads?: string[];
}

export interface CompiledMorph {
  lang: Lang;
  suffixKeys: Set<string>;
  maxSuffixKey: number;
  maxChain: number;
  apostropheSuffix: boolean;
  proclitic?: RegExp;
  /** proclitics any text in the block's script may glue before a name (set by registry.morphFor) */
  scriptProclitic?: RegExp;
  rejectRaw: Set<string>;
  idioms: string[];
  placeWords: Set<string>;
  /** folded title keys, longest first */
  titles: { key: string; role: TitleRole }[];
  /** head nouns as written (heads.ts folds the phrases it builds with them) and their folded keys */
  heads: { form: string; key: string }[];
  /** folded plural heads and the singular head form each stands for */
  pluralHeads: { key: string; singular: string }[];
  /** folded conjunctions joining list items */
  conjunctions: Set<string>;
  /** folded compoundSuffixes, and the longest */
  compoundSuffixKeys: Set<string>;
  maxCompoundKey: number;
  /** folded eponymHeads and mastheadHeads */
  eponymHeads: Set<string>;
  mastheadHeads: Set<string>;
}

export function compileMorph(m: Morphology): CompiledMorph {
  const suffixKeys = new Set(m.suffixes.map((s) => foldKey(s)).filter((k) => k.length > 0));
  let maxSuffixKey = 0;
  for (const k of suffixKeys) maxSuffixKey = Math.max(maxSuffixKey, k.length);
  const titles = m.titles
    .map((t) => ({ key: foldKey(t.text), role: t.role }))
    .filter((t) => t.key.length > 0)
    .sort((a, b) => b.key.length - a.key.length);
  return {
    lang: m.lang,
    suffixKeys,
    maxSuffixKey,
    maxChain: m.maxChain,
    apostropheSuffix: !!m.apostropheSuffix,
    proclitic: m.proclitic,
    rejectRaw: new Set(m.rejectRaw ?? []),
    idioms: (m.idioms ?? []).map(foldKey),
    placeWords: new Set((m.placeWords ?? []).map(foldKey)),
    titles,
    heads: (m.heads ?? []).map((form) => ({ form, key: foldKey(form) })),
    pluralHeads: Object.entries(m.pluralHeads ?? {}).map(([p, singular]) => ({ key: foldKey(p), singular })),
    conjunctions: new Set((m.conjunctions ?? []).map(foldKey)),
    ...compoundOf(m.compoundSuffixes ?? []),
    eponymHeads: new Set((m.eponymHeads ?? []).map(foldKey)),
    mastheadHeads: new Set((m.mastheadHeads ?? []).map(foldKey)),
  };
}

function compoundOf(list: string[]): Pick<CompiledMorph, 'compoundSuffixKeys' | 'maxCompoundKey'> {
  const compoundSuffixKeys = new Set(list.map(foldKey).filter((k) => k.length > 0));
  return { compoundSuffixKeys, maxCompoundKey: Math.max(0, ...[...compoundSuffixKeys].map((k) => k.length)) };
}

/** Can `rest` (folded) be split into at most maxChain known suffixes? `raw` is the ending as written. */
export function acceptsSuffix(m: CompiledMorph, rest: string, raw?: string): boolean {
  if (rest.length === 0) return true;
  if (raw !== undefined && m.rejectRaw.has(raw.toLowerCase())) return false;
  return chain(m, rest, 0, m.maxChain);
}

function chain(m: CompiledMorph, rest: string, from: number, left: number): boolean {
  if (from === rest.length) return true;
  if (left === 0) return false;
  const max = Math.min(m.maxSuffixKey, rest.length - from);
  for (let len = max; len >= 1; len--) {
    if (m.suffixKeys.has(rest.slice(from, from + len)) && chain(m, rest, from + len, left - 1)) return true;
  }
  return false;
}

/** Merge several languages' rules (a block whose language is unknown gets its script's union). */
export function unionMorph(list: CompiledMorph[]): CompiledMorph {
  const suffixKeys = new Set<string>();
  let maxSuffixKey = 0;
  let maxChain = 1;
  const titles: CompiledMorph['titles'] = [];
  const proclitics: RegExp[] = [];
  const rejectRaw = new Set<string>();
  const idioms: string[] = [];
  const placeWords = new Set<string>();
  const heads: CompiledMorph['heads'] = [];
  const pluralHeads: CompiledMorph['pluralHeads'] = [];
  const conjunctions = new Set<string>();
  const compound = new Set<string>();
  const eponymHeads = new Set<string>();
  const mastheadHeads = new Set<string>();
  for (const m of list) {
    for (const k of m.eponymHeads) eponymHeads.add(k);
    for (const k of m.mastheadHeads) mastheadHeads.add(k);
    for (const k of m.compoundSuffixKeys) compound.add(k);
    heads.push(...m.heads);
    pluralHeads.push(...m.pluralHeads);
    for (const c of m.conjunctions) conjunctions.add(c);
    for (const k of m.suffixKeys) suffixKeys.add(k);
    maxSuffixKey = Math.max(maxSuffixKey, m.maxSuffixKey);
    maxChain = Math.max(maxChain, m.maxChain);
    titles.push(...m.titles);
    if (m.proclitic) proclitics.push(m.proclitic);
    for (const r of m.rejectRaw) rejectRaw.add(r);
    idioms.push(...m.idioms);
    for (const w of m.placeWords) placeWords.add(w);
  }
  titles.sort((a, b) => b.key.length - a.key.length);
  return {
    lang: list[0]!.lang,
    suffixKeys,
    maxSuffixKey,
    maxChain,
    apostropheSuffix: list.some((m) => m.apostropheSuffix),
    proclitic: proclitics[0],
    rejectRaw,
    idioms,
    placeWords,
    titles,
    heads,
    pluralHeads,
    conjunctions,
    compoundSuffixKeys: compound,
    maxCompoundKey: Math.max(0, ...list.map((m) => m.maxCompoundKey)),
    eponymHeads,
    mastheadHeads,
  };
}
