// Folding with an offset map: turns any text into a "key" where spellings of one name meet
// (case, diacritics, Arabic letter variants, Cyrillic->Latin, common romanisation differences),
// and records for every key character the UTF-16 range of the original it came from.
// Traditional Chinese folds to Simplified per character (zh-trad.ts, from OpenCC's tables).
// Pure: no DOM. The matcher, the index compiler and the alias-collision check all use it,
// so patterns and page text fold the same way. Tested in fold.test.ts (incl. property tests).

import { FROM as ZH_TRAD, TO as ZH_SIMP } from './zh-trad';

/** Result of folding: key text plus, per key code unit, the original [start, end). */
export interface Folded {
  key: string;
  start: Int32Array;
  end: Int32Array;
}

const SPACE = ' ';
const APOS = "'";

// Letters mapped before decomposition (decomposition would lose what they mean).
const PRE: Record<string, string> = {
  // Cyrillic -> Latin key (Russian, Kazakh, Kyrgyz, Tajik, Uzbek, Ukrainian letters)
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  ә: 'a',
  ғ: 'g',
  қ: 'k',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
  ҷ: 'j',
  ӣ: 'i',
  ӯ: 'u',
  ў: 'u',
  ҳ: 'h',
  ӊ: 'n',
  ҹ: 'ch',
  // Latin letters whose diacritic changes the sound in Turkic romanisations
  ž: 'zh',
  š: 'sh',
  č: 'ch',
  ç: 'ch',
  ş: 'sh',
  ș: 'sh',
  ğ: 'g',
  ǵ: 'g',
  ı: 'i',
  ß: 'ss',
  œ: 'oe',
  æ: 'ae',
  ə: 'a',
  ŋ: 'n',
  // Arabic script: hamza carriers, alef forms, ya/ta marbuta, Persian and Kazakh letters
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٵ: 'ا',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ئ: 'ي',
  ؤ: 'و',
  ۆ: 'و',
  ۇ: 'و',
  ۋ: 'و',
  ٶ: 'و',
  ٷ: 'و',
  ة: 'ه',
  ە: 'ه',
  ۀ: 'ه',
  ھ: 'ه',
  ک: 'ك',
  // Kazakh's hamza sign (front vowels) and the hamza on the line carry no letter; Maghreb ڤ ڨ for v, g
  ء: '',
  ٴ: '',
  ڤ: 'ف',
  ڨ: 'ق',
};

const isZeroWidthOrMark = (c: number) =>
  (c >= 0x200b && c <= 0x200f) ||
  c === 0x2060 ||
  c === 0xfeff ||
  c === 0x00ad ||
  c === 0x034f ||
  (c >= 0x064b && c <= 0x065f) ||
  c === 0x0670 ||
  c === 0x0640 ||
  (c >= 0x06d6 && c <= 0x06ed) ||
  (c >= 0x0300 && c <= 0x036f) ||
  (c >= 0x1ab0 && c <= 0x1aff) ||
  (c >= 0x20d0 && c <= 0x20ff) ||
  (c >= 0xfe00 && c <= 0xfe0f) ||
  (c >= 0xfe20 && c <= 0xfe2f);

const isSpaceLike = (c: number) =>
  c === 0x20 ||
  c === 0x09 ||
  c === 0x0a ||
  c === 0x0d ||
  c === 0x0c ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0x2d ||
  c === 0x5f ||
  (c >= 0x2010 && c <= 0x2015) ||
  c === 0x2212 ||
  c === 0xb7 ||
  c === 0x30fb ||
  c === 0x2022 ||
  c === 0xff0d ||
  c === 0x058a ||
  c === 0x05be ||
  c === 0x1806;

const isApostrophe = (c: number) =>
  c === 0x27 ||
  c === 0x2019 ||
  c === 0x2018 ||
  c === 0x2bb ||
  c === 0x2bc ||
  c === 0x60 ||
  c === 0xb4 ||
  c === 0x2be ||
  c === 0x2b9;

const MARKS = /\p{M}/gu;

/** Traditional Chinese character -> Simplified (OpenCC's table, one for one: offsets stay exact). */
let zhSimplified: Map<number, string> | undefined;
function simplifiedHan(c: number): string | undefined {
  if (!zhSimplified) {
    zhSimplified = new Map();
    for (let i = 0; i < ZH_TRAD.length; i++) zhSimplified.set(ZH_TRAD.charCodeAt(i), ZH_SIMP[i]!);
  }
  return zhSimplified.get(c);
}
const table: (string | undefined)[] = new Array(0x10000);

