// Event ranking over the mini test dataset: cues need an entity of the event, the page date
// weighs in, a country alone weighs little.
import { describe, expect, it } from 'vitest';
import { miniIndex } from '../testing/mini-data';
import type { EntityHit } from '../types';
import type { CompiledIndex, DisplayRecord } from '../dataset/compiled';
import { hostNamed, inferEvents, kindConflict, monthMatch, rankEvents, standingActor } from './events';
import type { CueHits } from './mentions';

const index = miniIndex();
const events = Object.values(index.entities).filter((r) => r.type === 'event');
const hit = (id: string, n = 1): EntityHit => ({
  id,
  name: id,
  type: 'place',
  mentions: Array.from({ length: n }, (_, i) => ({ start: i, end: i + 1, text: 'x' })),
});
// the mini dataset's own cue patterns of the unrest ("protests", "state of emergency"...), not names
const unrestCues = index.patterns.flatMap((p, i) =>
  p.ids.length === 0 && p.cues?.some((c) => c.event === 'event:2022-kazakhstan-unrest') ? [i] : [],
);
const cues = (n: number): CueHits => new Map([['event:2022-kazakhstan-unrest', new Set(unrestCues.slice(0, n))]]);
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
  it('has cue patterns to test with', () => expect(unrestCues.length).toBeGreaterThanOrEqual(2));
  it('a name left ambiguous between two entities of the same event counts for that event', () => {
    const undecided = (ids: string[]): EntityHit => ({
      ...hit(ids[0]!),
      ambiguous: { note: 'x', candidates: ids.map((id) => ({ id, name: id })) },
    });
    expect(score([undecided(['place:almaty', 'person:kassym-jomart-tokayev'])], cues(2))).toBeGreaterThan(0);
    expect(score([undecided(['place:almaty', 'event:2022-kazakhstan-unrest'])], cues(2))).toBe(0);
  });
});

describe('kindConflict', () => {
  it('a summit page is not about an election; violent kinds agree with one another', () => {
    expect(kindConflict(['election', 'presidential'], new Set(['summit']))).toBe(true);
    expect(kindConflict(['referendum'], new Set(['election', 'presidential']))).toBe(true);
    expect(kindConflict(['referendum'], new Set(['election', 'referendum']))).toBe(false);
    expect(kindConflict(['protest'], new Set(['unrest']))).toBe(false);
    expect(kindConflict(['clash'], new Set(['attack', 'parliamentary']))).toBe(false);
    // no kind named, or an event of no kind: nothing to contradict
    expect(kindConflict(['election'], new Set(['presidential']))).toBe(false);
    expect(kindConflict([], new Set(['summit']))).toBe(false);
  });
});

describe('monthMatch', () => {
  it('a day and month inside a short event date it; a long event is not dated by a month', () => {
    expect(monthMatch('2022-09-14', '2022-09-20', [{ m: 9, d: 16 }])).toBe(true);
    expect(monthMatch('2022-09-14', '2022-09-20', [{ m: 4, d: 29 }])).toBe(false);
    expect(monthMatch('2022-09-14', '2022-09-20', [{ m: 9, y: 2021 }])).toBe(false);
    expect(monthMatch('2022-11-20', undefined, [{ m: 11, d: 26 }])).toBe(true);
    expect(monthMatch('1992-05', '1997-06-27', [{ m: 6, d: 1 }])).toBe(false);
    expect(monthMatch('1960', undefined, [{ m: 1, d: 1 }])).toBe(false);
  });
});

describe('rankEvents', () => {
  const ev = (id: string, score: number) => ({ id, name: id, score });
  it('marks the best and a runner-up within the margin as close', () => {
    const r = rankEvents([ev('event:b', 0.51), ev('event:a', 0.53), ev('event:c', 0.3)]);
    expect(r.map((e) => [e.id, e.close ?? false])).toEqual([
      ['event:a', true],
      ['event:b', true],
    ]);
  });
  it('a clear winner is not close', () => {
    const r = rankEvents([ev('event:a', 0.8), ev('event:b', 0.65)]);
    expect(r.map((e) => e.close ?? false)).toEqual([false, false]);
  });
});

