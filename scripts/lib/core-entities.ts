// Which entities are "core" (issue 8: "names in >= 8 languages for every core entity"), and how many of the
// reader languages an entity's attested names cover. Pure: takes merged data (core/dataset/validate.ts);
// used by scripts/dataset-report.ts (coreEntities, pctCoreWith8Languages); tested in dataset-report.test.ts.
import type { Entity, NameLang } from '../../core/dataset/schema';
import type { Merged } from '../../core/dataset/validate';

/** The five Central Asian countries: their regions, capitals and office holders are core. */
export const CORE_COUNTRIES = [
  'place:kazakhstan',
  'place:kyrgyzstan',
  'place:tajikistan',
  'place:turkmenistan',
  'place:uzbekistan',
] as const;

/** First-level divisions of the five not named `place:<name>-region`. */
export const CORE_DIVISIONS = [
  'place:karakalpakstan',
  'place:gorno-badakhshan',
  'place:districts-of-republican-subordination',
];

/** The capitals, and the cities with the status of a first-level division (republican significance, region
 * status). */
export const CORE_CITIES = [
  'place:astana',
  'place:almaty',
  'place:shymkent',
  'place:bishkek',
  'place:osh',
  'place:dushanbe',
  'place:ashgabat',
  'place:arkadag',
  'place:tashkent',
];

/** International organisations all or most of the five belong to (membership, not observer status). */
export const CORE_ORGS = [
  'org:united-nations',
  'org:osce',
  'org:cis',
  'org:csto',
  'org:sco',
  'org:eaeu',
  'org:ots',
  'org:oic',
  'org:eco',
  'org:cica',
  'org:ifas',
] as const;

/** National top offices of the five: head of state, vice-president, head of government, chair of a
 * parliamentary chamber, and the foreign, defence, interior and finance ministers. */
export const CORE_OFFICE =
  /^office:(kz|kg|tj|tm|uz)-(president|vice-president|prime-minister|chairman-of-cabinet|speaker|senate-chair(man)?|mazhilis-chair|kurultai-chair|majlisi-milli-chairman|majlisi-namoyandagon-chairman|halk-maslahaty-chairman|mejlis-chairman|legislative-chamber-speaker|foreign-minister|defence-minister|interior-minister|finance-minister)$/;

/** The 13 reader languages a name can be attested in; scripts of one language count once (kk-Cyrl, kk-Latn). */
export const READER_LANGS = ['ar', 'ru', 'en', 'kk', 'ky', 'tg', 'tk', 'uz', 'fa', 'tr', 'zh', 'de', 'fr'] as const;

/** Languages (not scripts) with at least one attested name; generated forms (kk-Arab at build) are not names. */
export function languagesOf(e: Pick<Entity, 'names'>): Set<string> {
  const out = new Set<string>();
  for (const [key, forms] of Object.entries(e.names) as [NameLang, string[] | undefined][]) {
    if (forms && forms.length > 0) out.add(key.split('-')[0]!);
  }
  return out;
}

/** Partial dates compare as strings once cut to the same precision (YYYY, YYYY-MM, YYYY-MM-DD). */
const cut = (d: string, n: number) => d.slice(0, n);
/** A role held in the month `asOf` (YYYY-MM): started by then and not ended before it. */
export function heldAt(r: { start?: string; end?: string }, asOf: string): boolean {
  if (!r.start || cut(r.start, asOf.length) > cut(asOf, r.start.length)) return false;
  return !r.end || cut(r.end, asOf.length) >= cut(asOf, r.end.length);
}

export type CoreReason = 'country' | 'region' | 'capital-or-city' | 'office-holder' | 'organisation';

/**
 * Why an entity is core, or undefined. The rule:
 * - country: a present-day country or territory, i.e. a record in data/places/countries-*.json with no
 *   `start`, no `end` and no `country` of its own (historical states carry their dates, the Kazakh zhuzes a country);
 * - region: a first-level division of one of the five (`place:<name>-region`, or or in CORE_DIVISIONS);
 * - capital-or-city: a capital or city with first-level status (CORE_CITIES);
 * - office-holder: a person holding, in the dataset's asOf month, a national top office of the five (CORE_OFFICE);
 * - organisation: an international organisation the region belongs to (CORE_ORGS).
 */
export function coreReason(e: Entity, origin: string | undefined, asOf: string): CoreReason | undefined {
  const five = (CORE_COUNTRIES as readonly string[]).includes(e.country ?? '');
  if (e.type === 'place') {
    if (origin?.startsWith('data/places/countries-') && !e.start && !e.end && !e.country) return 'country';
    if (five && /^place:[a-z]+(?:-[a-z]+)?-region$/.test(e.id)) return 'region';
    if (five && CORE_DIVISIONS.includes(e.id)) return 'region';
    if (CORE_CITIES.includes(e.id)) return 'capital-or-city';
  }
  if (e.type === 'person' && e.roles?.some((r) => r.office && CORE_OFFICE.test(r.office) && heldAt(r, asOf))) {
    return 'office-holder';
  }
  if (e.type === 'organisation' && (CORE_ORGS as readonly string[]).includes(e.id)) return 'organisation';
  return undefined;
}
export interface CoreSummary {
  coreEntities: number;
  coreByReason: Record<string, number>;
  coreWith8Languages: number;
  pctCoreWith8Languages: number;
  /** core entities with names in fewer than 8 languages: id and the languages they have */
  coreUnder8: { id: string; languages: string[] }[];
}

export function coreSummary(data: Merged): CoreSummary {
  const asOf = data.asOf ?? new Date().toISOString().slice(0, 7);
  const byReason: Record<string, number> = {};
  const under: { id: string; languages: string[] }[] = [];
  let n = 0;
  let with8 = 0;
  for (const e of data.entities.values()) {
    const why = coreReason(e, data.origin.get(e.id), asOf);
    if (!why) continue;
    n++;
    byReason[why] = (byReason[why] ?? 0) + 1;
    const langs = languagesOf(e);
    if (langs.size >= 8) with8++;
    else under.push({ id: e.id, languages: [...langs].sort() });
  }
  return {
    coreEntities: n,
    coreByReason: byReason,
    coreWith8Languages: with8,
    pctCoreWith8Languages: n === 0 ? 0 : Math.round((1000 * with8) / n) / 10,
    coreUnder8: under.sort((a, b) => a.id.localeCompare(b.id)),
  };
}
