// Small display helpers shared by the panel, popup and options. Pure: no DOM, no extension API.
// Tested in format.test.ts and through the component tests (components/*.test.tsx).
import type { EntityType } from '../core/dataset/schema';
import { webUrl } from './sites';

export const TYPE_ORDER: readonly EntityType[] = ['person', 'organisation', 'place', 'event', 'media', 'facility'];

export const TYPE_LABEL: Record<EntityType, [one: string, many: string]> = {
  person: ['Person', 'People'],
  organisation: ['Organisation', 'Organisations'],
  place: ['Place', 'Places'],
  event: ['Event', 'Events'],
  media: ['Media outlet', 'Media'],
  facility: ['Facility', 'Facilities'],
};

/** "since 2019-03-20", "2017-11-24 – 2020-10-15", "until 2020", or "" */
export function dateRange(start?: string, end?: string): string {
  if (start && end) return `${start} – ${end}`;
  if (start) return `since ${start}`;
  if (end) return `until ${end}`;
  return '';
}

export function wikipediaUrl(title: string, lang = 'en'): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/** Only http(s) links are shown as links; anything else is shown as text. */
export const safeHref = (url: string | undefined): string | undefined => webUrl(url)?.href;

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
