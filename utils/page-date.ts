// Resolves the date hints a content script found in a page (meta tags, JSON-LD, <time>, the URL),
// most trustworthy first, to one YYYY-MM-DD publication date. The parsing is core's
// (core/dates/page-date.ts); this adds only the refusal of dates after today. Tested in page-date.test.ts.
import { fromUrl, parseDateString } from '../core/dates/page-date';

/** One hint to YYYY-MM-DD, or undefined: a date string as publishers write it, or a dated URL. */
export function parseDateHint(hint: string, today = new Date().toISOString().slice(0, 10)): string | undefined {
  const s = hint.trim();
  if (!s) return undefined;
  const date = parseDateString(s) ?? (/[/?]/.test(s) ? fromUrl(s) : undefined);
  return date && date <= today ? date : undefined;
}

/** The first hint that parses wins: content scripts send them most trustworthy first. */
export function resolvePageDate(hints: readonly string[], today?: string): string | undefined {
  for (const h of hints) {
    const d = parseDateHint(h, today);
    if (d) return d;
  }
  return undefined;
}
