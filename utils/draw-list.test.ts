// Draw lists: only spans, kind, id and a short label; offsets survive the delta coding; the cap holds.
import { describe, expect, it } from 'vitest';
import type { ClaimHit, EntityHit } from '../core/types';
import { claimTitle, DrawListBuilder, idsOf, kindOfId, marksOf } from './draw-list';

const tokayev: EntityHit = {
  id: 'person:kassym-jomart-tokayev',
  name: 'Kassym-Jomart Tokayev',
  type: 'person',
  mentions: [
    { start: 30, end: 37, text: 'Tokayev' },
    { start: 2, end: 9, text: 'Tokayev' },
  ],
};
const claim = (kind: ClaimHit['kind'], text: string, start: number, id?: string): ClaimHit => ({
  kind,
  text,
  start,
  end: start + text.length,
  links: id ? [{ id, relation: 'known-claim', note: 'n' }] : [],
});

describe('DrawListBuilder', () => {
  it('round-trips spans in order with their id; the kind is the id prefix; no labels', () => {
    const list = new DrawListBuilder(100)
      .entities([tokayev])
      .claims([claim('figure', '17 killed', 50)])
      .build();
    expect([...marksOf(list)]).toEqual([
      { start: 2, end: 9, id: tokayev.id, kind: 'person' },
      { start: 30, end: 37, id: tokayev.id, kind: 'person' },
      { start: 50, end: 59, id: 'claim:on-page', kind: 'claim' },
    ]);
    expect(idsOf(list)).toEqual([tokayev.id, 'claim:on-page']);
    // ids (prefix as one letter) and base-36 spans only: names not sent
    expect(list).toEqual({ ids: 'p:kassym-jomart-tokayev c:on-page', spans: '2,7,0,s,7,0,k,9,1' });
    expect(JSON.stringify(list)).not.toContain(tokayev.name);
  });
  it('leaves statements out, keeps a known claim id, and stops at the budget', () => {
    const b = new DrawListBuilder(2).claims([
      claim('statement', 'He said so.', 0),
      claim('quote', 'x'.repeat(120), 20, 'claim:a-b'),
      claim('figure', '5', 200),
      claim('figure', '6', 300),
    ]);
    const marks = [...marksOf(b.build())];
    expect(marks.map((m) => [m.start, m.id])).toEqual([
      [20, 'claim:a-b'],
      [200, 'claim:on-page'],
    ]);
    expect(b.remaining).toBe(0);
  });
  it('draws no id whose prefix is not its kind, and no claim link that is not a claim', () => {
    const odd = { ...tokayev, id: 'place:kassym-jomart-tokayev' };
    const list = new DrawListBuilder(10)
      .entities([odd])
      .claims([claim('figure', '5', 0, 'person:x')])
      .build();
    expect([...marksOf(list)].map((m) => m.id)).toEqual(['claim:on-page']);
    expect(kindOfId('org:csto')).toBe('organisation');
    expect(kindOfId('figure:x')).toBeUndefined();
  });
  it('skips what it cannot read (an unknown letter, an index past the ids, a bad length)', () => {
    const marks = [...marksOf({ ids: 'p:a z:b', spans: '1,2,0,1,2,1,1,2,5,1,0,0,1,!,0' })];
    expect(marks).toEqual([{ start: 1, end: 3, id: 'person:a', kind: 'person' }]);
    expect([...marksOf({ ids: '', spans: '' })]).toEqual([]);
  });
  it('shortens a long claim title as the panel does', () => {
    expect(claimTitle(` ${'y'.repeat(120)} `)).toHaveLength(78);
    expect(claimTitle('17\n killed')).toBe('17 killed');
  });
});
