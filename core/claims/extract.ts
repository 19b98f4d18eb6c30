// Figure claims, quotes and attributed statements in a text block. Per sentence: numbers
// (numbers.ts), what they count (measure cues in the same clause), who was counted, who said it
// (attribution.ts), and the non-claims to drop (dates, times, ages, ordinals, years, bare numbers).
// Pure; tested in extract.test.ts and the per-language fixtures (fixtures/*.ts).
import { fold, sliceFold, type Folded } from '../text/fold';
import type { Measure } from '../dataset/schema';
import type { ClaimHit, DateHit, EntityHit, Lang } from '../types';
import { extractDates } from '../dates/extract';
import {
  compileCues,
  cueKeySlice,
  entriesOf,
  findCues,
  listEntries,
  type Cue,
  type CueMatch,
  type MatchOptions,
} from './cues';
import type { ClaimsLang } from './lang-spec';
import { CLAIMS } from './langs';
import { scanNumbers, type NumTok } from './numbers';
import { findAttributions, scopes, type Attribution } from './attribution';
import { extractQuotes, findQuoteSpans } from './quotes';

type Unit = 'hour' | 'day' | 'week' | 'month' | 'year';
type Ctx = 'vote-share' | 'turnout' | 'price' | 'cost';

interface Compiled {
  spec: ClaimsLang;
  opt: MatchOptions;
  measures: Cue<Measure>[];
  subjects: Cue<string>[];
  others: Cue<true>[];
  people: Cue<true>[];
  durations: Cue<Unit>[];
  duals: Cue<{ value: number; unit: Unit }>[];
  within: Cue<true>[];
  currencies: Cue<string>[];
  percent: Cue<true>[];
  percentBefore: Cue<true>[];
  context: Cue<Ctx>[];
  ageBefore: Cue<true>[];
  ageAfter: Cue<true>[];
  timeBefore: Cue<true>[];
}

const cache = new Map<Lang, Compiled>();
const flags = (l: string[] | undefined, lang: Lang) => compileCues(listEntries(l ?? [], true as const), lang);

function compile(lang: Lang): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const s = CLAIMS[lang];
  const c: Compiled = {
    spec: s,
    opt: { clitics: s.clitics, unspaced: s.unspaced },
    measures: compileCues(entriesOf(s.measures), lang),
    subjects: compileCues(entriesOf(s.subjects), lang),
    others: flags(s.others, lang),
    people: flags(s.people, lang),
    durations: compileCues(entriesOf(s.durations), lang),
    duals: compileCues(Object.entries(s.duals ?? {}), lang),
    within: flags(s.within, lang),
    currencies: compileCues(entriesOf(s.currencies), lang),
    percent: flags(s.percent, lang),
    percentBefore: flags(s.percentBefore, lang),
    context: compileCues(
      [
        ...listEntries(s.vote ?? [], 'vote-share' as Ctx),
        ...listEntries(s.turnout ?? [], 'turnout' as Ctx),
        ...listEntries(s.price ?? [], 'price' as Ctx),
        ...listEntries(s.cost ?? [], 'cost' as Ctx),
      ],
      lang,
    ),
    ageBefore: flags(s.ageBefore, lang),
    ageAfter: flags(s.ageAfter, lang),
    timeBefore: flags(s.timeBefore, lang),
  };
  cache.set(lang, c);
  return c;
}

export interface Sentence {
  start: number;
  end: number;
}

const ABBR = new Set([
  'г',
  'гг',
  'ул',
  'тыс',
  'млн',
  'млрд',
  'руб',
  'долл',
  'им',
  'т',
  'д',
  'ж',
  'жж',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'prof',
  'gen',
  'col',
  'jan',
  'feb',
  'aug',
  'sept',
  'oct',
  'nov',
  'dec',
  'ca',
  'bzw',
  'nr',
  'mio',
  'mrd',
  'etc',
  'vs',
  'no',
  'dr',
  'hr',
  'fr',
  'm',
  'mme',
]);

/** /\s/ as a code comparison (the same set: ECMAScript white space and line terminators), per character. */
export function isSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Per code unit: 1 a letter or an ASCII digit ([\p{L}\d] with the u flag), 2 not, 0 not yet known. */
const LETTER_OR_DIGIT = new Uint8Array(0x10000);
function letterOrDigit(c: number): boolean {
  let k = LETTER_OR_DIGIT[c]!;
  if (k === 0) {
    // a surrogate alone is no letter (the u flag reads pairs as one code point: wordBefore joins them)
    k = c < 0xd800 || c > 0xdfff ? (/[\p{L}\d]/u.test(String.fromCharCode(c)) ? 1 : 2) : 2;
    LETTER_OR_DIGIT[c] = k;
  }
  return k === 1;
}

