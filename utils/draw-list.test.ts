// Draw lists: only spans, kind, id and a short label; offsets survive the delta coding; the cap holds.
import { describe, expect, it } from 'vitest';
import type { ClaimHit, EntityHit } from '../core/types';
import { DrawListBuilder, marksOf } from './draw-list';

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
  it('round-trips spans in order with their id, kind and label', () => {
    const list = new DrawListBuilder(100)
      .entities([tokayev])
      .claims([claim('figure', '17 killed', 50)])
      .build();
    expect([...marksOf(list)]).toEqual([
      { start: 2, end: 9, id: tokayev.id, kind: 'person', label: tokayev.name },
      { start: 30, end: 37, id: tokayev.id, kind: 'person', label: tokayev.name },
      { start: 50, end: 59, id: 'claim:on-page', kind: 'claim', label: '17 killed' },
    ]);
    expect(list.items).toHaveLength(2);
  });
  it('leaves statements out, shortens long labels, and stops at the budget', () => {
    const long = 'x'.repeat(120);
    const b = new DrawListBuilder(2).claims([
      claim('statement', 'He said so.', 0),
      claim('quote', long, 20, 'claim:a-b'),
      claim('figure', '5', 200),
      claim('figure', '6', 300),
    ]);
    const marks = [...marksOf(b.build())];
    expect(marks.map((m) => m.start)).toEqual([20, 200]);
    expect(marks[0]!.label).toHaveLength(78);
    expect(b.remaining).toBe(0);
  });
});
