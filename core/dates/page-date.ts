// Publication date of a page from what a parser or the DOM gathered: meta tags
// (article:published_time ...), JSON-LD datePublished, <time datetime>, URL patterns, and as a
// last resort the first full date in the text. Pure; tested in page-date.test.ts.
import { LANGS } from '../types';
import { extractDates } from './extract';
import { iso, isValid, type Ymd } from './calendar';

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const okYear = (y: number) => y >= 1990 && y <= 2100;

function check(y: number, m: number, d: number): string | undefined {
  const r: Ymd = { y, m, d };
  return okYear(y) && isValid(r) ? iso(r) : undefined;
}

/**
 * A date string as publishers write it: ISO 8601 with or without time and zone (the local date as
 * written is kept: relative dates in the article refer to the publisher's day), RFC 2822, or
 * "12.01.2022" / "2022/01/12".
 */
export function parseDateString(s: string): string | undefined {
  const t = s.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(t);
  if (m) return check(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(t);
  if (m) return check(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/.exec(t);
  if (m) return check(+m[1]!, +m[2]!, +m[3]!);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})\b/.exec(t);
  if (m) return check(+m[3]!, +m[2]!, +m[1]!);
  // RFC 2822 / "12 Jan 2022" / "Jan 12, 2022"
  m = /(?:^|\s|,)(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})/i.exec(t);
  if (m && MONTHS[m[2]!.toLowerCase()]) return check(+m[3]!, MONTHS[m[2]!.toLowerCase()]!, +m[1]!);
  m = /(?:^|\s)([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/i.exec(t);
  if (m && MONTHS[m[1]!.toLowerCase()]) return check(+m[3]!, MONTHS[m[1]!.toLowerCase()]!, +m[2]!);
  return undefined;
}

function fromJsonLd(block: string): string | undefined {
  const find = (v: unknown): string | undefined => {
    if (!v || typeof v !== 'object') return undefined;
    if (Array.isArray(v)) {
      for (const x of v) {
        const r = find(x);
        if (r) return r;
      }
      return undefined;
    }
    const o = v as Record<string, unknown>;
    for (const key of ['datePublished', 'dateCreated', 'uploadDate']) {
      const val = o[key];
      if (typeof val === 'string') {
        const r = parseDateString(val);
        if (r) return r;
      }
    }
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
      const r = find(o[key]);
      if (r) return r;
    }
    return undefined;
  };
  try {
    return find(JSON.parse(block));
  } catch {
    // broken JSON-LD is common: read the field by pattern
    const m = /"datePublished"\s*:\s*"([^"]+)"/.exec(block);
    return m ? parseDateString(m[1]!) : undefined;
  }
}

export function fromUrl(url: string): string | undefined {
  let path = url;
  try {
    path = new URL(url).pathname + new URL(url).search;
  } catch {
    /* keep as is */
  }
  const pats: [RegExp, (m: RegExpExecArray) => string | undefined][] = [
    [/\/(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$|[-_])/, (m) => check(+m[1]!, +m[2]!, +m[3]!)],
    [/\/(\d{4})-(\d{1,2})-(\d{1,2})(?:\/|$|[-_])/, (m) => check(+m[1]!, +m[2]!, +m[3]!)],
    [/[/_-](\d{4})(\d{2})(\d{2})(?:[/_.-]|$)/, (m) => check(+m[1]!, +m[2]!, +m[3]!)],
    [/\/(\d{1,2})-(\d{1,2})-(\d{4})(?:\/|$|[-_])/, (m) => check(+m[3]!, +m[2]!, +m[1]!)],
    [/[?&]date=(\d{4})-?(\d{2})-?(\d{2})/, (m) => check(+m[1]!, +m[2]!, +m[3]!)],
  ];
  for (const [re, f] of pats) {
    const m = re.exec(path);
    const r = m && f(m);
    if (r) return r;
  }
  return undefined;
}

export function pageDateFrom(meta: {
  metaPublished?: string[];
  jsonLd?: string[];
  timeDatetime?: string[];
  url?: string;
  text?: string;
}): string | undefined {
  for (const s of meta.metaPublished ?? []) {
    const r = parseDateString(s);
    if (r) return r;
  }
  for (const s of meta.jsonLd ?? []) {
    const r = fromJsonLd(s);
    if (r) return r;
  }
  for (const s of meta.timeDatetime ?? []) {
    const r = parseDateString(s);
    if (r) return r;
  }
  if (meta.url) {
    const r = fromUrl(meta.url);
    if (r) return r;
  }
  if (meta.text) {
    const head = meta.text.slice(0, 2000);
    const direct = /(?<!\d)(\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})(?!\d)/.exec(head);
    if (direct) {
      const r = parseDateString(direct[1]!);
      if (r) return r;
    }
    // explicit dates with month names, in any of the reading languages (no page date: only full dates)
    let best: { start: number; date: string } | undefined;
    for (const lang of LANGS) {
      for (const h of extractDates(head, lang)) {
        if (/^\d{4}-\d{2}-\d{2}$/.test(h.date) && (!best || h.start < best.start))
          best = { start: h.start, date: h.date };
      }
    }
    if (best) return best.date;
  }
  return undefined;
}