/**
 * The run of letters and digits ending at i within the 12 code units before it: what
 * /([\p{L}\d]+)$/u finds in text.slice(i - 12, i), read backwards without a slice and a RegExp per
 * full stop. Tested against that RegExp in extract.test.ts.
 */
export function wordBefore(text: string, i: number): string {
  const lo = Math.max(0, i - 12);
  let j = i;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    if (c >= 0xdc00 && c <= 0xdfff && j - 2 >= lo) {
      const h = text.charCodeAt(j - 2);
      if (h >= 0xd800 && h <= 0xdbff) {
        if (!/^\p{L}$/u.test(text.slice(j - 2, j))) break;
        j -= 2;
        continue;
      }
    }
    if (!letterOrDigit(c)) break;
    j--;
  }
  return text.slice(j, i);
}

/** Sentences of a text block (UTF-16 offsets). Newlines always end a sentence. */
export function splitSentences(text: string, lang: Lang | 'und'): Sentence[] {
  const out: Sentence[] = [];
  let s = 0;
  const push = (e: number) => {
    let a = s,
      b = e;
    while (a < b && isSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isSpaceCode(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  };
  for (let i = 0; i < text.length; i++) {
    // most characters end nothing: one code comparison for them (same test as the string ones below)
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 33 && c !== 46 && c !== 63 && c !== 0x61f && c !== 0x3002 && c !== 0xff01 && c !== 0xff1f)
      continue;
    const ch = text[i]!;
    if (ch === '\n') {
      push(i + 1);
      continue;
    }
    if ('。！？'.includes(ch)) {
      let j = i + 1;
      while (j < text.length && '」』”"）)'.includes(text[j]!)) j++;
      push(j);
      i = j - 1;
      continue;
    }
    if (!'.!?؟'.includes(ch)) continue;
    let j = i + 1;
    while (j < text.length && '.!?؟»"”’)'.includes(text[j]!)) j++;
    if (j < text.length && !isSpaceCode(text.charCodeAt(j))) continue;
    if (ch === '.') {
      const word = wordBefore(text, i);
      if (ABBR.has(word.toLowerCase())) continue;
      if (word.length === 1 && /\p{L}/u.test(word)) continue; // an initial: "К. Токаев", "J. Smith"
      // German/Turkish ordinals and dates: "am 5. Januar", "3. Platz"
      if ((lang === 'de' || lang === 'tr') && /^\d{1,2}$/.test(word)) continue;
      let k = j;
      while (k < text.length && isSpaceCode(text.charCodeAt(k)) && text.charCodeAt(k) !== 10) k++;
      const next = text[k];
      if (next && /\p{Ll}/u.test(next)) continue; // lower case: not a new sentence
    }
    push(j);
    i = j - 1;
  }
  push(text.length);
  return out;
}

const CLAUSE = /[;؛，、；：,،:]/g;

function clauseOf(K: string, pos: number): [number, number] {
  let s = 0,
    e = K.length;
  CLAUSE.lastIndex = 0;
  for (let m: RegExpExecArray | null; (m = CLAUSE.exec(K)); ) {
    // "1,300": a comma between digits belongs to the number
    if ((m[0] === ',' || m[0] === ':') && /\d/.test(K[m.index - 1] ?? '') && /\d/.test(K[m.index + 1] ?? '')) continue;
    if (m.index < pos) s = m.index + 1;
    else {
      e = m.index;
      break;
    }
  }
  return [s, e];
}

const adjAfter = <T>(ms: CueMatch<T>[], pos: number, K: string) =>
  ms.find((m) => m.ks === pos || (m.ks === pos + 1 && K[pos] === ' '));
const adjBefore = <T>(ms: CueMatch<T>[], pos: number, K: string) =>
  ms.filter((m) => m.ke === pos || (m.ke + 1 === pos && K[m.ke] === ' ')).pop();

/** Between two coordinated numbers ("двое полицейских и трое"): a conjunction or a comma. */
const COORD =
  /(?:^|[\s,،])(?:and|i|a takje|va|ve|und|et|jane|jana|hem|we|ham|و)(?:\s|$)|^[^\s]*\s?[,،、，]|和|及|与|^\s?و/;

const PEOPLE_MEASURES = new Set<Measure>([
  'killed',
  'injured',
  'detained',
  'arrested',
  'charged',
  'convicted',
  'displaced',
  'evacuated',
  'missing',
  'count',
]);

interface Ctx2 {
  pageDate?: string;
  entities: EntityHit[];
  /** the text's dates when the caller has them already (extractDates(text, lang, pageDate)) */
  dates?: DateHit[];
  /** fold(text) when the caller has it: each sentence's key is read off it (sliceFold) */
  folded?: Folded;
}

export function extractClaims(text: string, lang: Lang, ctx: Ctx2): ClaimHit[] {
  const C = compile(lang);
  const dates = ctx.dates ?? extractDates(text, lang, ctx.pageDate);
  const quoteSpans = findQuoteSpans(text, lang);
  const quotes = extractQuotes(text, lang, ctx.entities, ctx.pageDate, quoteSpans);
  const out: ClaimHit[] = [...quotes];
  for (const sen of splitSentences(text, lang)) {
    const str = text.slice(sen.start, sen.end);
    let f: Folded;
    if (ctx.folded) {
      const sf = sliceFold(ctx.folded, sen.start, sen.end);
      cueKeySlice(sf.key, ctx.folded.key, sf.keyStart); // its cues are read off the block's cue scan
      f = sf;
    } else f = fold(str);
    const sDates = spansIn(dates, sen.start, sen.end);
    const atts = findAttributions(f, str, sen.start, lang, ctx.entities);
    const scs = scopes(f, lang);
    out.push(...figures(C, lang, f, str, sen.start, sDates, atts, scs, ctx));
    // a sentence around a quote is already reported as the quote with its speaker
    const inQuote = quoteSpans.some((q) => q.start < sen.end && sen.start < q.end);
    const st = statement(f, str, sen.start, atts, scs, sDates, ctx, inQuote);
    if (st) out.push(st);
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The spans (sorted by start) inside [start, end), in order: a binary search, not a scan per sentence. */
function spansIn<T extends { start: number; end: number }>(sorted: T[], start: number, end: number): T[] {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end <= end) out.push(sorted[i]!);
  return out;
}

function scopeOf(scs: [number, number][], k: number): [number, number] {
  return scs.find(([s, e]) => k >= s && k < e) ?? [0, Infinity];
}

function dateFor(
  f: Folded,
  base: number,
  sDates: DateHit[],
  scope: [number, number],
  pageDate?: string,
): string | undefined {
  const full = sDates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d.date));
  const inScope = full.filter((d) => {
    const ks = keyIndex(f, d.start - base);
    return ks >= scope[0] && ks < scope[1];
  });
  return inScope[0]?.date ?? pageDate;
}

