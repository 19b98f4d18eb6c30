// Date extraction for the 13 reading languages: explicit dates (month names in both Arabic
// series, Persian solar months converted to Gregorian, Chinese 年月日, numeric forms) and relative
// dates resolved against the page date (yesterday, last Friday, the 5th of this month, until the
// 19th). Works on the folded key (core/text/fold.ts). Pure; tested in extract.test.ts.
import { fold, type Folded } from '../text/fold';
import type { DateHit, Lang } from '../types';
import {
  altOf,
  anyCue,
  compileCues,
  findCues,
  spanOf,
  type Cue,
  type CueMatch,
  type MatchOptions,
} from '../claims/cues';
import type { DatesLang } from './lang-spec';
import { DATES } from './langs';
import {
  addDays,
  addMonths,
  daysInMonth,
  iso,
  isoMonth,
  isValid,
  jalaliToGregorian,
  gregorianToJalali,
  parseIso,
  toDays,
  weekday,
  type Ymd,
} from './calendar';

interface Cand {
  ks: number;
  ke: number;
  date: string;
  prio: number;
}

interface Compiled {
  spec: DatesLang;
  opt: MatchOptions;
  months: Cue<number>[];
  solar: Cue<number>[];
  weekdays: Cue<number>[];
  needs: Cue<true>[];
  lastB: Cue<true>[];
  lastA: Cue<true>[];
  nextB: Cue<true>[];
  nextA: Cue<true>[];
  relative: Cue<number>[];
  blockers: Cue<true>[];
  monthRel: Cue<number>[];
  yearRel: Cue<number>[];
  reMonthLeft: RegExp;
  reMonthRight: RegExp;
  reDayThisAfter: RegExp;
  reDayThisBefore: RegExp;
  reUntilBefore: RegExp;
  reUntilAfter: RegExp;
  reDayWord: RegExp;
  reDayLead: RegExp;
  reYear: RegExp;
  ordinals: Map<string, number>;
  /** which of the RegExps above can match at all (a word list they require is empty: never run) */
  can: Can;
  /**
   * Per RegExp, the word list it cannot match without (folded like its alternation, in the
   * language's cue trie): a key where none of them occurs skips that RegExp, same result, and a
   * RegExp no block needs is never compiled (V8 compiles it at its first exec). Not for the day-lead
   * and year RegExps: their words ("the", "г") are everywhere, so a gate would only add cue hits.
   */
  gate: Record<'thisAfter' | 'thisBefore' | 'untilBefore' | 'untilAfter' | 'dayWord', Cue<true>[]>;
}

/** Per RegExp: false when it can never match in this language; `digit`: it needs a digit in the key. */
interface Can {
  /** a day written as a word (an ordinal list exists): DAY matches without a digit */
  dayWord: boolean;
  dayThisAfter: boolean;
  dayThisBefore: boolean;
  untilBefore: boolean;
  untilAfter: boolean;
  dayWordAfter: boolean;
  dayLead: boolean;
  year: boolean;
}

const NEVER = '(?!)';
const NO_MATCHES: RegExpMatchArray[] = [];

const cache = new Map<Lang, Compiled>();
const L = '\\p{L}';

function entries(rec: Record<string, number> | undefined): [string, number][] {
  return Object.entries(rec ?? {});
}
const flags = (list: string[] | undefined, lang: Lang) =>
  compileCues(
    (list ?? []).map((w) => [w, true] as const),
    lang,
  );

