// Event ranking over the mini test dataset: cues need an entity of the event, the page date
// weighs in, a country alone weighs little.
import { describe, expect, it } from 'vitest';
import { miniIndex } from '../testing/mini-data';
import type { EntityHit } from '../types';
import { inferEvents } from './events';
import type { CueHits } from './mentions';

const index = miniIndex();
const events = Object.values(index.entities).filter((r) => r.type === 'event');
const hit = (id: string, n = 1): EntityHit => ({
  id,
  name: id,
  type: 'place',
  mentions: Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'x' })),
});
const cues = (n: number): CueHits =>
  new Map([['event:2022-kazakhstan-unrest', new Set(Array.from({ length: n }, (_, i) => i))]]);
const score = (entities: EntityHit[], c: CueHits = new Map(), date?: string) =>
  inferEvents(index, events, entities, c, date)[0]?.score ?? 0;

describe('inferEvents', () => {
  it('needs an entity of the event; cue words alone are not enough', () => {
    expect(score([], cues(3))).toBe(0);
    expect(score([hit('place:almaty')], cues(2))).toBeGreaterThan(0);
  });
  it('a town and a participant weigh more than a country', () => {
    expect(score([hit('place:almaty'), hit('person:kassym-jomart-tokayev')], cues(1))).toBeGreaterThan(
      score([hit('place:kazakhstan')], cues(1)),
    );
  });
  it('a page dated during the event raises it, one dated before lowers it', () => {
    const e = [hit('place:almaty'), hit('person:kassym-jomart-tokayev')];
    expect(score(e, cues(1), '2022-01-06')).toBeGreaterThan(score(e, cues(1)));
    expect(score(e, cues(1), '2021-06-01')).toBeLessThan(score(e, cues(1)));
  });
  it('direct mentions of the event count', () => {
    expect(score([hit('event:2022-kazakhstan-unrest', 2)])).toBeGreaterThan(0.6);
  });
});
