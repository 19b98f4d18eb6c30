// Direct quotes in « », " ", „ “, “ ”, 「 」, 『 』 with their speaker: the nearest speech verb
// or "according to" cue around the quote in the same paragraph, resolved like any attribution.
// Short quoted names («الميادين», "Nur Otan") are not quotes. Pure; tested in quotes.test.ts.
import { fold } from '../text/fold';
import type { ClaimHit, EntityHit, Lang } from '../types';
import { findAttributions } from './attribution';
import { isUnspacedLang } from '../lang/registry';

const PAIRS: RegExp[] = [
  /«([^«»\n]{1,800})»/g,
  /“([^“”\n]{1,800})”/g,
  /„([^„“”\n]{1,800})[“”]/g,
  /"([^"\n]{1,800})"/g,
  /「([^「」\n]{1,800})」/g,
  /『([^『』\n]{1,800})』/g,
  /‹([^‹›\n]{1,800})›/g,
];

export interface QuoteSpan {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
}

export function findQuoteSpans(text: string, lang: Lang): QuoteSpan[] {
  const found: QuoteSpan[] = [];
  for (const re of PAIRS) {
    re.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = re.exec(text)); ) {
      const inner = m[1]!;
      const words = inner.trim().split(/\s+/).filter(Boolean).length;
      const long = isUnspacedLang(lang) ? inner.trim().length >= 6 : words >= 4;
      if (!long) continue;
      found.push({
        start: m.index,
        end: m.index + m[0].length,
        innerStart: m.index + 1,
        innerEnd: m.index + 1 + inner.length,
      });
    }
  }
  // outer quotes win over quotes nested inside them
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: QuoteSpan[] = [];
  for (const q of found) if (!out.some((o) => q.start < o.end && o.start < q.end)) out.push(q);
  return out;
}

/** `spans`: findQuoteSpans(text, lang) when the caller has them already (extractClaims reads them too). */
export function extractQuotes(
  text: string,
  lang: Lang,
  entities: EntityHit[],
  pageDate?: string,
  spans: QuoteSpan[] = findQuoteSpans(text, lang),
): ClaimHit[] {
  const out: ClaimHit[] = [];
  for (const q of spans) {
    const paraStart = Math.max(text.lastIndexOf('\n', q.start - 1) + 1, q.start - 220);
    let paraEnd = text.indexOf('\n', q.end);
    if (paraEnd < 0) paraEnd = text.length;
    paraEnd = Math.min(paraEnd, q.end + 140);
    // blank the quote itself (same length) so that words inside it are not read as attribution
    const region = text.slice(paraStart, q.start) + ' '.repeat(q.end - q.start) + text.slice(q.end, paraEnd);
    const outside = entities.map((e) => ({
      ...e,
      mentions: e.mentions.filter((m) => m.end <= q.start || m.start >= q.end),
    }));
    const f = fold(region);
    const atts = findAttributions(f, region, paraStart, lang, outside).filter((a) => a.speaker);
    let best: { d: number; a: (typeof atts)[number] } | undefined;
    for (const a of atts) {
      const cs = f.start[a.ks]! + paraStart;
      const ce = f.end[a.ke - 1]! + paraStart;
      const d = ce <= q.start ? q.start - ce : cs >= q.end ? cs - q.end : Infinity;
      // a cue before the quote is the usual order; one after it must be close ("», he said")
      const dd = cs >= q.end ? d * 1.5 : d;
      if (dd < (best?.d ?? Infinity)) best = { d: dd, a };
    }
    const sp = best?.a.speaker;
    out.push({
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind: 'quote',
      attributedTo: sp ? (sp.id ? { id: sp.id, name: sp.name } : { name: sp.name }) : undefined,
      date: pageDate,
      links: [],
    });
  }
  return out;
}
