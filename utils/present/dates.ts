// Partial dates (YYYY, YYYY-MM, YYYY-MM-DD, as the dataset keeps them) compared and written in words
// in the UI language through Intl.DateTimeFormat: never a raw ISO string in front of the reader.
// Pure (no DOM, no extension API). Tested in dates.test.ts.

const PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The first day a partial date can mean ("2022" → "2022-01-01"); undefined for a bad string. */
export function startOf(d: string | undefined): string | undefined {
  const m = d ? PARTIAL.exec(d) : null;
  if (!m) return undefined;
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** The last day a partial date can mean ("2022-02" → "2022-02-28"). */
export function endOf(d: string | undefined): string | undefined {
  const m = d ? PARTIAL.exec(d) : null;
  if (!m) return undefined;
  if (m[3]) return `${m[1]}-${m[2]}-${m[3]}`;
  const month = m[2] ?? '12';
  const last = new Date(Date.UTC(Number(m[1]), Number(month), 0)).getUTCDate();
  return `${m[1]}-${month}-${String(last).padStart(2, '0')}`;
}

/** Today in UTC as YYYY-MM-DD: the anchor when a page has no date. */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

/** True when the partial date `d` lies wholly after the day `at`. */
export const isAfter = (d: string | undefined, at: string): boolean => !!d && (startOf(d) ?? '') > at;

/** True when the partial date `d` lies wholly before the day `at`. */
export const isBefore = (d: string | undefined, at: string): boolean => !!d && (endOf(d) ?? '9999') < at;

/**
 * A partial date in words in `locale`: "12 January 2022", "January 2022", "2022" (en-GB style per
 * locale). Strings that are not dates come back unchanged (never thrown away silently).
 */
export function formatDate(d: string, locale: string, month: 'long' | 'short' = 'long'): string {
  const m = PARTIAL.exec(d);
  if (!m) return d;
  const date = new Date(Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1));
  const opts: Intl.DateTimeFormatOptions = m[3]
    ? { year: 'numeric', month, day: 'numeric', timeZone: 'UTC' }
    : m[2]
      ? { year: 'numeric', month, timeZone: 'UTC' }
      : { year: 'numeric', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, opts).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(date);
  }
}
