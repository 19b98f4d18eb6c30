// Number scanner for one sentence: digits with language separators, scale words (тыс., مليون, 万),
// number words, vague quantities ("thousands"), bounds (about / more than / at least) and ranges.
// Works on the folded key (fold() maps Arabic-Indic and Persian digits to ASCII). Pure; tested in
// numbers.test.ts. English number words come from compromise (core/lang/en/numbers.ts).
import { fold, isUnspacedChar, isWordChar, type Folded } from '../text/fold';
import type { Lang } from '../types';
import { compileCues, escapeRe, findCues, type Cue, type CueMatch, type MatchOptions } from './cues';
import type { Approx, NumberLang } from './lang-spec';
import { NUMBERS } from './langs';
import { cliticsOf, isUnspacedLang } from '../lang/registry';
import { englishWordNumbers } from '../lang/en/numbers';

export interface NumTok {
  /** key indices of the number itself (digits/words plus scale word) */
  ks: number;
  ke: number;
  /** key index where the claim span starts/ends (approximation cues included) */
  spanKs: number;
  spanKe: number;
  value: number;
  range?: [number, number];
  approx?: Approx;
  /** written (partly) in words */
  words: boolean;
  /** bare digits, no separators, decimals or scale: a year or code candidate */
  plain: boolean;
  vague?: boolean;
  /** followed by an ordinal suffix (5th, 5-го, 5.) */
  ordinal?: boolean;
  /** end of a counted noun right after the number ("человек", "нафар"), set by extract.ts */
  nounKe?: number;
  /** key index of the approximation cue start, if any (for negation checks) */
  approxKs?: number;
}

type WordKind = 'word' | 'small' | 'large' | 'vague' | 'conn';
interface WordTag {
  kind: WordKind;
  value: number;
}

interface Compiled {
  spec: NumberLang;
  opt: MatchOptions;
  digitRe: RegExp;
  words: Cue<WordTag>[];
  scale: Cue<WordTag>[];
  before: Cue<Approx>[];
  after: Cue<Approx>[];
  rangeWords: Cue<true>[];
  pairs: [string, string][];
  negators: Cue<true>[];
}

const cache = new Map<Lang, Compiled>();

function compile(lang: Lang): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const spec = NUMBERS[lang];
  const g = spec.group.map((s) => (s === ' ' ? ' ' : escapeRe(s))).join('|');
  const d = spec.decimal.map(escapeRe).join('|');
  const digitRe = new RegExp(
    `(?<!\\d)(?<!\\d[.,٫٬])(?:\\d{1,3}(?:(?:${g})\\d{3})+(?!\\d)|\\d+)(?:(?:${d})\\d+)?(?!\\d)`,
    'g',
  );
  const wordEntries: [string, WordTag][] = [];
  for (const [w, v] of Object.entries(spec.words ?? {})) wordEntries.push([w, { kind: 'word', value: v }]);
  for (const [w, v] of Object.entries(spec.small ?? {})) wordEntries.push([w, { kind: 'small', value: v }]);
  for (const [w, v] of Object.entries(spec.large)) wordEntries.push([w, { kind: 'large', value: v }]);
  for (const [w, v] of Object.entries(spec.vague ?? {})) wordEntries.push([w, { kind: 'vague', value: v }]);
  for (const w of spec.connectors ?? []) wordEntries.push([w, { kind: 'conn', value: 0 }]);
  const scaleEntries: [string, WordTag][] = [];
  for (const [w, v] of Object.entries(spec.large)) scaleEntries.push([w, { kind: 'large', value: v }]);
  for (const [w, v] of Object.entries(spec.small ?? {})) scaleEntries.push([w, { kind: 'small', value: v }]);
  const approxEntries = (rec: Partial<Record<Approx, string[]>> | undefined) => {
    const out: [string, Approx][] = [];
    for (const [k, list] of Object.entries(rec ?? {})) for (const c of list ?? []) out.push([c, k as Approx]);
    return out;
  };
  const c: Compiled = {
    spec,
    opt: { clitics: cliticsOf(lang), unspaced: isUnspacedLang(lang) },
    digitRe,
    words: compileCues(wordEntries, lang),
    scale: compileCues(scaleEntries, lang),
    before: compileCues(approxEntries(spec.before), lang),
    after: compileCues(approxEntries(spec.after), lang),
    rangeWords: compileCues(
      (spec.rangeWords ?? []).map((w) => [w, true] as const),
      lang,
    ),
    pairs: (spec.rangePairs ?? []).map(([l, r]) => [fold(l).key, fold(r).key] as [string, string]),
    negators: compileCues(
      (spec.negators ?? []).map((w) => [w, true] as const),
      lang,
    ),
  };
  cache.set(lang, c);
  return c;
}

