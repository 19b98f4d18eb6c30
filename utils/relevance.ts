// Is a page about Central Asia? Decides, from the engine's first pass, whether Oxus shows anything
// on a general outlet (utils/sites.ts `general`), where most pages are not about the region. Pure:
// the background applies it; scripts/relevance-report.ts measures it on real pages; relevance.test.ts.
import type { Annotation } from '../core/types';

/** The five countries; an entity is of the region when it is one of them or belongs to one. */
export const REGION_COUNTRIES: readonly string[] = [
  'place:kazakhstan',
  'place:kyrgyzstan',
  'place:uzbekistan',
  'place:tajikistan',
  'place:turkmenistan',
];

export interface RelevanceRule {
  /** mentions of entities of the region (ambiguous hits not counted) */
  minMentions: number;
  /** an event of the dataset (all of them are the region's) found at least this sure counts alone */
  eventScore: number;
}

/**
 * 2 mentions, or one of the dataset's events at 0.5. Measured with scripts/relevance-report.ts
 * (README.md#where-oxus-runs): 2 is the smallest n that let no unrelated page through (n = 1 passed
 * three pages naming Kazakhstan or Kazinform once in passing); an event at the engine's reporting
 * floor (0.35) let one of those through (a passing mention near the date of a Kazakh event: 0.43).
 * Keeps 112 of 120 real Central Asia excerpts (mentions alone: 111), 0 of 27 unrelated pages.
 */
export const RELEVANCE_RULE: RelevanceRule = { minMentions: 2, eventScore: 0.5 };

export interface RegionalSignal {
  /** mentions of entities of the region */
  mentions: number;
  /** distinct entities of the region */
  entities: number;
  /** best event score, 0 when none */
  event: number;
}

/** `countryOf` gives an entity's country id from the dataset (undefined for none). */
export function regionalSignal(ann: Annotation, countryOf: (id: string) => string | undefined): RegionalSignal {
  let mentions = 0;
  let entities = 0;
  for (const e of ann.entities) {
    if (e.ambiguous) continue;
    const regional =
      e.type === 'event' || REGION_COUNTRIES.includes(e.id) || REGION_COUNTRIES.includes(countryOf(e.id) ?? '');
    if (!regional) continue;
    entities += 1;
    mentions += e.mentions.length;
  }
  const event = ann.events.reduce((best, ev) => Math.max(best, ev.score), 0);
  return { mentions, entities, event };
}

export function isAboutCentralAsia(
  ann: Annotation,
  countryOf: (id: string) => string | undefined,
  rule: RelevanceRule = RELEVANCE_RULE,
): boolean {
  const s = regionalSignal(ann, countryOf);
  return s.mentions >= rule.minMentions || s.event >= rule.eventScore;
}

/** What a page on a general outlet that is not about the region shows: nothing at all. */
export function emptyAnnotation(ann: Annotation): Annotation {
  return { lang: ann.lang, date: ann.date, entities: [], events: [], claims: [], dates: [] };
}

export interface PagePass {
  /** the page is on a general outlet of the starter list */
  general: boolean;
  /** 'page': the whole page read; 'more': blocks the page added later */
  mode: 'page' | 'more';
  /** this page already showed something (it was found about the region) */
  shownBefore: boolean;
}

/**
 * Whether this pass of the engine may show anything. Regional sites and sites the reader added:
 * always. A general outlet: when the page is about the region; once it is, its later blocks are
 * shown too (a block alone rarely names the region twice), while a refused page is judged again on
 * each block it adds (a live update may turn to Central Asia).
 */
export function mayShow(pass: PagePass, ann: Annotation, countryOf: (id: string) => string | undefined): boolean {
  if (!pass.general) return true;
  if (pass.mode === 'more' && pass.shownBefore) return true;
  return isAboutCentralAsia(ann, countryOf);
}
