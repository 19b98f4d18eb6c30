// Anchoring to a page date: Tokayev-like roles on a January 2022 page, a dismissal after the page,
// facts after the page, and where the page falls in a timeline.
import { describe, expect, it } from 'vitest';
import { heldAt, splitFacts, splitRoles, timelineWithPage } from './anchor';

const ROLES = [
  { title: 'Prime Minister', start: '1999-10-01', end: '2002-01-28' },
  { title: 'Acting President', start: '2019-03-20', end: '2019-06-12' },
  { title: 'President', start: '2019-06-12' },
  { title: 'Security Council chair', start: '2022-01-05' },
  { title: 'Party chair', start: '2022-01-28', end: '2022-04-26' },
];

describe('splitRoles', () => {
  it('puts the offices held on the page date first, newest first', () => {
    const s = splitRoles(ROLES, '2022-01-12');
    expect(s.then.map((r) => r.title)).toEqual(['Security Council chair', 'President']);
    expect(s.earlier.map((r) => r.title)).toEqual(['Acting President', 'Prime Minister']);
    expect(s.later.map((l) => `${l.change} ${l.item.title} ${l.date}`)).toEqual([
      'started Party chair 2022-01-28',
      'ended Party chair 2022-04-26',
    ]);
  });
  it('reports a role held then that ended after the page as a later change', () => {
    const s = splitRoles([{ title: 'GKNB chairman', start: '2020-10', end: '2026-02-10' }], '2022-01-12');
    expect(s.then).toHaveLength(1);
    expect(s.later).toEqual([{ item: s.then[0], change: 'ended', date: '2026-02-10' }]);
  });
  it("does not list a term's scheduled end, after today, as something that happened", () => {
    const terms = [
      { title: 'Secretary General', start: '2020-01-01', end: '2022-12-31' },
      { title: 'Secretary General', start: '2026-01-01', end: '2028-12-31' },
    ];
    const s = splitRoles(terms, '2022-01-12', '2026-12-06');
    expect(s.later.map((l) => `${l.change} ${l.date}`)).toEqual(['ended 2022-12-31', 'started 2026-01-01']);
    // without `today` every end counts (exports and tests that fix no clock)
    expect(splitRoles(terms, '2022-01-12').later).toHaveLength(3);
  });
  it('treats a month-precise start as held within that month', () => {
    expect(heldAt({ start: '2022-01' }, '2022-01-01')).toBe(true);
    expect(heldAt({ end: '2021' }, '2022-01-01')).toBe(false);
  });
});

describe('splitFacts', () => {
  it('separates facts dated after the page', () => {
    const s = splitFacts(
      [{ asOf: '2026-03-16' }, { asOf: '2022-01-11' }, { asOf: '2022-11' }, { asOf: '2021' }],
      '2022-01-12',
    );
    expect(s.then.map((f) => f.asOf)).toEqual(['2022-01-11', '2021']);
    expect(s.later.map((f) => f.asOf)).toEqual(['2022-11', '2026-03-16']);
  });
});

describe('timelineWithPage', () => {
  it('marks where the page falls', () => {
    const rows = timelineWithPage(
      [{ date: '2022-01-19' }, { date: '2022-01-02' }, { date: '2022-01-11' }],
      '2022-01-12',
    );
    expect(rows.map((r) => (r.kind === 'page' ? 'PAGE' : r.date))).toEqual([
      '2022-01-02',
      '2022-01-11',
      'PAGE',
      '2022-01-19',
    ]);
    expect(rows.filter((r) => r.kind === 'item' && r.later)).toHaveLength(1);
  });
  it('puts the page last when everything came before', () => {
    expect(timelineWithPage([{ date: '2005' }], '2022-01-12').at(-1)).toEqual({ kind: 'page', date: '2022-01-12' });
  });
});