/** Key text for one UTF-16 code unit (surrogates pass through). */
function mapUnit(c: number): string {
  const hit = table[c];
  if (hit !== undefined) return hit;
  let out: string;
  if (c >= 0xd800 && c <= 0xdfff) out = String.fromCharCode(c);
  else if (isZeroWidthOrMark(c)) out = '';
  else if (isSpaceLike(c)) out = SPACE;
  else if (isApostrophe(c)) out = APOS;
  else if (c >= 0x0660 && c <= 0x0669) out = String.fromCharCode(48 + c - 0x0660);
  else if (c >= 0x06f0 && c <= 0x06f9) out = String.fromCharCode(48 + c - 0x06f0);
  else if (c >= 0x3400 && c <= 0xfaff && simplifiedHan(c)) out = simplifiedHan(c)!;
  else {
    const ch = String.fromCharCode(c);
    const lower = ch === 'İ' ? 'i' : ch.toLowerCase();
    const pre = PRE[lower];
    if (pre !== undefined) out = pre;
    else {
      const stripped = lower.normalize('NFKD').replace(MARKS, '').toLowerCase();
      out = '';
      for (const p of stripped) {
        const q = PRE[p];
        out += q !== undefined ? q : isSpaceLike(p.charCodeAt(0)) ? SPACE : p;
      }
    }
  }
  table[c] = out;
  return out;
}

interface Scratch {
  k1: Uint16Array;
  s1: Int32Array;
  e1: Int32Array;
  ko: Uint16Array;
}
const makeScratch = (n: number): Scratch => ({
  k1: new Uint16Array(n),
  s1: new Int32Array(n),
  e1: new Int32Array(n),
  ko: new Uint16Array(n),
});
let scratch = makeScratch(4096);

/** Per code unit: the single key unit it maps to, -1 when it maps to zero or several, 0 = not yet known. */
const single = new Int32Array(0x10000);
function singleOf(c: number): number {
  const out = table[c] ?? mapUnit(c);
  return out.length === 1 ? out.charCodeAt(0) : -1;
}

/** Is this key character part of a word (letters and digits of any script)? */
const WORD = /[\p{L}\p{N}]/u;
const wordCache = new Map<string, boolean>();
export function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined || ch === SPACE || ch === APOS || ch === '.') return false;
  if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) return true;
  let w = wordCache.get(ch);
  if (w === undefined) {
    w = WORD.test(ch);
    wordCache.set(ch, w);
  }
  return w;
}

/** Han, kana, Hangul, Thai: scripts written without spaces, matched without word boundaries. */
export function isUnspacedChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  return (
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x0e00 && c <= 0x0e7f) ||
    (c >= 0xd800 && c <= 0xdbff)
  );
}

/**
 * Fold text into its key with an offset map. Two stages: per-unit mapping (table above),
 * then contextual rules that let romanisations meet:
 * dzh/zh -> j, kh -> h, gh -> g, ph -> f, sch -> sh, tch -> ch, ou -> u, w -> v, q -> k, x -> h,
 * y -> i, doubled letters collapse, i/j between vowels dropped (Tokayev, Tokajew, Tokaev -> tokaev),
 * word-initial y before a vowel dropped (Yerlan, Ерлан -> erlan), Uzbek o'/g' lose the apostrophe,
 * runs of spaces/hyphens become one space and a space after "." is dropped (K. Tokayev = К.-Ж. Токаев).
 */