function compile(lang: Lang): Compiled {
  const hit = cache.get(lang);
  if (hit) return hit;
  const s = DATES[lang];
  const unspaced = !!s.unspaced;
  const B = unspaced ? '' : `(?<![${L}\\d])`; // word start
  const E = unspaced ? '' : `(?![${L}\\d])`;
  const suf = s.daySuffix?.length ? `(?: ?(?:${altOf(s.daySuffix)}))?` : '';
  const ordAlt = s.dayOrdinals ? altOf(Object.keys(s.dayOrdinals)) : '(?!)';
  const DAY = `(?:(\\d{1,2})${suf}|(${ordAlt}))`;
  const yA = s.yearAfter?.length ? altOf(s.yearAfter) : '(?!)';
  const yB = s.yearBefore?.length ? altOf(s.yearBefore) : '(?!)';
  const lead = s.dayLead?.length ? `(?:(?:${altOf(s.dayLead)}) ?)?` : '';
  const ordinals = new Map<string, number>();
  for (const [w, n] of entries(s.dayOrdinals)) ordinals.set(fold(w).key, n);
  const some = (l: string[] | undefined) => !!l?.length && altOf(l) !== NEVER;
  const can: Can = {
    dayWord: ordAlt !== NEVER,
    dayThisAfter: some(s.thisMonthAfter),
    dayThisBefore: some(s.thisMonthBefore),
    untilBefore: some(s.untilBefore),
    untilAfter: some(s.untilAfter) && some(s.daySuffix),
    dayWordAfter: some(s.dayWordAfter),
    dayLead: some(s.dayLead),
    year: yA !== NEVER || yB !== NEVER,
  };
  const c: Compiled = {
    can,
    spec: s,
    opt: { clitics: s.clitics, unspaced },
    // month names apart: the entity pass reads them alone (namedMonths) and should not walk every list
    months: compileCues(entries(s.months), `${lang} months`),
    solar: compileCues(entries(s.solarMonths), `${lang} months`),
    weekdays: compileCues(entries(s.weekdays), lang),
    needs: flags(s.weekdayNeeds, lang),
    lastB: flags(s.lastBefore, lang),
    lastA: flags(s.lastAfter, lang),
    nextB: flags(s.nextBefore, lang),
    nextA: flags(s.nextAfter, lang),
    relative: compileCues(entries(s.relative), lang),
    blockers: flags(s.relativeBlockers, lang),
    monthRel: compileCues(entries(s.monthRel), lang),
    yearRel: compileCues(entries(s.yearRel), lang),
    // [year (yearword)] day(suffix) [of|de] | ordinal-word [من] -- immediately before a month name
    reMonthLeft: new RegExp(`${B}(?:(\\d{4})(?: ?[${L}']{1,4})? ?(?:${yA}) ?)?${DAY} ?(?:(?:of|de|من) ?)?$`, 'u'),
    // [/ other month] [day] [,] [yearword] year [yearword]
    reMonthRight: new RegExp(
      `^(?: ?\\/ ?[${L} ]{2,16}?(?=[ ,.]|$))?(?: ?(\\d{1,2})(?:st|nd|rd|th)?${E})?(?: ?, ?| )?(?:(?:${yB}) ?)?(?:(\\d{4})${E}(?: ?(?:${yA}))?)?`,
      'u',
    ),
    reDayThisAfter: new RegExp(
      `${B}${lead}${DAY} ?(?:${s.thisMonthAfter?.length ? altOf(s.thisMonthAfter) : '(?!)'})${E}`,
      'gu',
    ),
    reDayThisBefore: new RegExp(
      `${B}(?:${s.thisMonthBefore?.length ? altOf(s.thisMonthBefore) : '(?!)'}) ?${DAY}${s.dayWordAfter?.length ? `(?: ?(?:${altOf(s.dayWordAfter)}))?` : ''}${E}`,
      'gu',
    ),
    reUntilBefore: new RegExp(
      `${B}(?:${s.untilBefore?.length ? altOf(s.untilBefore) : '(?!)'}) ?${lead}(?:(\\d{1,2})(${suf ? suf.slice(0, -1) : '(?!)'})?|(${ordAlt}))${s.dayWordAfter?.length ? `(?: ?(?:${altOf(s.dayWordAfter)}))?` : ''}${E}`,
      'gu',
    ),
    reUntilAfter: new RegExp(
      `${B}(\\d{1,2})(${suf ? suf.slice(0, -1) : '(?!)'}) ?(?:${s.untilAfter?.length ? altOf(s.untilAfter) : '(?!)'})${E}`,
      'gu',
    ),
    reDayWord: new RegExp(
      `${B}${lead}(\\d{1,2})${suf} ?(?:${s.dayWordAfter?.length ? altOf(s.dayWordAfter) : '(?!)'})${E}`,
      'gu',
    ),
    reDayLead: new RegExp(
      `${B}(?:${s.dayLead?.length ? altOf(s.dayLead) : '(?!)'}) (\\d{1,2})(?:st|nd|rd|th)(?=[,.;:)]|$)`,
      'gu',
    ),
    reYear: new RegExp(`(?:${B}(?:${yB}) ?(\\d{4})${E})|(?:${B}(\\d{4})(?: ?[${L}']{1,4})? ?(?:${yA})${E})`, 'gu'),
    ordinals,
    gate: {
      thisAfter: flags(s.thisMonthAfter, lang),
      thisBefore: flags(s.thisMonthBefore, lang),
      untilBefore: flags(s.untilBefore, lang),
      untilAfter: flags(s.untilAfter, lang),
      dayWord: flags(s.dayWordAfter, lang),
    },
  };
  cache.set(lang, c);
  return c;
}

