// Country codes and names for the map, read from the generated data in map-countries.ts (numeric id ->
// alpha-2; CLDR names for UI languages the browsers have none in). Kept apart from the generated file so
// the generator writes data only. Tested in MiniMap.test.tsx.
import { COUNTRY_NAMES, MAP_COUNTRY_TABLE } from './map-countries';

/** alpha-2 code by world-atlas feature id (or name) */
export const MAP_COUNTRY_CODES: ReadonlyMap<string, string> = new Map(
  MAP_COUNTRY_TABLE.trim()
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

const langOf = (locale: string) => locale.split(/[-_]/)[0]!.toLowerCase();
const parsed = new Map<string, Map<string, string>>();

/** A country's name from our table for `locale` (language subtag), or undefined (use Intl) */
export function ownCountryName(code: string, locale: string): string | undefined {
  const lang = langOf(locale);
  const list = COUNTRY_NAMES[lang];
  if (!list) return undefined;
  if (!parsed.has(lang)) parsed.set(lang, new Map(list.split('|').map((p) => [p.slice(0, 2), p.slice(3)])));
  return parsed.get(lang)!.get(code);
}

/** Whether `locale` takes its country names from this table rather than Intl */
export const hasOwnCountryNames = (locale: string): boolean => langOf(locale) in COUNTRY_NAMES;
