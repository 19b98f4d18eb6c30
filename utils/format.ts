// Small display helpers shared by the panel, popup and options. Pure: no DOM, no extension API.
// Tested in format.test.ts and through the component tests (components/*.test.tsx).
import type { EntityType } from '../core/dataset/schema';
import { webUrl } from './sites';

export const TYPE_ORDER: readonly EntityType[] = ['person', 'organisation', 'place', 'event', 'media', 'facility'];

export function wikipediaUrl(title: string, lang = 'en'): string {
  return `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_'))}`;
}

/** Only http(s) links are shown as links; anything else is shown as text. */
export const safeHref = (url: string | undefined): string | undefined => webUrl(url)?.href;