export function fold(text: string): Folded {
  const n = text.length;
  // Stage 1: per-unit mapping into growable parallel typed arrays (scratch reused across calls:
  // folding a long page should not leave megabytes of garbage behind)
  if (scratch.k1.length < n + 16) scratch = makeScratch(n + 16);
  let cap = scratch.k1.length;
  let k1 = scratch.k1;
  let s1 = scratch.s1;
  let e1 = scratch.e1;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // fast path: one code unit in, one out (most letters of every script)
    let one = single[c]!;
    if (one === 0) one = single[c] = singleOf(c);
    if (one > 0) {
      if (m + 1 >= cap) {
        cap = cap * 2 + 1;
        const nk = new Uint16Array(cap);
        nk.set(k1.subarray(0, m));
        k1 = nk;
        const ns = new Int32Array(cap);
        ns.set(s1.subarray(0, m));
        s1 = ns;
        const ne = new Int32Array(cap);
        ne.set(e1.subarray(0, m));
        e1 = ne;
      }
      k1[m] = one;
      s1[m] = i;
      e1[m] = i + 1;
      m++;
      continue;
    }
    const out = table[c] ?? mapUnit(c);
    const len = out.length;
    if (len === 0) {
      if (m > 0) e1[m - 1] = i + 1; // a dropped unit belongs to the previous key char
      continue;
    }
    if (m + len >= cap) {
      cap = cap * 2 + len;
      const nk = new Uint16Array(cap);
      nk.set(k1.subarray(0, m));
      k1 = nk;
      const ns = new Int32Array(cap);
      ns.set(s1.subarray(0, m));
      s1 = ns;
      const ne = new Int32Array(cap);
      ne.set(e1.subarray(0, m));
      e1 = ne;
    }
    if (len === 1) {
      k1[m] = out.charCodeAt(0);
      s1[m] = i;
      e1[m] = i + 1;
      m++;
      continue;
    }
    for (let j = 0; j < len; j++) {
      k1[m] = out.charCodeAt(j);
      s1[m] = i;
      e1[m] = i + 1;
      m++;
    }
  }
  if (k1 !== scratch.k1) scratch = { k1, s1, e1, ko: scratch.ko };
  // Stage 2: contextual rewrites into output arrays (never longer than stage 1).
  if (scratch.ko.length < m) scratch.ko = new Uint16Array(m + 16);
  const ko = scratch.ko;
  const so = new Int32Array(m);
  const eo = new Int32Array(m);
  let o = 0;
  for (let i = 0; i < m; i++) {
    let ch = k1[i]!;
    const s = s1[i]!;
    let e = e1[i]!;
    const next = i + 1 < m ? k1[i + 1]! : 0;
    const prev = o > 0 ? ko[o - 1]! : 0;
    if (ch === C_SPACE) {
      if (o === 0 || prev === C_SPACE || prev === C_DOT) {
        if (o > 0 && eo[o - 1]! < e) eo[o - 1] = e;
        continue;
      }
      ko[o] = C_SPACE;
      so[o] = s;
      eo[o] = e;
      o++;
      continue;
    }
    if (ch === C_APOS) {
      // Uzbek o' and g' are letters, not a suffix boundary
      if ((prev === C_o || prev === C_g) && isLatin(next)) {
        if (eo[o - 1]! < e) eo[o - 1] = e;
        continue;
      }
      ko[o] = C_APOS;
      so[o] = s;
      eo[o] = e;
      o++;
      continue;
    }
    if (isLatin(ch)) {
      const n1 = next,
        n2 = i + 2 < m ? k1[i + 2]! : 0,
        n3 = i + 3 < m ? k1[i + 3]! : 0;
      const orig = ch;
      // digraphs are spelling conventions of Latin text; letters transliterated from Cyrillic are
      // already single sounds (з+ҳ is not "zh"), except дж, which is how Cyrillic writes j
      const latinSource = text.charCodeAt(s) < 0x250;
      if (!latinSource) {
        if (ch === C_d && n1 === C_j && text.charCodeAt(s1[i + 1]!) >= 0x400) {
          ch = C_j;
          e = e1[i + 1]!;
          i += 1;
        }
      } else if (ch === C_d && n1 === C_s && n2 === C_c && n3 === C_h) {
        ch = C_j;
        e = e1[i + 3]!;
        i += 3;
      } // German dsch
      else if (ch === C_d && n1 === C_z && n2 === C_h) {
        ch = C_j;
        e = e1[i + 2]!;
        i += 2;
      } else if (ch === C_d && n1 === C_j) {
        ch = C_j;
        e = e1[i + 1]!;
        i += 1;
      } else if (ch === C_t && n1 === C_s && n2 === C_c && n3 === C_h) {
        ch = C_c;
        e = e1[i + 2]!;
        i += 2;
      } // tsch -> ch
      else if (ch === C_t && n1 === C_c && n2 === C_h) {
        ch = C_c;
        e = e1[i + 1]!;
        i += 1;
      } // tch -> ch
      else if (ch === C_s && n1 === C_c && n2 === C_h) {
        ch = C_s;
        e = e1[i + 1]!;
        i += 1;
      } // sch -> sh
      else if (ch === C_z && n1 === C_h) {
        ch = C_j;
        e = e1[i + 1]!;
        i += 1;
      } else if (ch === C_k && n1 === C_h) {
        ch = C_h;
        e = e1[i + 1]!;
        i += 1;
      } else if (ch === C_g && n1 === C_h) {
        ch = C_g;
        e = e1[i + 1]!;
        i += 1;
      } else if (ch === C_p && n1 === C_h) {
        ch = C_f;
        e = e1[i + 1]!;
        i += 1;
      } else if (ch === C_o && n1 === C_u) {
        ch = C_u;
        e = e1[i + 1]!;
        i += 1;
      } else if (ch === C_w) ch = C_v;
      else if (ch === C_q) ch = C_k;
      else if (ch === C_x) ch = C_h;
      if (ch === C_y) ch = C_i;
      // y at the start of a word before a vowel is a glide both scripts may omit (Yerlan, Ерлан)
      if (orig === C_y && !isWordCode(prev) && isVowel(next)) {
        if (i + 1 < m) s1[i + 1] = s; // the next letter now starts where the glide did
        continue;
      }
      if (prev === ch) {
        if (eo[o - 1]! < e) eo[o - 1] = e;
        continue;
      } // doubled letters
      ko[o] = ch;
      so[o] = s;
      eo[o] = e;
      o++;
      continue;
    }
    // Arabic-script long vowels written double (توكاييف / توكايف) collapse
    if ((ch === 0x64a || ch === 0x648 || ch === 0x627) && prev === ch) {
      if (eo[o - 1]! < e) eo[o - 1] = e;
      continue;
    }
    ko[o] = ch;
    so[o] = s;
    eo[o] = e;
    o++;
  }
  // Stage 3: drop i or j standing between two Latin vowels (glides), merging ranges backwards.
  let w = 0;
  for (let r = 0; r < o; r++) {
    const ch = ko[r]!;
    if (
      (ch === C_i || ch === C_j) &&
      w > 0 &&
      isVowel(ko[w - 1]!) &&
      r + 1 < o &&
      isVowel(ko[r + 1]!) &&
      ko[r + 1] !== C_i
    ) {
      if (eo[w - 1]! < eo[r]!) eo[w - 1] = eo[r]!;
      continue;
    }
    ko[w] = ch;
    so[w] = so[r]!;
    eo[w] = eo[r]!;
    w++;
  }
  if (w > 0 && ko[w - 1] === C_SPACE) w--; // a trailing space carries no information
  return { key: decode(ko, w), start: so.subarray(0, w), end: eo.subarray(0, w) };
}