/** First key index whose original start is >= o (binary search on the offset map). */
export function keyIndexAt(f: Folded, o: number): number {
  let lo = 0,
    hi = f.key.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.start[mid]! < o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function parseDigits(s: string, spec: NumberLang): { value: number; plain: boolean } {
  // groups are exactly three digits; a decimal mark is followed by any count
  let intPart = s;
  let frac = '';
  for (const d of spec.decimal) {
    const i = s.lastIndexOf(d);
    if (i > 0) {
      const tail = s.slice(i + d.length);
      // "1.300" in a language whose '.' is both group and decimal: three digits and a group use = group
      const isGroup = spec.group.includes(d) && /^\d{3}$/.test(tail);
      if (!isGroup) {
        intPart = s.slice(0, i);
        frac = tail;
        break;
      }
    }
  }
  const digits = intPart.replace(/[^\d]/g, '');
  const value = Number(digits + (frac ? '.' + frac : ''));
  return { value, plain: digits === s };
}

const GAP_WORDS = /^ ?$/;

/** Value of a chain of number words (generic: units add, small multipliers scale a group, large close it). */
function chainValue(parts: WordTag[]): { value: number; vague: boolean } | undefined {
  let total = 0,
    section = 0,
    digit = 0,
    any = false,
    vague = false;
  for (const p of parts) {
    if (p.kind === 'conn') continue;
    if (p.kind === 'word') {
      digit += p.value;
      any = true;
    } else if (p.kind === 'small') {
      section += (digit || 1) * p.value;
      digit = 0;
      any = true;
    } else if (p.kind === 'large') {
      const base = section + digit;
      total += (base || 1) * p.value;
      section = 0;
      digit = 0;
      any = true;
    } else if (p.kind === 'vague') {
      // "десятки тысяч": a vague count scales what follows like a number would
      vague = true;
      section = (section + digit || 1) * p.value;
      digit = 0;
      any = true;
    }
  }
  if (!any) return undefined;
  return { value: total + section + digit, vague };
}

/** German compounds: segment one folded word into number words (tolerating collapsed double letters). */
function segmentCompound(word: string, cues: Cue<WordTag>[]): WordTag[] | undefined {
  const out: WordTag[] = [];
  let p = 0;
  while (p < word.length) {
    let found: Cue<WordTag> | undefined;
    let next = p;
    for (const c of cues) {
      if (word.startsWith(c.key, p)) {
        found = c;
        next = p + c.key.length;
        break;
      }
      if (p > 0 && word[p - 1] === c.key[0] && word.startsWith(c.key.slice(1), p) && c.key.length > 2) {
        found = c;
        next = p + c.key.length - 1;
        break;
      }
    }
    if (!found) return undefined;
    out.push(found.tag);
    p = next;
  }
  return out;
}

/** Scan one sentence's folded key for numbers. `text` is the original sentence (for ordinals, dashes). */
export function scanNumbers(f: Folded, text: string, lang: Lang): NumTok[] {
  const C = compile(lang);
  const K = f.key;
  const toks: NumTok[] = [];
  const scales = findCues(K, C.scale, C.opt);
  const scaleAt = new Map<number, CueMatch<WordTag>>();
  for (const m of scales) scaleAt.set(m.ks, m);

  // 1. digits (with a following scale word: "1,3 тыс.", "5 млн", "1.3万")
  C.digitRe.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = C.digitRe.exec(K)); ) {
    const raw = m[0];
    let { value, plain } = parseDigits(raw, C.spec);
    let ke = m.index + raw.length;
    // Chinese numerals after digits: "3千", "1300万"
    const sp = K[ke] === ' ' ? ke + 1 : ke;
    const sc = scaleAt.get(sp) ?? scaleAt.get(ke);
    if (sc) {
      value *= sc.tag.value;
      ke = sc.ke;
      if (K[ke] === '.' && !isWordChar(K[ke + 1])) ke++;
      plain = false;
      // "1 млрд 200 млн" is rare enough to leave out
    }
    toks.push({ ks: m.index, ke, spanKs: m.index, spanKe: ke, value, words: false, plain });
  }

  // 2. words
  const fromNlp = C.spec.nlpWords ? englishWordNumbers(text) : undefined;
  if (fromNlp) {
    for (const w of fromNlp) {
      const ks = keyIndexAt(f, w.start);
      let ke = keyIndexAt(f, w.end);
      if (ks >= ke) continue;
      if (toks.some((t) => t.ks < ke && ks < t.ke)) continue;
      if (w.value === 1 && !/\b(?:one|a)\s+(?:hundred|thousand|million|billion)/i.test(text.slice(w.start, w.end)))
        continue;
      toks.push({ ks, ke, spanKs: ks, spanKe: ke, value: w.value, words: true, plain: false });
    }
    for (const m of findCues(K, compileVagueOnly(lang), C.opt)) {
      if (toks.some((t) => t.ks < m.ke && m.ks < t.ke)) continue;
      toks.push({
        ks: m.ks,
        ke: m.ke,
        spanKs: m.ks,
        spanKe: m.ke,
        value: m.tag.value,
        words: true,
        plain: false,
        vague: true,
      });
    }
  } else if (C.spec.compound) {
    // one word = one number: "dreihundert", "zwölf", or separate scale words "drei Millionen"
    const re = /[\p{L}]+/gu;
    let prev: NumTok | undefined;
    for (let m: RegExpExecArray | null; (m = re.exec(K)); ) {
      const seg = segmentCompound(m[0], C.words);
      if (!seg) {
        prev = undefined;
        continue;
      }
      const ks = m.index,
        ke = ks + m[0].length;
      if (toks.some((t) => t.ks < ke && ks < t.ke)) {
        prev = undefined;
        continue;
      }
      if (prev && prev.ke + 1 === ks && seg.every((s) => s.kind === 'large')) {
        const cv = chainValue(seg);
        if (cv) {
          prev.value *= cv.value;
          prev.ke = ke;
          prev.spanKe = ke;
        }
        continue;
      }
      const cv = chainValue(seg);
      if (!cv) continue;
      const onlyVague = seg.every((s) => s.kind === 'vague');
      if (cv.value === 1 && !onlyVague) {
        prev = undefined;
        continue;
      }
      const t: NumTok = {
        ks,
        ke,
        spanKs: ks,
        spanKe: ke,
        value: cv.value,
        words: true,
        plain: false,
        vague: cv.vague || undefined,
      };
      toks.push(t);
      prev = t;
    }
  } else {
    const hits = findCues(K, C.words, C.opt);
    let i = 0;
    while (i < hits.length) {
      const first = hits[i]!;
      if (first.tag.kind === 'conn') {
        i++;
        continue;
      }
      const parts: WordTag[] = [first.tag];
      let end = first.ke;
      let j = i + 1;
      while (j < hits.length) {
        const h = hits[j]!;
        const gap = K.slice(end, h.ks);
        const connGap = C.opt.clitics ? new RegExp(`^ ?[${C.opt.clitics}]?$`).test(gap) : false;
        if (!(GAP_WORDS.test(gap) || connGap || (C.opt.unspaced && gap === ''))) break;
        if (h.tag.kind === 'conn') {
          // a connector only counts when a number word follows it
          const n = hits[j + 1];
          if (!n || n.tag.kind === 'conn' || !GAP_WORDS.test(K.slice(h.ke, n.ks))) break;
          end = h.ke;
          j++;
          continue;
        }
        parts.push(h.tag);
        end = h.ke;
        j++;
      }
      i = j;
      // digits already cover "2 тысячи"; skip word chains that overlap a digit token
      if (toks.some((t) => t.ks < end && first.ks < t.ke)) continue;
      let cv = chainValue(parts);
      if (!cv) continue;
      const allLarge = parts.every((p) => p.kind === 'large' || p.kind === 'vague');
      // a lone "thousands"/"آلاف" that is also listed as vague: a lower bound
      if (allLarge && parts.length === 1) {
        const src = K.slice(first.ks, end);
        const vagueCue = compileVagueOnly(lang).find((c) => c.key === src);
        if (vagueCue) cv = { value: vagueCue.tag.value, vague: true };
      }
      if (cv.value === 1 && parts.length === 1) continue; // "один", "bir", "un": too often an article
      if (cv.value === 0) continue;
      toks.push({
        ks: first.ks,
        ke: end,
        spanKs: first.ks,
        spanKe: end,
        value: cv.value,
        words: true,
        plain: false,
        vague: cv.vague || undefined,
      });
    }
  }
  toks.sort((a, b) => a.ks - b.ks);

  // 3. ordinals: suffix right after the digits in the original text ("5th", "5-го", "5.")
  for (const t of toks) {
    if (t.words) continue;
    const oEnd = f.end[t.ke - 1]!;
    const rest = text.slice(oEnd, oEnd + 8);
    if (C.spec.ordinal && C.spec.ordinal.test(rest)) t.ordinal = true;
    if (t.ks > 0 && C.spec.ordinalBefore?.includes(K[t.ks - 1]!)) t.ordinal = true;
  }

  // 4. bounds before / after
  const before = findCues(K, C.before, C.opt);
  const after = findCues(K, C.after, C.opt);
  const negs = findCues(K, C.negators, C.opt);
  for (const t of toks) {
    const b = before.filter((m) => m.ke === t.ks || (m.ke + 1 === t.ks && K[m.ke] === ' ')).pop();
    if (b) {
      t.approx = b.tag;
      t.spanKs = b.ks;
      t.approxKs = b.ks;
    }
    if (t.vague && !t.approx) t.approx = 'more-than';
    // after cues may sit behind a case suffix: "1300-ден астам", "100'den fazla", "100 dan ortiq"
    const tail = K.slice(t.ke, t.ke + 14);
    const gm = /^(?: ?'?[\p{L}]{1,5})? ?/u.exec(tail);
    const cands = gm ? [t.ke, t.ke + (/^ /.test(tail) ? 1 : 0), t.ke + gm[0].length] : [t.ke];
    const a = after.find((m) => cands.includes(m.ks) && (C.opt.unspaced || !isUnspacedChar(K[m.ks])));
    if (a && !t.approx) {
      t.approx = a.tag;
      t.spanKe = a.ke;
    } else if (a && t.vague) {
      t.spanKe = a.ke;
    }
    // "won't take more than 10 days", "لن يستغرق أكثر من"
    if (t.approx === 'more-than' && t.approxKs !== undefined) {
      const n = negs.find(
        (m) => m.ke <= t.approxKs! && t.approxKs! - m.ke <= 24 && !/[,،;:]/.test(K.slice(m.ke, t.approxKs)),
      );
      if (n) t.approx = 'at-most';
    }
  }

  // 5. ranges: "10-15", "10 to 15", "от 10 до 15", "10至15"
  const out: NumTok[] = [];
  for (let i = 0; i < toks.length; i++) {
    const a = toks[i]!;
    const b = toks[i + 1];
    if (b && !a.ordinal && !b.ordinal && b.value > a.value) {
      const oGap = text.slice(f.end[a.ke - 1]!, f.start[b.ks]!);
      const kGap = K.slice(a.ke, b.ks);
      const dash = /^\s*[-–—~〜]\s*$/.test(oGap);
      const gapIs = (w: string) => new RegExp(`^ ?${escapeRe(w)} ?$`).test(kGap);
      const before = K.slice(Math.max(0, a.spanKs - 16), a.spanKs);
      const word =
        C.rangeWords.some((r) => gapIs(r.key)) ||
        C.pairs.some(
          ([lead, sep]) => gapIs(sep) && new RegExp(`(?:^|[^\\p{L}])${escapeRe(lead)} ?$`, 'u').test(before),
        );
      // a space-grouped language reads "10 15" as two numbers: only dashes and range words join
      if ((dash || word) && !(a.plain && b.plain && a.value >= 1900 && b.value <= 2100 && b.value >= 1900)) {
        let lo = a.value;
        const hi = b.value;
        // "10-15 тысяч": the scale belongs to both ends
        if (!a.words && b.value / a.value >= 100 && /\D$/.test(K.slice(b.ks, b.ke))) {
          const scale =
            b.value /
            Number(
              K.slice(b.ks, b.ke)
                .match(/^[\d.,]+/)?.[0]
                ?.replace(/[^\d]/g, '') || b.value,
            );
          if (Number.isFinite(scale) && scale > 1) lo = a.value * scale;
        }
        out.push({ ...a, ke: b.ke, spanKe: b.spanKe, value: lo, range: [lo, hi], plain: false, approx: a.approx });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const vagueCache = new Map<Lang, Cue<WordTag>[]>();
export function compileVagueOnly(lang: Lang): Cue<WordTag>[] {
  let v = vagueCache.get(lang);
  if (!v) {
    v = compileCues(
      Object.entries(NUMBERS[lang].vague ?? {}).map(
        ([w, n]) => [w, { kind: 'vague' as const, value: n }] as [string, WordTag],
      ),
      lang,
    );
    vagueCache.set(lang, v);
  }
  return v;
}
