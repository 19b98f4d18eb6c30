// Resolves the date hints a content script found in a page (meta tags, JSON-LD, <time>, the URL)
// to one YYYY-MM-DD publication date. Pure string work, no DOM. Tested in page-date.test.ts.

const ISO = /(\d{4})-(\d{2})-(\d{2})/;
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|[^0-9]|$)/;
const COMPACT = /(?:^|[^0-9])((?:19|20)\d{2})(\d{2})(\d{2})(?:[^0-9]|$)/;

function valid(y: number, m: number, d: number, today: string): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return undefined; // 2022-02-30
  const iso = dt.toISOString().slice(0, 10);
  return iso >= '1900-01-01' && iso <= today ? iso : undefined;
}

/** One hint to YYYY-MM-DD, or undefined. URLs are read for /2022/01/05/ or 20220105 paths. */
export function parseDateHint(hint: string, today = new Date().toISOString().slice(0, 10)): string | undefined {
  const s = hint.trim();
  const iso = ISO.exec(s);
  if (iso) return valid(+iso[1], +iso[2], +iso[3], today);
  const url = URL_DATE.exec(s);
  if (url) return valid(+url[1], +url[2], +url[3], today);
  const compact = COMPACT.exec(s);
  if (compact) return valid(+compact[1], +compact[2], +compact[3], today);
  return undefined;
}

/** The first hint that parses wins: content scripts send them most trustworthy first. */
export function resolvePageDate(hints: readonly string[], today?: string): string | undefined {
  for (const h of hints) {
    const d = parseDateHint(h, today);
    if (d) return d;
  }
  return undefined;
}