function keyIndex(f: Folded, o: number): number {
  let lo = 0,
    hi = f.key.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (f.start[mid]! < o) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function speakerOf(atts: Attribution[], scope: [number, number], pos: number): Attribution | undefined {
  let best: Attribution | undefined;
  let bestD = Infinity;
  for (const a of atts) {
    if (!a.speaker || a.ks < scope[0] || a.ks >= scope[1]) continue;
    const d = a.ke <= pos ? pos - a.ke : a.ks - pos;
    if (d < bestD) {
      bestD = d;
      best = a;
    }
  }
  return best;
}

function figures(
  C: Compiled,
  lang: Lang,
  f: Folded,
  str: string,
  base: number,
  sDates: DateHit[],
  atts: Attribution[],
  scs: [number, number][],
  ctx: Ctx2,
): ClaimHit[] {
  const K = f.key;
  let toks = scanNumbers(f, str, lang);
  const duals = findCues(K, C.duals, C.opt);
  const dualToks: (NumTok & { unit: Unit })[] = duals
    .filter((d) => !toks.some((t) => t.ks < d.ke && d.ks < t.ke))
    .map((d) => ({
      ks: d.ks,
      ke: d.ke,
      spanKs: d.ks,
      spanKe: d.ke,
      value: d.tag.value,
      words: true,
      plain: false,
      unit: d.tag.unit,
    }));
  if (!toks.length && !dualToks.length) return [];
  const findAll = <T>(cues: Cue<T>[]) => (cues.length ? findCues(K, cues, C.opt) : []);
  const measures = findAll(C.measures);
  const subjects = findAll(C.subjects);
  const others = findAll(C.others);
  const people = findAll(C.people);
  const durations = findAll(C.durations);
  const within = findAll(C.within);
  const currencies = findAll(C.currencies);
  const percent = findAll(C.percent);
  const percentBefore = findAll(C.percentBefore);
  const context = findAll(C.context);
  const ageB = findAll(C.ageBefore);
  const ageA = findAll(C.ageAfter);
  const timeB = findAll(C.timeBefore);
  // clock times and scores: "10:30", "2:1"
  const times: [number, number][] = [];
  for (const m of K.matchAll(/\d{1,2}[:：]\d{2}(?!\d)|\d+:\d+/g)) times.push([m.index!, m.index! + m[0].length]);
  const dateKs = sDates.map((d) => [keyIndex(f, d.start - base), keyIndex(f, d.end - base)] as [number, number]);
  const overl = (a: [number, number], s: number, e: number) => s < a[1] && a[0] < e;

  const all: (NumTok & { unit?: Unit })[] = [...toks, ...dualToks].sort((a, b) => a.ks - b.ks);
  toks = all;
  const out: ClaimHit[] = [];
  let prevSubject: string | undefined;
  const assigned = new Map<NumTok, string>();
  for (const t of all) {
    if (t.ordinal) continue;
    if (dateKs.some((d) => overl(d, t.ks, t.ke)) || times.some((d) => overl(d, t.ks, t.ke))) continue;
    if (adjBefore(ageB, t.spanKs, K) || adjAfter(ageA, t.ke, K)) continue;
    const clause = clauseOf(K, t.ks);
    const noun = adjAfter(people, t.ke, K);
    if (noun) t.nounKe = noun.ke;
    let spanKs = t.spanKs,
      spanKe = t.spanKe;
    let measure: Measure | undefined;
    let unit: string | undefined = (t as { unit?: Unit }).unit;
    let approx = t.approx;
    let subject: string | undefined;

    const isYear = t.plain && t.value >= 1900 && t.value <= 2100;
    const pAfter = adjAfter(percent, t.ke, K);
    const pBefore = adjBefore(percentBefore, t.spanKs, K);
    const curAfter = adjAfter(currencies, t.ke, K);
    const curBefore = adjBefore(currencies, t.spanKs, K);
    const durAfter = unit ? undefined : adjAfter(durations, t.ke, K);
    if (pAfter || pBefore) {
      const cx = nearest(context, t, clause, toks);
      if (!cx) continue;
      measure = cx.tag;
      unit = '%';
      if (pAfter) spanKe = Math.max(spanKe, pAfter.ke);
      if (pBefore) spanKs = Math.min(spanKs, pBefore.ks);
    } else if (curAfter || curBefore) {
      const cx = nearest(
        context.filter((c) => c.tag === 'price' || c.tag === 'cost'),
        t,
        clause,
        toks,
      );
      measure = cx ? (cx.tag as Measure) : 'money';
      unit = (curAfter ?? curBefore)!.tag;
      if (curAfter) spanKe = Math.max(spanKe, curAfter.ke);
      if (curBefore && !curAfter) spanKs = Math.min(spanKs, curBefore.ks);
    } else if (unit || durAfter) {
      if (isYear) continue;
      if (durAfter) {
        unit = durAfter.tag;
        spanKe = Math.max(spanKe, durAfter.ke);
        if (unit === 'hour' && adjBefore(timeB, t.spanKs, K)) continue; // "at 10 o'clock"
      }
      measure = 'duration';
      const wB = adjBefore(within, spanKs, K);
      const wA = adjAfter(within, spanKe, K);
      if (wB) {
        approx ??= 'up-to';
        spanKs = wB.ks;
      } else if (wA) {
        approx ??= 'up-to';
        spanKe = wA.ke;
      }
    } else {
      if (isYear && !adjAfter(people, t.ke, K) && !adjAfter(measures, t.ke, K)) continue;
      const events = measures.filter((m) => m.tag !== 'troops');
      // a verb shared by coordinated numbers ("погибли двое ... и трое"): the numbers between got it too
      const prev = toks.filter((o) => o.ke <= t.spanKs && assigned.has(o)).pop();
      const coordinated = !!prev && COORD.test(K.slice(prev.spanKe, t.spanKs));
      const ev =
        nearest(events, t, clause, toks) ??
        (coordinated
          ? nearest(
              events.filter((m) => m.ke <= t.ks),
              t,
              clause,
              toks,
              assigned,
            )
          : undefined);
      if (ev) measure = ev.tag;
      else {
        const tr = measures.find((m) => m.tag === 'troops' && m.ks >= t.ke && m.ks - t.ke <= 25 && m.ks < clause[1]);
        if (tr) measure = 'troops';
        else if (adjAfter(people, t.ke, K)) measure = 'count';
      }
      if (!measure) continue;
      if (t.plain && t.value > 1e9) continue; // phone numbers, ids
    }
    assigned.set(t, measure);
    if (measure && PEOPLE_MEASURES.has(measure)) {
      // "1300 others", "ещё 1300": the subject of the figure before
      const oth = others.find(
        (o) => (o.ks >= t.ke && o.ks - (t.nounKe ?? t.spanKe) <= 3) || (o.ke <= t.spanKs && t.spanKs - o.ke <= 1),
      );
      if (oth && prevSubject) subject = prevSubject;
      else {
        const sj = nearestSubject(subjects, t, clause);
        if (sj) subject = sj.tag;
      }
      if (subject) prevSubject = subject;
    }
    const scope = scopeOf(scs, t.ks);
    const att = speakerOf(atts, scope, t.ks);
    const start = f.start[spanKs]! + base;
    let end = f.end[spanKe - 1]! + base;
    while (end > start && /\s/.test(str[end - base - 1]!)) end--; // fold() glues a space after '.' to it
    const hit: ClaimHit = {
      start,
      end,
      text: str.slice(start - base, end - base),
      kind: 'figure',
      measure,
      value: t.value,
      links: [],
    };
    if (t.range) hit.range = t.range;
    if (approx) hit.approx = approx;
    if (unit) hit.unit = unit;
    if (subject) hit.subject = subject;
    if (att?.speaker)
      hit.attributedTo = att.speaker.id ? { id: att.speaker.id, name: att.speaker.name } : { name: att.speaker.name };
    const date = dateFor(f, base, sDates, scope, ctx.pageDate);
    if (date) hit.date = date;
    out.push(hit);
  }
  return out;
}

/** Nearest cue in the clause that no other number stands between. A counted noun right after the
 * number ("20 нафар захмӣ", "17 человек погибли") belongs to the number: distances start after it. */
function nearest<T>(
  cues: CueMatch<T>[],
  t: NumTok,
  clause: [number, number],
  toks: NumTok[],
  assigned?: Map<NumTok, string>,
): CueMatch<T> | undefined {
  let best: CueMatch<T> | undefined;
  let bestD = Infinity;
  for (const c of cues) {
    if (c.ks < clause[0] || c.ke > clause[1]) continue;
    if (c.ks < t.spanKe && t.spanKs < c.ke) continue;
    const after = c.ks >= t.ke;
    const lo = after ? (t.nounKe && c.ks >= t.nounKe ? t.nounKe : t.ke) : c.ke;
    const hi = after ? c.ks : t.ks;
    if (
      toks.some(
        (o) =>
          o !== t && o.ks >= lo && o.ke <= hi && !o.ordinal && !(assigned && assigned.get(o) === (c.tag as unknown)),
      )
    )
      continue;
    const d = hi - lo;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function nearestSubject(cues: CueMatch<string>[], t: NumTok, clause: [number, number]): CueMatch<string> | undefined {
  let best: CueMatch<string> | undefined;
  let bestD = Infinity;
  for (const c of cues) {
    if (c.ks < clause[0] || c.ke > clause[1]) continue;
    // who was counted follows the number ("17 security officers", "17 من رجال الأمن", "17名安全人员");
    // a group named before it is usually the actor ("Police detained 200")
    if (c.ks < t.ke) continue;
    const d = c.ks - t.spanKe;
    if (d < 0 || d > 40) continue;
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

function statement(
  f: Folded,
  str: string,
  base: number,
  atts: Attribution[],
  scs: [number, number][],
  sDates: DateHit[],
  ctx: Ctx2,
  inQuote: boolean,
): ClaimHit | undefined {
  if (inQuote) return undefined;
  const said = atts.filter((a) => a.speaker);
  if (!said.length) return undefined;
  const a =
    said.find((x) => x.kind === 'said' && x.speaker!.id) ??
    said.find((x) => x.speaker!.id) ??
    said.find((x) => x.kind === 'said') ??
    said[0]!;
  const sp = a.speaker!;
  const hit: ClaimHit = {
    start: base,
    end: base + str.length,
    text: str,
    kind: 'statement',
    attributedTo: sp.id ? { id: sp.id, name: sp.name } : { name: sp.name },
    links: [],
  };
  const date = dateFor(f, base, sDates, scopeOf(scs, a.ks), ctx.pageDate);
  if (date) hit.date = date;
  return hit;
}
