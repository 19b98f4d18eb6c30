// Precision guards: shapes of text around a name that say it is not the entity the name belongs
// to, whatever the language. Each is a small pure function called from accept.ts or mentions.ts,
// with the failure it prevents in its comment and a fixture in core/fixtures. Tested in guards.test.ts.
import type { CompiledIndex } from '../dataset/compiled';
import type { CompiledMorph } from '../lang/morph';
import { foldKey, isWordChar } from '../text/fold';

const APOSTROPHE = /['’ʼ‘`´]/;
const HYPHEN = /[-‐‑]/;
const LETTER = /\p{L}/u;

/**
 * Xi'an is not Xi: a name followed by an apostrophe and letters is part of a longer name, unless
 * the language writes suffixes after an apostrophe (Turkish Tokayev'in) or the letters are the
 * English possessive ('s).
 */
export function apostropheCompound(text: string, end: number, morph: CompiledMorph): boolean {
  if (morph.apostropheSuffix || !APOSTROPHE.test(text[end] ?? '') || !LETTER.test(text[end + 1] ?? '')) return false;
  let e = end + 1;
  while (e < text.length && LETTER.test(text[e]!)) e++;
  return !/^s$/i.test(text.slice(end + 1, e));
}

/**
 * "vice-président de la Banque mondiale", "вице-премьер": a title or office glued by a hyphen to
 * the word before it is somebody else's title (a deputy's, a former holder's).
 */
export function hyphenPrefixed(text: string, start: number): boolean {
  return start >= 2 && HYPHEN.test(text[start - 1]!) && LETTER.test(text[start - 2]!);
}

/** Glued prefixes that make a title a former one (экс-президент): still the person, not the office now held. */
const FORMER = new Set(['экс', 'ex', 'eks', 'sobiq']);
/** Where "экс-"/"ex-" starts when it is glued before `start`, else -1. */
export function formerPrefixStart(text: string, start: number): number {
  if (!hyphenPrefixed(text, start)) return -1;
  let s = start - 1;
  while (s > 0 && /\p{L}/u.test(text[s - 1]!)) s--;
  return FORMER.has(text.slice(s, start - 1).toLowerCase()) ? s : -1;
}

/** Words that make the title after them someone else's (vice president, deputy minister), folded. */
const DEPUTY = new Set(
  [
    'vice',
    'deputy',
    'former',
    'вице',
    'заместитель',
    'бывший',
    'экс',
    'ex',
    'orynbasary',
    'орынбасары',
    'sobiq',
    'собиқ',
    'stellvertretende',
  ].map(foldKey),
);
/** Is the word right before key offset ks a "vice"/"deputy" word? */
export function deputyBefore(key: string, ks: number): boolean {
  let d = ks;
  while (d > 0 && !isWordChar(key[d - 1])) d--;
  if (d === ks || ks - d > 2) return false;
  let c = d;
  while (c > 0 && isWordChar(key[c - 1])) c--;
  return DEPUTY.has(key.slice(c, d));
}

/**
 * A title word alone is never a person: Tajik "раиси" (chairman) is not Raisi. True when the
 * matched word, folded, is one of the block language's title words.
 */
export function isTitleWord(key: string, ks: number, ke: number, morph: CompiledMorph): boolean {
  const word = key.slice(ks, ke);
  return morph.titles.some((t) => t.key === word);
}

/** Surname endings of the region's names (Russian-style -ov/-ev/-ova, Turkic -uly/-qyzy, Tajik -zoda). */
const SURNAME =
  /^\p{Lu}[\p{L}'ʼ’-]*(?:ov|ev|yev|ova|eva|yeva|ovich|ovna|uly|ulu|kyzy|qyzy|zoda|zade|ов|ев|ёв|ова|ева|ёва|ович|овна|улы|уулу|кызы|қызы|зода|заде|ұлы)$/u;

/**
 * A given name alone is never a place: "Isroil Xo'jayev" is a man, not Israel. True when the word
 * right after `end` (one space away) is shaped like a surname.
 */
export function surnameAfter(text: string, end: number): boolean {
  if (text[end] !== ' ') return false;
  let e = end + 1;
  while (e < text.length && /[\p{L}'ʼ’-]/u.test(text[e]!)) e++;
  return SURNAME.test(text.slice(end + 1, e));
}

/** Given names (folded first words of full names) per person, and all of them together. */
export interface GivenNames {
  byPerson: Map<string, Set<string>>;
  all: Set<string>;
}
const givenCache = new WeakMap<CompiledIndex, GivenNames>();
export function givenNames(index: CompiledIndex): GivenNames {
  let g = givenCache.get(index);
  if (g) return g;
  // the build writes them (index.given: folding every person's names here cost a cold start ~60 ms)
  g = index.given ? givenFromIndex(index.given) : computeGivenNames(index);
  givenCache.set(index, g);
  return g;
}

function givenFromIndex(given: Record<string, string[]>): GivenNames {
  const g: GivenNames = { byPerson: new Map(), all: new Set() };
  for (const [id, keys] of Object.entries(given)) {
    g.byPerson.set(id, new Set(keys));
    for (const k of keys) g.all.add(k);
  }
  return g;
}

/** What index.given holds, computed from the records (the build, and an index without it). */
export function computeGivenNames(index: Pick<CompiledIndex, 'entities'>): GivenNames {
  const g: GivenNames = { byPerson: new Map(), all: new Set() };
  for (const r of Object.values(index.entities)) {
    if (r.type !== 'person') continue;
    const own = new Set<string>();
    for (const list of Object.values(r.names)) {
      for (const name of list ?? []) {
        const words = name.trim().split(/\s+/);
        if (words.length < 2 || !/^\p{Lu}/u.test(words[0]!)) continue;
        own.add(foldKey(words[0]!.split('-')[0]!));
      }
    }
    g.byPerson.set(r.id, own);
    for (const k of own) g.all.add(k);
  }
  return g;
}

/**
 * A surname with another given name before it is a namesake: "Ulugbek Inoyatov" is not Rustam
 * Inoyatov. Returns the candidates that survive: a person whose given names are known and do not
 * include the given name written right before the surname is dropped.
 */
export function dropNamesakes(index: CompiledIndex, text: string, start: number, ids: string[]): string[] {
  if (start < 2 || text[start - 1] !== ' ') return ids;
  let s = start - 1;
  while (s > 0 && /[\p{L}-]/u.test(text[s - 1]!)) s--;
  const word = text.slice(s, start - 1);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return ids;
  const g = givenNames(index);
  const key = foldKey(word);
  if (!g.all.has(key)) return ids;
  return ids.filter((id) => {
    if (!id.startsWith('person:')) return true;
    const own = g.byPerson.get(id);
    return !own || own.size === 0 || own.has(key);
  });
}

/** "АСТАНА, 15 қараша – ": a dateline (a place in capitals, a comma, a date, a dash) before a credit. */
const DATELINE = /^\s*\p{Lu}[\p{L}\s.-]*,\s[^\n]{1,30}?\s?[—–-]\s*$/u;

/**
 * News credits the agency it runs a story from in a fixed place: after the dateline ("БИШКЕК,
 * 27-окт. — Sputnik.") or alone on its own line. A media name there is the agency even when it is
 * also an ordinary word that otherwise needs corroboration (Sputnik, "satellite").
 */
export function agencyCredit(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (before.trim() === '' && after.trim() === '') return true;
  return DATELINE.test(before) && /^\s*(?:\.|$)/.test(after);
}

/** Opening quotation mark -> the closing marks that may end it (guillemets, curly, low-9, straight). */
const QUOTE_PAIRS: Readonly<Record<string, string>> = {
  '«': '»',
  '»': '«',
  '“': '”“',
  '„': '“”',
  '‹': '›',
  '"': '"',
};

/**
 * A name set in quotation marks on its own («الميادين», «Известия», "Sputnik") is written as a title:
 * news quotes an outlet's name, not the ordinary word it also is, so a media name there needs no
 * other corroboration. Only the whole quoted span counts ("«the squares of Cairo»" does not).
 */
export function quotedTitle(text: string, start: number, end: number): boolean {
  const close = QUOTE_PAIRS[text[start - 1] ?? ''];
  return close !== undefined && close.includes(text[end] ?? '');
}

/** What stands between a country and an institution it owns: spaces, an English possessive. */
const OWNER_GAP = /^(?:['’]s)?[\s\u00a0]{1,2}$/;
const countryCache = new WeakMap<CompiledIndex, Set<string>>();
/** Ids that some record names as its `country`. */
function countriesOf(index: CompiledIndex): Set<string> {
  let s = countryCache.get(index);
  if (!s) {
    s = new Set();
    for (const r of Object.values(index.entities)) if (r.country) s.add(r.country);
    countryCache.set(index, s);
  }
  return s;
}

/** The span of a mention and its candidates (the part of a Mention these guards read). */
interface Owned {
  start: number;
  end: number;
  options: string[];
}

/**
 * A country named right before or after an institution's generic name says whose it is (Kazakh
 * "Өзбекстан Бас прокуратурасы", Tajik izofat "Кумитаи ... миллии Қирғизистон", Russian
 * "Погранслужба Таджикистана"): candidates belonging to another country are dropped, and the
 * mention with them when none is left. A name that holds its own country ("МИД России") is left
 * alone: `ownsCountry` says whether a mention's text names the candidate's country itself.
 */
export function dropForeignInstitutions<M extends Owned>(
  index: CompiledIndex,
  text: string,
  mentions: M[],
  ownsCountry: (m: M, country: string) => boolean,
): M[] {
  const countries = countriesOf(index);
  const countryOf = (m: Owned | undefined) =>
    m && m.options.length === 1 && countries.has(m.options[0]!) ? m.options[0]! : undefined;
  const out: M[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const owned = m.options.filter((id) => index.entities[id]?.type === 'organisation' && index.entities[id]?.country);
    if (owned.length === 0) {
      out.push(m);
      continue;
    }
    const prev = mentions[i - 1],
      next = mentions[i + 1];
    const before = prev && OWNER_GAP.test(text.slice(prev.end, m.start)) ? countryOf(prev) : undefined;
    const after = next && /^[\s\u00a0]{1,2}$/.test(text.slice(m.end, next.start)) ? countryOf(next) : undefined;
    const owner = before ?? after;
    if (!owner) {
      out.push(m);
      continue;
    }
    const keep = m.options.filter((id) => {
      const c = index.entities[id]?.country;
      return !owned.includes(id) || c === owner || ownsCountry(m, c!);
    });
    if (keep.length > 0) out.push(keep.length === m.options.length ? m : { ...m, options: keep });
  }
  return out;
}

/** A capitalised word: the words of a proper name between a person's name and its head noun. */
const CAP_WORD = /^\p{Lu}[\p{L}\p{M}'’-]*/u;
/**
 * "Nursultan Nazarbayev Uluslararası Havalimanı", "Nazarbayev University", "The Washington Post":
 * the name ends a longer proper name whose head noun (after up to two capitalised words) says what
 * it is. `heads` are the folded head nouns of the block's language (eponymHeads for a person,
 * mastheadHeads for a place); an inflected head counts ("Havalimanı'na").
 */
export function namedAfter(text: string, end: number, heads: Set<string>): boolean {
  if (heads.size === 0) return false;
  let at = end;
  for (let words = 0; words < 3; words++) {
    if (text[at] !== ' ') return false;
    const w = CAP_WORD.exec(text.slice(at + 1, at + 40))?.[0];
    if (!w) return false;
    const key = foldKey(w);
    for (const h of heads) if (key.startsWith(h)) return true;
    at += 1 + w.length;
  }
  return false;
}
