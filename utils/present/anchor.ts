// Anchoring a card to the page's date: which roles were held "then", what changed "later" (with its
// date), what is earlier career; facts dated after the page; an event's timeline with the page's
// date marked. Pure (no DOM, no i18n: components put words on the result). Tested in anchor.test.ts.
import { isAfter, isBefore, startOf } from './dates';

export interface Dated {
  start?: string;
  end?: string;
}

/** Held on the day `at`: started on or before it (or no start known) and not ended before it. */
export const heldAt = (r: Dated, at: string): boolean => !isAfter(r.start, at) && !isBefore(r.end, at);

export interface LaterChange<R> {
  item: R;
  /** what happened after the page: the role began, or a role held then ended */
  change: 'started' | 'ended';
  date: string;
}

export interface RoleSplit<R> {
  then: R[];
  later: LaterChange<R>[];
  earlier: R[];
}

const byStartDesc = (a: Dated, b: Dated) => (startOf(b.start) ?? '').localeCompare(startOf(a.start) ?? '');

/**
 * Splits roles (or office holders) around the day `at`. A role that began after `at` is a later
 * change ("started"); a role held then that ended is also one ("ended"), listed by date. `today`:
 * an end after it is a term's scheduled end, not something that happened, so it is not listed.
 */
export function splitRoles<R extends Dated>(roles: readonly R[], at: string, today?: string): RoleSplit<R> {
  const then: R[] = [];
  const earlier: R[] = [];
  const later: LaterChange<R>[] = [];
  const ended = (r: R) => {
    if (r.end && !(today && isAfter(r.end, today))) later.push({ item: r, change: 'ended', date: r.end });
  };
  for (const r of roles) {
    if (isAfter(r.start, at)) {
      later.push({ item: r, change: 'started', date: r.start! });
      ended(r);
    } else if (isBefore(r.end, at)) earlier.push(r);
    else {
      then.push(r);
      if (isAfter(r.end, at)) ended(r);
    }
  }
  then.sort(byStartDesc);
  earlier.sort(byStartDesc);
  later.sort((a, b) => (startOf(a.date) ?? '').localeCompare(startOf(b.date) ?? ''));
  return { then, later, earlier };
}

export interface AsOfItem {
  asOf: string;
}

/** Facts known by the page's date first (newest first), then those dated after it (oldest first). */
export function splitFacts<F extends AsOfItem>(facts: readonly F[], at: string): { then: F[]; later: F[] } {
  const then = facts.filter((f) => !isAfter(f.asOf, at)).sort((a, b) => b.asOf.localeCompare(a.asOf));
  const later = facts.filter((f) => isAfter(f.asOf, at)).sort((a, b) => a.asOf.localeCompare(b.asOf));
  return { then, later };
}

export type TimelineRow<T> = { kind: 'item'; item: T; date: string; later: boolean } | { kind: 'page'; date: string };

/**
 * An event's timeline in date order with one row for the page's own date, placed after the items
 * of the same day or period start (the article reports what happened up to then).
 */
export function timelineWithPage<T extends { date: string }>(items: readonly T[], at: string): TimelineRow<T>[] {
  const sorted = [...items].sort((a, b) => (startOf(a.date) ?? '').localeCompare(startOf(b.date) ?? ''));
  const rows: TimelineRow<T>[] = [];
  let placed = false;
  for (const item of sorted) {
    if (!placed && isAfter(item.date, at)) {
      rows.push({ kind: 'page', date: at });
      placed = true;
    }
    rows.push({ kind: 'item', item, date: item.date, later: isAfter(item.date, at) });
  }
  if (!placed) rows.push({ kind: 'page', date: at });
  return rows;
}