/** Pick the year (page year -1/0/+1) that puts month-day closest to the page date. */
function nearestYear(m: number, d: number, page: Ymd | undefined): number | undefined {
  if (!page) return undefined;
  let best: number | undefined;
  let bestDist = Infinity;
  for (const y of [page.y - 1, page.y, page.y + 1]) {
    if (!isValid({ y, m, d })) continue;
    const dist = Math.abs(toDays({ y, m, d }) - toDays(page));
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

/** Day of month without a month: nearest (default), or the next one on/after the page date (until). */
function dayOfMonth(d: number, page: Ymd, mode: 'this' | 'until' | 'nearest', solar = false): string | undefined {
  if (d < 1 || d > 31) return undefined;
  if (solar) {
    // Persian "this month" is the solar month of the page date
    const jp = gregorianToJalali(page);
    const opts: Ymd[] = [];
    for (const k of mode === 'this' ? [0] : [-1, 0, 1]) {
      const { y, m } = addMonths(jp.y, jp.m, k);
      const len =
        m <= 6 ? 31 : m <= 11 ? 30 : toDays(jalaliToGregorian(y + 1, 1, 1)) - toDays(jalaliToGregorian(y, 12, 1));
      if (d <= len) opts.push(jalaliToGregorian(y, m, d));
    }
    const p = toDays(page);
    const pool = mode === 'until' ? opts.filter((o) => toDays(o) >= p) : opts;
    pool.sort((a, b) => Math.abs(toDays(a) - p) - Math.abs(toDays(b) - p));
    return pool[0] ? iso(pool[0]) : undefined;
  }
  if (mode === 'this') {
    const r = { y: page.y, m: page.m, d };
    return isValid(r) ? iso(r) : undefined;
  }
  const opts: Ymd[] = [];
  for (const k of [-1, 0, 1]) {
    const { y, m } = addMonths(page.y, page.m, k);
    if (d <= daysInMonth(y, m)) opts.push({ y, m, d });
  }
  const p = toDays(page);
  if (mode === 'until') {
    const next = opts.filter((o) => toDays(o) >= p).sort((a, b) => toDays(a) - toDays(b))[0];
    return next ? iso(next) : undefined;
  }
  opts.sort((a, b) => Math.abs(toDays(a) - p) - Math.abs(toDays(b) - p));
  return opts[0] ? iso(opts[0]) : undefined;
}

const yearOk = (y: number) => y >= 1900 && y <= 2100;
/** "until" words that make a bare following number a day of the month (French "jusqu'au 19"). */
const STRONG_UNTIL = ["jusqu'au", "d'ici au"].map((w) => fold(w).key);

/** Dates in a text block; `f` is fold(text) when the caller has it already. */
export function extractDates(text: string, lang: Lang, pageDate?: string, f: Folded = fold(text)): DateHit[] {
  const C = compile(lang);
  const K = f.key;
  const page = parseIso(pageDate);
  const cands: Cand[] = [];
  const add = (ks: number, ke: number, date: string | undefined, prio: number) => {
    if (date && ke > ks) cands.push({ ks, ke, date, prio });
  };

  // every numeric form needs a digit; fold() turns Arabic-Indic, Persian and full-width digits into
  // ASCII ones, so a key without [0-9] spares the RegExps that cannot match it (same result)
  const digit = /[0-9]/.test(K);
  const day = digit || C.can.dayWord;
  // a RegExp runs only where it can match: its words occur in the key (anyCue: the one cue walk)
  const all = (re: RegExp, ok: boolean, gate?: Cue<true>[]) =>
    ok && (!gate || anyCue(K, gate)) ? K.matchAll(re) : NO_MATCHES;
  if (digit) numericDates(text, lang, C.spec, f, add);
  if (C.spec.unitDates && digit) chineseDates(K, page, add);
  monthNameDates(C, K, page, add, false);
  if (C.solar.length) monthNameDates(C, K, page, add, true);

  const solar = !!C.spec.solarCalendar;
  const dayOf = (g1: string | undefined, g2: string | undefined) =>
    g1 ? Number(g1) : g2 ? C.ordinals.get(g2) : undefined;

  if (page) {
    for (const m of all(C.reDayThisAfter, day && C.can.dayThisAfter, C.gate.thisAfter)) {
      const d = dayOf(m[1], m[2]);
      if (d) add(m.index!, m.index! + m[0].length, dayOfMonth(d, page, 'this', solar), 3);
    }
    for (const m of all(C.reDayThisBefore, day && C.can.dayThisBefore, C.gate.thisBefore)) {
      const d = dayOf(m[1], m[2]);
      if (d) add(m.index!, m.index! + m[0].length, dayOfMonth(d, page, 'this', solar), 3);
    }
    for (const m of all(C.reUntilBefore, day && C.can.untilBefore, C.gate.untilBefore)) {
      // a bare number after "until" is a date only with a suffix ("19-го", "19th", "19."), a day word,
      // or after French "jusqu'au"; the span starts at the day, not at "until"
      const d = dayOf(m[1], m[3]);
      if (
        !d ||
        !(
          m[2] ||
          m[3] ||
          STRONG_UNTIL.some((k) => m[0].startsWith(k)) ||
          m[0].length > m[0].search(/\d/) + (m[1]?.length ?? 0)
        )
      )
        continue;
      add(
        m.index! + dayStart(m[0], m[1] ?? m[3] ?? ''),
        m.index! + m[0].length,
        dayOfMonth(d, page, 'until', solar),
        2,
      );
    }
    for (const m of all(C.reUntilAfter, digit && C.can.untilAfter, C.gate.untilAfter)) {
      const d = Number(m[1]);
      if (m[2]) add(m.index!, m.index! + m[0].length, dayOfMonth(d, page, 'until', solar), 2);
    }
    for (const m of all(C.reDayWord, digit && C.can.dayWordAfter, C.gate.dayWord))
      add(m.index!, m.index! + m[0].length, dayOfMonth(Number(m[1]), page, 'nearest', solar), 2);
    for (const m of all(C.reDayLead, digit && C.can.dayLead))
      add(m.index!, m.index! + m[0].length, dayOfMonth(Number(m[1]), page, 'nearest', solar), 1);

    // relative days
    const blockers = C.blockers.length ? findCues(K, C.blockers, C.opt) : [];
    for (const m of findCues(K, C.relative, C.opt)) {
      if (blockers.some((b) => b.ke + 1 === m.ks || b.ke === m.ks)) continue;
      add(m.ks, m.ke, iso(addDays(page, m.tag)), 1);
    }
    weekdays(C, K, page, add, lang);
    for (const m of findCues(K, C.monthRel, C.opt)) {
      const r = addMonths(page.y, page.m, m.tag);
      add(m.ks, m.ke, isoMonth(r.y, r.m), 0);
    }
    for (const m of findCues(K, C.yearRel, C.opt)) add(m.ks, m.ke, String(page.y + m.tag), 0);
  }
  for (const m of all(C.reYear, digit && C.can.year)) {
    const y = Number(m[1] ?? m[2]);
    if (C.spec.solarCalendar && y >= 1300 && y <= 1500) {
      // a solar year: the Gregorian year in which most of it falls
      add(m.index!, m.index! + m[0].length, String(y + 621), 0);
    } else if (yearOk(y)) add(m.index!, m.index! + m[0].length, String(y), 0);
  }

  // longest first, then higher priority; no overlaps
  cands.sort((a, b) => b.ke - b.ks - (a.ke - a.ks) || b.prio - a.prio);
  const kept: Cand[] = [];
  for (const c of cands) if (!kept.some((k) => c.ks < k.ke && k.ks < c.ke)) kept.push(c);
  kept.sort((a, b) => a.ks - b.ks);
  return kept.map((c) => {
    const { start, end } = spanOf(f, c.ks, c.ke);
    return { start, end, text: text.slice(start, end), date: c.date };
  });
}

/** Offset of the day (number or ordinal word) inside an "until ..." match. */
function dayStart(s: string, day: string): number {
  if (/^\d/.test(day)) return s.search(/\d/);
  return Math.max(0, s.lastIndexOf(day));
}

type Add = (ks: number, ke: number, date: string | undefined, prio: number) => void;

/** Numeric dates are read from the original text with ASCII digits (fold() joins "2022-01-12"). */
function numericDates(text: string, lang: Lang, s: DatesLang, f: Folded, add: Add) {
  const N = text
    .replace(/[\u0660-\u0669]/g, (c) => String(c.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (c) => String(c.charCodeAt(0) - 0x06f0))
    .replace(/[\uff10-\uff19]/g, (c) => String(c.charCodeAt(0) - 0xff10));
  const keyAt = (o: number) => {
    let lo = 0,
      hi = f.key.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f.start[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const push = (o: number, len: number, r: Ymd | undefined) => {
    if (!r || !isValid(r)) return;
    add(keyAt(o), keyAt(o + len), iso(r), 5);
  };
  for (const m of N.matchAll(/(?<![\d./-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g)) {
    const y = +m[1]!,
      mo = +m[3]!,
      d = +m[4]!;
    if (s.solarCalendar && y >= 1300 && y <= 1500) push(m.index!, m[0].length, jalaliToGregorian(y, mo, d));
    else if (yearOk(y)) push(m.index!, m[0].length, { y, m: mo, d });
  }
  for (const m of N.matchAll(/(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d])/g)) {
    const a = +m[1]!,
      b = +m[3]!,
      y = +m[4]!;
    if (!yearOk(y)) continue;
    let mo = b,
      d = a;
    if ((s.numericOrder === 'mdy' && a <= 12) || b > 12) {
      mo = a;
      d = b;
    }
    if (s.numericOrder !== 'mdy' && b > 12) continue; // not a day-month-year
    push(m.index!, m[0].length, { y, m: mo, d });
  }
}

function chineseDates(K: string, page: Ymd | undefined, add: Add) {
  for (const m of K.matchAll(/(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})[日号])?/g)) {
    const mo = +m[2]!;
    const d = m[3] ? +m[3] : undefined;
    let y = m[1] ? +m[1] : undefined;
    if (d !== undefined) {
      y ??= nearestYear(mo, d, page);
      if (y !== undefined && isValid({ y, m: mo, d })) add(m.index!, m.index! + m[0].length, iso({ y, m: mo, d }), 4);
    } else {
      y ??= page?.y;
      if (y !== undefined && mo >= 1 && mo <= 12) add(m.index!, m.index! + m[0].length, isoMonth(y, mo), 3);
    }
  }
}

/** A month name in a key with what the RegExps read on either side of it (the day, the year). */
interface MonthFind {
  mm: CueMatch<number>;
  lm: RegExpExecArray | null;
  rm: RegExpExecArray | null;
  right: string;
}

/**
 * A page's month finds by language and key, kept while the engine annotates the page (monthScope):
 * the entity pass reads a block's months (namedMonths) and its claims step the same block's again
 * (monthNameDates), so the second reads the first's. Keyed by the key's text: a key the other pass
 * spells differently simply finds nothing. Off (nothing kept) outside a page.
 */
let monthMemo: Map<Compiled, Map<string, MonthFind[]>> | undefined;
/** On at the start of a page's annotation, off when it is done (no page's keys outlive it). */
export function monthScope(on: boolean): void {
  monthMemo = on ? new Map() : undefined;
}

function monthFinds(C: Compiled, K: string, solar: boolean): MonthFind[] {
  const byKey = solar || !monthMemo ? undefined : (monthMemo.get(C) ?? monthMemo.set(C, new Map()).get(C)!);
  const known = byKey?.get(K);
  if (known) return known;
  const out: MonthFind[] = [];
  for (const mm of findCues(K, solar ? C.solar : C.months, C.opt)) {
    const right = K.slice(mm.ke, mm.ke + 40);
    const lm = C.reMonthLeft.exec(K.slice(Math.max(0, mm.ks - 48), mm.ks));
    out.push({ mm, lm, rm: C.reMonthRight.exec(right), right });
  }
  byKey?.set(K, out);
  return out;
}

function monthNameDates(C: Compiled, K: string, page: Ymd | undefined, add: Add, solar: boolean) {
  const cues = solar ? C.solar : C.months;
  if (!cues.length) return;
  for (const { mm, lm, rm, right } of monthFinds(C, K, solar)) {
    let ks = mm.ks;
    let ke = mm.ke;
    let y: number | undefined;
    let d: number | undefined;
    if (lm) {
      d = lm[2] ? Number(lm[2]) : lm[3] ? C.ordinals.get(lm[3]) : undefined;
      if (lm[1]) y = Number(lm[1]);
      ks = mm.ks - lm[0].length;
      // do not swallow leading spaces
      while (K[ks] === ' ') ks++;
    }
    if (rm && rm[0].trim()) {
      // "January 5, 2022": the day after the month only when none came before it ("6 January 26 people")
      const rightDay = d === undefined && !!rm[1];
      if (rightDay) d = Number(rm[1]);
      const yearOk2 = rm[2] && (rightDay || !rm[1]);
      if (yearOk2) y = Number(rm[2]);
      let len = rm[0].length;
      if (!rightDay && rm[1]) len = /^(?: ?\/ ?[^ ,.]+)?/.exec(right)?.[0].length ?? 0;
      while (len > 0 && (right[len - 1] === ' ' || right[len - 1] === ',')) len--;
      if (rightDay || yearOk2 || /^ ?\//.test(right)) ke = mm.ke + len;
    }
    const mo = mm.tag;
    if (solar) {
      if (y !== undefined && (y < 1300 || y > 1500)) y = undefined;
      if (d !== undefined) {
        const jy = y ?? (page ? nearestSolarYear(mo, d, page) : undefined);
        if (jy !== undefined) add(ks, ke, iso(jalaliToGregorian(jy, mo, d)), 4);
      } else if (y !== undefined) {
        const g = jalaliToGregorian(y, mo, 15);
        add(ks, ke, isoMonth(g.y, g.m), 3);
      }
      continue;
    }
    if (y !== undefined && !yearOk(y)) y = undefined;
    if (d !== undefined && d >= 1 && d <= 31) {
      y ??= nearestYear(mo, d, page);
      if (y !== undefined && isValid({ y, m: mo, d })) add(ks, ke, iso({ y, m: mo, d }), 4);
    } else if (y !== undefined) {
      add(mm.ks, ke, isoMonth(y, mo), 3);
    }
  }
}

function nearestSolarYear(m: number, d: number, page: Ymd): number {
  const jp = gregorianToJalali(page).y;
  let best = jp;
  let bestDist = Infinity;
  for (const y of [jp - 1, jp, jp + 1]) {
    const dist = Math.abs(toDays(jalaliToGregorian(y, m, d)) - toDays(page));
    if (dist < bestDist) {
      bestDist = dist;
      best = y;
    }
  }
  return best;
}

function weekdays(C: Compiled, K: string, page: Ymd, add: Add, lang: Lang) {
  const found = findCues(K, C.weekdays, C.opt);
  if (!found.length) return;
  const near = (cues: Cue<true>[], side: 'before' | 'after', ks: number, ke: number) => {
    if (!cues.length) return undefined;
    const ms = findCues(K, cues, C.opt, Math.max(0, ks - 30), Math.min(K.length, ke + 30));
    if (side === 'before') return ms.filter((m) => m.ke === ks || (m.ke + 1 === ks && K[m.ke] === ' ')).pop();
    return ms.find((m) => m.ks === ke || (m.ks === ke + 1 && K[ke] === ' '));
  };
  const pw = weekday(page);
  for (const w of found) {
    const lb = near(C.lastB, 'before', w.ks, w.ke);
    const la = near(C.lastA, 'after', w.ks, w.ke);
    const nb = near(C.nextB, 'before', w.ks, w.ke);
    const na = near(C.nextA, 'after', w.ks, w.ke);
    let ks = w.ks,
      ke = w.ke;
    let mode: 'last' | 'next' | 'bare' = 'bare';
    if (lb || la) {
      mode = 'last';
      if (lb) ks = lb.ks;
      if (la) ke = la.ke;
    } else if (nb || na) {
      mode = 'next';
      if (nb) ks = nb.ks;
      if (na) ke = na.ke;
    }
    const needB = near(C.needs, 'before', ks, ke);
    const needA = near(C.needs, 'after', ks, ke);
    if (mode === 'bare' && C.needs.length && !needB && !needA) continue;
    if (needB && mode === 'bare') ks = needB.ks;
    if (needB && mode !== 'bare' && needB.ke + 1 >= ks) ks = Math.min(ks, needB.ks);
    if (needA) ke = Math.max(ke, needA.ke);
    let diff: number;
    if (C.spec.calendarWeeks && mode !== 'bare') {
      // 上周五 / 下周五: the Friday of the previous / next calendar week (weeks start on Monday)
      const mondayOffset = (pw + 6) % 7;
      const target = (w.tag + 6) % 7;
      diff = target - mondayOffset + (mode === 'last' ? -7 : 7);
    } else if (mode === 'last') {
      diff = -((pw - w.tag + 7) % 7 || 7);
    } else if (mode === 'next') {
      diff = (w.tag - pw + 7) % 7 || 7;
    } else {
      diff = -((pw - w.tag + 7) % 7);
    }
    add(ks, ke, iso(addDays(page, diff)), 2);
  }
}

/** A month written with a day or a year next to it ("16 Eylül", "May 18", "11月26日", "сентябрь 2022"). */
export interface NamedMonth {
  m: number;
  d?: number;
  y?: number;
}

/**
 * Months the text names with a day or a year beside them, without a page date (event evidence:
 * "16 September" points at an event of that September). A bare month name is left out: "May",
 * "mart", "Ocak" are ordinary words too. Works on a folded key of one block written in `lang`.
 */
export function namedMonths(K: string, lang: Lang): NamedMonth[] {
  const C = compile(lang);
  const out: NamedMonth[] = [];
  if (C.spec.unitDates && /[0-9]/.test(K))
    // spaces allowed around the digits ("6 月 9 日", as Taiwanese pages write)
    for (const m of K.matchAll(/(?:(\d{4}) ?年 ?)?(?<!\d)(\d{1,2}) ?月(?: ?(\d{1,2}) ?[日号])?/g)) {
      const mo = +m[2]!;
      if (mo < 1 || mo > 12 || !(m[1] || m[3])) continue;
      out.push({ m: mo, ...(m[3] ? { d: +m[3] } : {}), ...(m[1] ? { y: +m[1] } : {}) });
    }
  for (const { mm, lm, rm } of monthFinds(C, K, false)) {
    let d = lm?.[2] ? Number(lm[2]) : lm?.[3] ? C.ordinals.get(lm[3]) : undefined;
    let y = lm?.[1] ? Number(lm[1]) : undefined;
    if (d === undefined && rm?.[1]) d = Number(rm[1]);
    if (rm?.[2]) y ??= Number(rm[2]);
    if (d !== undefined && (d < 1 || d > 31)) d = undefined;
    if (y !== undefined && !yearOk(y)) y = undefined;
    if (d === undefined && y === undefined) continue;
    out.push({ m: mm.tag, ...(d !== undefined ? { d } : {}), ...(y !== undefined ? { y } : {}) });
  }
  return out;
}