describe('a date written without its year', () => {
  const unrest = index.entities['event:2022-kazakhstan-unrest']!;
  const edition = (id: string, start: string) => ({ ...unrest, id, name: id, start, end: start });
  const two = [edition('event:2019-test-election', '2019-06-09'), edition('event:2022-test-election', '2022-11-20')];
  const top = (months: { m: number; d?: number; y?: number }[], list = two) =>
    inferEvents(index, list, [hit('place:almaty'), hit('person:kassym-jomart-tokayev')], new Map(), undefined, {
      kinds: new Set(['election']),
      years: new Set([2019]),
      months,
    })[0]?.id;
  it('is this year: the event it dates wins over one whose year is only written out as background', () => {
    // "sworn in on 26 November ... in 2019 he succeeded Nazarbayev"
    expect(top([{ m: 11, d: 26 }])).toBe('event:2022-test-election');
    // without such a date the year written out is the evidence
    expect(top([])).toBe('event:2019-test-election');
  });
  it('an event of a kind the text does not name dated by it changes nothing', () => {
    const massacre = edition('event:2005-test-massacre', '2005-05-13');
    expect(top([{ m: 5, d: 13 }], [...two, massacre])).toBe('event:2019-test-election');
  });
});

// Synthetic records written for these rules (not the shipped data): a parliament and its speaker, a
// former minister on trial, two summits of different organisations attended by the same presidents.
describe('standing actors and summits', () => {
  const rec = (id: string, extra: Partial<DisplayRecord> = {}): DisplayRecord =>
    ({
      id,
      type: id.split(':')[0],
      name: id,
      names: {},
      sources: ['src:t'],
      asOf: '2026-01',
      ...extra,
    }) as DisplayRecord;
  const role = (extra: object) => [{ title: 'post', sources: ['src:t'], ...extra }];
  const records = [
    rec('place:tj'),
    rec('place:kz'),
    rec('place:kg'),
    rec('place:astana', { country: 'place:kz' }),
    rec('place:bishkek', { country: 'place:kg' }),
    rec('org:tj-parliament', { type: 'organisation', country: 'place:tj' }),
    rec('org:sco', { type: 'organisation' }),
    rec('org:ots', { type: 'organisation' }),
    rec('person:speaker', { country: 'place:tj', roles: role({ org: 'org:tj-parliament', start: '2020-04' }) }),
    rec('person:ex-minister', { country: 'place:tj', roles: role({ start: '2016-05', end: '2016-12' }) }),
    rec('person:kz-president', { country: 'place:kz', roles: role({ start: '2019-03' }) }),
    rec('person:kg-president', { country: 'place:kg', roles: role({ start: '2021-01' }) }),
    rec('person:guest', { country: 'place:tr', roles: role({ start: '2014-08' }) }),
    rec('event:2024-tj-dress-law', {
      type: 'event',
      start: '2024-05-08',
      end: '2024-06-20',
      places: ['place:tj'],
      participants: ['org:tj-parliament', 'person:speaker'],
    }),
    rec('event:2024-tj-trial', {
      type: 'event',
      start: '2024-03-01',
      places: ['place:tj'],
      participants: ['person:ex-minister'],
    }),
    rec('place:dam-province', { country: 'place:kg' }),
    rec('place:dam-town', { country: 'place:kg', region: 'place:dam-province' }),
    rec('facility:dam', { country: 'place:kg' }),
    rec('place:border-town', { country: 'place:kg' }),
    rec('event:2023-dam-project', {
      type: 'event',
      start: '2023-01',
      places: ['place:kg', 'place:dam-province', 'facility:dam'],
      participants: ['person:kg-president'],
    }),
    rec('event:2021-border-clashes', {
      type: 'event',
      start: '2021-04-28',
      end: '2021-05-01',
      places: ['place:border-town', 'place:kg', 'place:tj'],
      participants: ['person:kg-president', 'person:speaker'],
    }),
    rec('event:2024-sco-summit-astana', {
      type: 'event',
      start: '2024-07-03',
      places: ['place:astana', 'place:kz'],
      participants: ['org:sco', 'person:kz-president', 'person:guest'],
    }),
    rec('event:2024-ots-summit-bishkek', {
      type: 'event',
      start: '2024-11-06',
      places: ['place:bishkek', 'place:kg'],
      participants: ['org:ots', 'person:kg-president', 'person:kz-president', 'person:guest'],
    }),
  ];
  const idx = {
    entities: Object.fromEntries(records.map((r) => [r.id, r])),
    patterns: [],
    offices: {},
  } as unknown as CompiledIndex;
  const evs = records.filter((r) => r.type === 'event');
  const infer = (ids: string[], kinds: string[] = [], years: number[] = [], date?: string) =>
    inferEvents(
      idx,
      evs,
      ids.map((id) => hit(id)),
      new Map(),
      date,
      {
        kinds: new Set(kinds),
        years: new Set(years),
      } as never,
    ).map((e) => e.id);

  it('a state body and a person holding a post are standing actors; a former minister is not', () => {
    expect(standingActor(idx, 'org:tj-parliament')).toBe(true);
    expect(standingActor(idx, 'person:speaker')).toBe(true);
    expect(standingActor(idx, 'person:speaker', '2019-01-01')).toBe(false);
    expect(standingActor(idx, 'person:ex-minister')).toBe(false);
    expect(standingActor(idx, 'org:sco')).toBe(false);
  });
  it('a parliament and its speaker listed by one event only do not make a page about it', () => {
    // a speaker receiving a guest in 2024: the dress law of 2024 lists both, but so would any sitting
    expect(infer(['place:tj', 'org:tj-parliament', 'person:speaker'], [], [2024])).toEqual([]);
    // the defendant of a trial is specific to it
    expect(infer(['place:tj', 'person:ex-minister'], [], [2024])).toEqual(['event:2024-tj-trial']);
  });
  it("a summit needs its host and is not another organisation's summit", () => {
    expect(
      hostNamed(idx, records.find((r) => r.id === 'event:2024-sco-summit-astana')!, new Set(['place:astana'])),
    ).toBe(true);
    expect(
      hostNamed(idx, records.find((r) => r.id === 'event:2024-ots-summit-bishkek')!, new Set(['person:kz-president'])),
    ).toBe(false);
    // the OTS meeting in Astana: not the SCO's Astana summit, not the OTS summit hosted in Bishkek
    expect(infer(['org:ots', 'place:astana', 'person:kz-president', 'person:guest'], ['summit'])).toEqual([]);
    expect(infer(['org:sco', 'place:astana', 'person:kz-president', 'person:guest'], ['summit'])).toEqual([
      'event:2024-sco-summit-astana',
    ]);
    expect(infer(['org:ots', 'place:bishkek', 'person:kz-president', 'person:guest'], ['summit'])).toEqual([
      'event:2024-ots-summit-bishkek',
    ]);
  });
  it('a region listed by one event only does not make a page about it; its facility does', () => {
    // a railway page from the dam's province, with the president: not the dam project
    expect(infer(['place:kg', 'place:dam-province', 'person:kg-president'], [], [2023])).toEqual([]);
    expect(infer(['place:kg', 'facility:dam', 'person:kg-president'], [], [2023])).toEqual(['event:2023-dam-project']);
  });
  it('a page dated months after an event, naming neither it, its year nor its month, is a later episode', () => {
    const shooting = ['place:border-town', 'place:kg', 'place:tj', 'person:kg-president', 'person:speaker'];
    expect(infer(shooting, ['clash'], [], '2022-01-27')).toEqual([]);
    // the same words with the event's year, or dated during it, are about it
    expect(infer(shooting, ['clash'], [2021], '2022-01-27')).toEqual(['event:2021-border-clashes']);
    expect(infer(shooting, ['clash'], [], '2021-04-29')).toEqual(['event:2021-border-clashes']);
  });
});
