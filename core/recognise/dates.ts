// Date helpers shared by resolution (office holders and roles at the page date) and event ranking.
// Dates are ISO strings at year, month or day precision. Pure; tested in dates.test.ts.

/** Is a YYYY[-MM[-DD]] date inside [start, end] (open ends allowed), comparing at the shared precision? */
export function within(date: string, start?: string, end?: string): boolean {
  if (start && date < start.padEnd(10, start.length === 4 ? '-01-01' : '-01')) return false;
  if (end) {
    const e = end.length === 4 ? `${end}-12-31` : end.length === 7 ? `${end}-31` : end;
    if (date > e) return false;
  }
  return true;
}

/** `date` plus `days` (a year counts from 31 December, a month from its 28th), as YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date.length === 4 ? `${date}-12-31` : date.length === 7 ? `${date}-28` : date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