const C_SPACE = 32,
  C_APOS = 39,
  C_DOT = 46;
const C_c = 99,
  C_d = 100,
  C_f = 102,
  C_g = 103,
  C_h = 104,
  C_i = 105,
  C_j = 106,
  C_k = 107,
  C_o = 111,
  C_p = 112,
  C_q = 113,
  C_s = 115,
  C_t = 116,
  C_u = 117,
  C_v = 118,
  C_w = 119,
  C_x = 120,
  C_y = 121,
  C_z = 122;
const isLatin = (c: number) => c >= 97 && c <= 122;
const isVowel = (c: number) => c === 97 || c === 101 || c === C_i || c === C_o || c === C_u;
const isWordCode = (c: number) => c !== 0 && isWordChar(String.fromCharCode(c));

function decode(units: Uint16Array, len: number): string {
  let out = '';
  for (let i = 0; i < len; i += 8192)
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(len, i + 8192)) as unknown as number[]);
  return out;
}

/** The text with Traditional Chinese characters replaced by Simplified ones (same length; else unchanged). */
export function simplifiedHanText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x3400 || c > 0xfaff) continue;
    const s = simplifiedHan(c);
    if (s) {
      out += text.slice(from, i) + s;
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * fold(text.slice(from, to)) read off `f` = fold(text), offsets relative to `from`, without folding
 * again. Exact when the key unit before `from` and the one at `to` are not letters or digits (a
 * space, a line end, sentence punctuation) or the text's ends: fold's rules look one unit back and
 * three ahead and change only letters, so inside such a range the units are the same; a space the
 * range starts or ends with is dropped (fold drops both), and an end a following space or dropped
 * mark stretched past `to` is cut back to it. Blocks (lines) and the sentences splitSentences finds
 * qualify; the claims step uses it so a page is folded once (issue 12). `keyStart`: where the slice's
 * key starts in f.key. Tested in fold.test.ts.
 */
export function sliceFold(f: Folded, from: number, to: number): Folded & { keyStart: number } {
  let ks = firstAtOrAfter(f.start, from);
  let ke = firstAtOrAfter(f.start, to);
  while (ks < ke && f.key.charCodeAt(ks) === C_SPACE) ks++;
  while (ke > ks && f.key.charCodeAt(ke - 1) === C_SPACE) ke--;
  const n = ke - ks;
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const span = to - from;
  for (let i = 0; i < n; i++) {
    start[i] = f.start[ks + i]! - from;
    const e = f.end[ks + i]! - from;
    end[i] = e < span ? e : span;
  }
  return { key: f.key.slice(ks, ke), start, end, keyStart: ks };
}

/** Index of the first key unit whose original start is >= pos (starts never decrease). */
function firstAtOrAfter(starts: Int32Array, pos: number): number {
  let lo = 0,
    hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Key only: for patterns, suffix lists and collision checks. */
export function foldKey(text: string): string {
  return fold(text).key;
}
