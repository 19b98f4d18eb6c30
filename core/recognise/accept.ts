// Acceptance: is a raw automaton hit a mention? Word boundaries (none for unspaced scripts),
// Arabic-script proclitics before the name, the block language's suffix chains after it, the case
// rule for capitalised names, exact-only names, set phrases, and a title joined before a person's
// name. Works on one hit at a time; knows nothing of other mentions. Pure; tested in accept.test.ts.
import { PATTERN_FLAGS, type Pattern } from '../dataset/compiled';
import { acceptsSuffix, type CompiledMorph, type TitleRole } from '../lang/morph';
import { foldKey, isUnspacedChar, isWordChar, simplifiedHanText, type Folded } from '../text/fold';
import {
  apostropheCompound,
  deputyBefore,
  formerPrefixStart,
  hyphenPrefixed,
  isTitleWord,
  namedAfter,
  surnameAfter,
} from './guards';

/** What `accept` keeps of a hit: the span to report and whose name it is. */
export interface Accepted {
  start: number;
  end: number;
  /** where the name starts when a title was joined to it */
  nameStart?: number;
  ids: string[];
  title?: TitleRole;
  /** only an ordinary-word name matched: kept only if the article corroborates it */
  weak?: boolean;
}

export const isArabicChar = (ch: string | undefined) => ch !== undefined && ch >= '\u0600' && ch <= '\u06ff';
const isBicameral = (ch: string) => ch.toLowerCase() !== ch.toUpperCase();
/** characters Chinese uses to transliterate foreign names (a short name next to them is part of a longer one) */
const TRANSLIT_ZH = new Set([
  ...'克斯夫尔特娃诺科亚拉罗里利尼姆德布普吉基奇茨兹索托多蒂莫娜妮丽琳莉卡加哈扎萨塔纳马巴帕法瓦维韦耶叶伊乌因恩安阿奥欧埃艾',
]);
/** a short Chinese name (this many characters or fewer) next to transliteration characters is part of a longer name */
const SHORT_ZH_NAME = 2;
/** at most this many letters after a Turkish-style apostrophe count as its suffix */
const MAX_APOSTROPHE_SUFFIX = 10;

/** Is the word before or after [ks, ke) a place word ("city", "şäher", "город") of the language? */
export function nearPlaceWord(key: string, ks: number, ke: number, morph: CompiledMorph): boolean {
  if (morph.placeWords.size === 0) return false;
  let a = ke;
  while (a < key.length && !isWordChar(key[a])) a++;
  let b = a;
  while (b < key.length && isWordChar(key[b])) b++;
  if (morph.placeWords.has(key.slice(a, b))) return true;
  let d = ks;
  while (d > 0 && !isWordChar(key[d - 1])) d--;
  let c = d;
  while (c > 0 && isWordChar(key[c - 1])) c--;
  return morph.placeWords.has(key.slice(c, d));
}

/** Is a raw hit at key [ks, ke) cheaply known to sit inside a longer word (checked before any other work)? */
export function insideWord(key: string, ks: number): boolean {
  return ks > 0 && isWordChar(key[ks - 1]) && !isArabicChar(key[ks]) && !isUnspacedChar(key[ks]);
}

