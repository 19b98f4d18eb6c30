// The relevance rule on annotations written for the test: regional mentions counted, ambiguous and
// foreign entities not, an event alone enough; an unrelated page yields an empty annotation.
import { describe, expect, it } from 'vitest';
import type { Annotation, EntityHit } from '../core/types';
import { emptyAnnotation, isAboutCentralAsia, mayShow, regionalSignal, RELEVANCE_RULE } from './relevance';

const COUNTRY: Record<string, string> = {
  'place:almaty': 'place:kazakhstan',
  'person:sadyr-japarov': 'place:kyrgyzstan',
  'place:moscow': 'place:russia',
};
const countryOf = (id: string) => COUNTRY[id];

const hit = (id: string, n: number, extra: Partial<EntityHit> = {}): EntityHit => ({
  id,
  name: id,
  type: id.startsWith('person:') ? 'person' : 'place',
  mentions: Array.from({ length: n }, (_, i) => ({ start: i * 10, end: i * 10 + 5, text: id })),
  ...extra,
});
const ann = (entities: EntityHit[], events: Annotation['events'] = []): Annotation => ({
  lang: 'en',
  entities,
  events,
  claims: [],
  dates: [{ start: 0, end: 4, text: '2022', date: '2022' }],
});

describe('relevance', () => {
  it('counts mentions of the five countries and of what belongs to them', () => {
    const a = ann([hit('place:kazakhstan', 1), hit('place:almaty', 2), hit('place:moscow', 5)]);
    expect(regionalSignal(a, countryOf)).toEqual({ mentions: 3, entities: 2, event: 0 });
    expect(isAboutCentralAsia(a, countryOf)).toBe(true);
  });

  it('refuses a page that names the region once in passing, or only elsewhere', () => {
    expect(isAboutCentralAsia(ann([hit('place:kazakhstan', 1), hit('place:moscow', 9)]), countryOf)).toBe(false);
    expect(isAboutCentralAsia(ann([hit('place:moscow', 9)]), countryOf)).toBe(false);
    expect(isAboutCentralAsia(ann([]), countryOf)).toBe(false);
  });

  it('does not count ambiguous hits', () => {
    const amb = { note: 'ambiguous', candidates: [] };
    const a = ann([hit('person:sadyr-japarov', 4, { ambiguous: amb })]);
    expect(regionalSignal(a, countryOf).mentions).toBe(0);
    expect(isAboutCentralAsia(a, countryOf)).toBe(false);
  });

  it('takes a sure enough event alone', () => {
    const event = (score: number) => [{ id: 'event:2022-kazakhstan-unrest', name: 'x', score }];
    expect(isAboutCentralAsia(ann([], event(RELEVANCE_RULE.eventScore)), countryOf)).toBe(true);
    expect(isAboutCentralAsia(ann([], event(RELEVANCE_RULE.eventScore - 0.01)), countryOf)).toBe(false);
  });

  it('empties everything an unrelated page would show, keeping language and date', () => {
    const a = { ...ann([hit('place:almaty', 1)]), date: '2022-01-06' };
    expect(emptyAnnotation(a)).toEqual({
      lang: 'en',
      date: '2022-01-06',
      entities: [],
      events: [],
      claims: [],
      dates: [],
    });
  });

  it('applies only to general outlets, and keeps showing a page once it is found relevant', () => {
    const passing = ann([hit('place:kazakhstan', 1)]);
    const none = ann([]);
    expect(mayShow({ general: false, mode: 'page', shownBefore: false }, none, countryOf)).toBe(true);
    expect(mayShow({ general: true, mode: 'page', shownBefore: false }, passing, countryOf)).toBe(false);
    expect(mayShow({ general: true, mode: 'more', shownBefore: true }, none, countryOf)).toBe(true);
    expect(mayShow({ general: true, mode: 'more', shownBefore: false }, passing, countryOf)).toBe(false);
    const update = ann([hit('person:sadyr-japarov', 2)]);
    expect(mayShow({ general: true, mode: 'more', shownBefore: false }, update, countryOf)).toBe(true);
  });
});