/** Boundaries, morphology, case, title: the span to report and whose name it is, or null. */
export function accept(
  text: string,
  f: Folded,
  pat: Pattern,
  ks: number,
  ke: number,
  morph: CompiledMorph,
): Accepted | null {
  const key = f.key;
  const start = f.start[ks]!;
  const nameEnd = f.end[ke - 1]!;
  // exact names (acronyms, common words) count only as written, and take no suffix
  let written: { raw: string; ids: string[]; weak?: boolean } | undefined;
  if (pat.exact) {
    // as written, but Traditional Chinese counts as its Simplified form (北約 = 北约)
    const asWritten = simplifiedHanText(text.slice(start, nameEnd).normalize('NFC'));
    written = pat.exact.find(
      (x) => x.raw === asWritten || (isUnspacedChar(x.raw[0]) && simplifiedHanText(x.raw) === asWritten),
    );
  }
  if (pat.ids.length === 0 && !written) return null;
  const unspacedStart = isUnspacedChar(key[ks]);
  const unspacedEnd = isUnspacedChar(key[ke - 1]);
  // set phrases where the name-looking word is an ordinary one
  for (const idiom of morph.idioms) {
    for (let from = Math.max(0, ke - idiom.length); from <= ks; from++) if (key.startsWith(idiom, from)) return null;
  }
  // left edge: a word boundary, or a proclitic of the language or of its script (lang/ar/clitics.ts)
  if (!unspacedStart && ks > 0 && isWordChar(key[ks - 1])) {
    if (!isArabicChar(key[ks])) return null;
    let ws = ks - 1;
    while (ws > 0 && isWordChar(key[ws - 1])) ws--;
    const prefix = key.slice(ws, ks);
    if (!(morph.proclitic?.test(prefix) || morph.scriptProclitic?.test(prefix))) return null;
  }
  // right edge: a word boundary, or a suffix chain of the block's language
  let ek = ke;
  // a name ending in an abbreviation's dot ("обл.") ends there: folding drops the space after a dot
  if (!unspacedEnd && ke < key.length && isWordChar(key[ke]) && key[ke - 1] !== '.') {
    // exact names take a suffix only when written exactly before it (МИДа, ЕККУнун, ЕАЭС-ке)
    if (pat.ids.length === 0 && !written) return null;
    let we = ke;
    while (we < key.length && isWordChar(key[we])) we++;
    // a name of several words may take one glued case ending (Turkish "Sınır Muhafız Hizmetinden")
    const compound = morph.compoundSuffixKeys.size > 0 && key.slice(ks, ke).includes(' ');
    // no chain of this language's suffixes is that long: not an inflected name
    const longest = Math.max(morph.maxSuffixKey * morph.maxChain + 1, compound ? morph.maxCompoundKey : 0);
    if (we - ke > longest) return null;
    // the ending as written, with the zero-width non-joiner that may tie it to the name (folding drops it)
    const raw = text.slice(text.charCodeAt(nameEnd - 1) === 0x200c ? nameEnd - 1 : nameEnd, f.end[we - 1]!);
    const inKey = key.slice(ke, we);
    if (
      !(acceptsSuffix(morph, inKey, raw) || acceptsSuffix(morph, key[ke - 1] + inKey, raw)) &&
      !(compound && morph.compoundSuffixKeys.has(inKey))
    ) {
      // the suffix list is folded word by word; fold the ending alone too before giving up
      const rest = foldKey(raw);
      if (rest === inKey || !(acceptsSuffix(morph, rest, raw) || acceptsSuffix(morph, key[ke - 1] + rest, raw)))
        return null;
    }
    ek = we;
  }
  if (morph.apostropheSuffix && key[ek] === "'" && isWordChar(key[ek + 1])) {
    let we = ek + 1;
    while (we < key.length && we - ek <= MAX_APOSTROPHE_SUFFIX && isWordChar(key[we])) we++;
    if (we >= key.length || !isWordChar(key[we])) ek = we;
  }
  // Xi'an is not Xi
  if (!unspacedEnd && ek === ke && apostropheCompound(text, nameEnd, morph)) return null;
  const office = !!(pat.flags & PATTERN_FLAGS.office);
  // vice-président de la Banque mondiale, deputy prime minister: someone else's office
  if (office && (hyphenPrefixed(text, start) || deputyBefore(key, ks))) return null;
  let ids = pat.ids;
  // capitalised names need a capital in the text (Osh the city, not osh the dish)
  if (ids.length > 0 && pat.flags & PATTERN_FLAGS.cap) {
    const first = text[start]!;
    if (isBicameral(first) && first !== first.toUpperCase()) ids = [];
  }
  const weak = ids.length === 0 && !!written?.weak;
  // an ordinary word joined into a compound (Aral-Tankstelle) is not the name
  if (weak && /^[-‐‑]\p{L}/u.test(text.slice(nameEnd, nameEnd + 2))) return null;
  if (written) ids = ids.length ? [...new Set([...ids, ...written.ids])] : written.ids;
  // a title word alone is never a person (Tajik раиси "chairman" is not Raisi)
  if (!office && ids.some((id) => id.startsWith('person:')) && isTitleWord(key, ks, ke, morph)) {
    ids = ids.filter((id) => !id.startsWith('person:'));
  }
  // a given name alone is never a place (Isroil Xo'jayev is a man, not Israel)
  if (ids.some((id) => id.startsWith('place:')) && !unspacedEnd && surnameAfter(text, f.end[ek - 1]!)) {
    ids = ids.filter((id) => !id.startsWith('place:'));
  }
  // Nursultan Nazarbayev International Airport, The Washington Post: part of a longer proper name
  if (!unspacedEnd && ids.some((id) => id.startsWith('person:') || id.startsWith('place:'))) {
    const after = f.end[ek - 1]!;
    if (namedAfter(text, after, morph.eponymHeads)) ids = ids.filter((id) => !id.startsWith('person:'));
    if (namedAfter(text, after, morph.mastheadHeads)) ids = ids.filter((id) => !id.startsWith('place:'));
  }
  if (ids.length === 0) return null;
  // a short transliterated Chinese name running on into more transliteration is a longer name (马雷 in 马雷克)
  if (
    unspacedStart &&
    ke - ks <= SHORT_ZH_NAME &&
    (TRANSLIT_ZH.has(key[ke] ?? '') || TRANSLIT_ZH.has(key[ks - 1] ?? ''))
  )
    return null;
  let s = start;
  let title: TitleRole | undefined;
  if (ids.some((id) => id.startsWith('person:')) || office) {
    const t = titleBefore(f, ks, morph);
    // a title glued to "vice-"/"экс-" or after "deputy" is not this person's
    const former = t ? formerPrefixStart(text, t.start) : -1;
    if (t && former >= 0) {
      s = former;
      title = 'other';
    } // экс-президент: the person, not today's office
    else if (t && !hyphenPrefixed(text, t.start) && !deputyBefore(key, t.ks)) {
      s = t.start;
      title = t.role;
    }
  }
  let end = f.end[ek - 1]!;
  while (end > start && /\s/.test(text[end - 1]!)) end--; // the space a final dot absorbed ("обл. ")
  return { start: s, end, ...(title ? { nameStart: start } : {}), ids, title, ...(weak ? { weak } : {}) };
}

/** A title of the language standing right before the name at key offset ks (one space, or none in unspaced scripts). */
export function titleBefore(
  f: Folded,
  ks: number,
  morph: CompiledMorph,
): { start: number; ks: number; role: TitleRole } | null {
  const key = f.key;
  const j = key[ks - 1] === ' ' ? ks - 1 : isUnspacedChar(key[ks]) ? ks : -1;
  if (j <= 0) return null;
  for (const t of morph.titles) {
    const ts = j - t.key.length;
    if (ts < 0 || key.slice(ts, j) !== t.key) continue;
    if (ts > 0 && isWordChar(key[ts - 1]) && !isUnspacedChar(key[ts])) {
      let ws = ts - 1;
      while (ws > 0 && isWordChar(key[ws - 1])) ws--;
      if (!isArabicChar(key[ts]) || !morph.scriptProclitic?.test(key.slice(ws, ts))) continue;
    }
    return { start: f.start[ts]!, ks: ts, role: t.role };
  }
  return null;
}
