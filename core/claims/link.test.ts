// linkClaims: same / differs / earlier / later against reviewed figures, with reader notes;
// detectKnownClaims: folded cue search gated by the event or a claimant, status and context.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { Figure, KnownClaim } from '../dataset/schema';
import type { ClaimHit, EntityHit, EventHit } from '../types';
import { detectKnownClaims, fmt, linkClaims, readableDate } from './link';
import { extractClaims } from './extract';

const EVENT = 'event:kz-january-2022-unrest';
const fig = (o: Partial<Figure> & Pick<Figure, 'id' | 'measure' | 'asOf'>): Figure =>
  v.parse(Figure, { event: EVENT, status: 'official', sources: ['src:test'], ...o });

const figures: Figure[] = [
  fig({
    id: 'fig:kz-mvd-security-killed-0110',
    measure: 'killed',
    value: 17,
    subject: 'security personnel',
    asOf: '2022-01-10',
    statedBy: 'org:kz-interior-ministry',
  }),
  fig({
    id: 'fig:kz-mvd-security-injured-0110',
    measure: 'injured',
    min: 1300,
    subject: 'security personnel',
    asOf: '2022-01-10',
    statedBy: 'org:kz-interior-ministry',
  }),
  fig({
    id: 'fig:kz-total-killed-0115',
    measure: 'killed',
    value: 225,
    asOf: '2022-01-15',
    statedByText: "Prosecutor General's Office",
  }),
  fig({
    id: 'fig:kz-total-killed-2022-08',
    measure: 'killed',
    value: 238,
    asOf: '2022-08',
    statedByText: "Prosecutor General's Office",
  }),
  fig({
    id: 'fig:kz-total-killed-0109',
    measure: 'killed',
    value: 164,
    asOf: '2022-01-09',
    statedByText: 'Ministry of Health',
    status: 'retracted',
  }),
  fig({
    id: 'fig:kz-detained-0111',
    measure: 'detained',
    value: 9900,
    asOf: '2022-01-11',
    statedByText: 'Interior Ministry',
  }),
];
const events: EventHit[] = [
  { id: 'event:other', name: 'Other', score: 0.2 },
  { id: EVENT, name: 'January 2022 unrest', score: 0.9 },
];
const ministry: EntityHit = {
  id: 'org:kz-interior-ministry',
  name: 'Ministry of Internal Affairs of Kazakhstan',
  type: 'organisation',
  mentions: [],
};
const hit = (o: Partial<ClaimHit>): ClaimHit => ({ start: 0, end: 2, text: '17', kind: 'figure', links: [], ...o });

describe('linkClaims', () => {
  const ctx = { events, figures, pageDate: '2022-01-12', entities: [ministry] };

  it('links a repeated official figure as same, and lists later totals in the note', () => {
    const [c] = linkClaims(
      [hit({ measure: 'killed', value: 17, subject: 'security personnel', date: '2022-01-12' })],
      ctx,
    );
    // a partial count (security personnel) is read against the later overall totals too
    expect(c!.links).toEqual([
      {
        id: 'fig:kz-mvd-security-killed-0110',
        relation: 'same',
        note: "Same as the Ministry of Internal Affairs of Kazakhstan figure of 10 Jan 2022; later official totals: 225 (15 Jan 2022, Prosecutor General's Office), 238 (Aug 2022, Prosecutor General's Office).",
      },
      {
        id: 'fig:kz-total-killed-0115',
        relation: 'later',
        note: "Later: 225 (15 Jan 2022, Prosecutor General's Office).",
      },
      {
        id: 'fig:kz-total-killed-2022-08',
        relation: 'later',
        note: "Later: 238 (Aug 2022, Prosecutor General's Office).",
      },
    ]);
  });

  it('compares a total with the window and with later official totals', () => {
    const [c] = linkClaims([hit({ measure: 'killed', value: 44, date: '2022-01-12' })], ctx);
    expect(c!.links.map((l) => [l.id, l.relation])).toEqual([
      ['fig:kz-total-killed-0109', 'differs'],
      ['fig:kz-total-killed-0115', 'later'],
      ['fig:kz-total-killed-2022-08', 'later'],
    ]);
    expect(c!.links[0]!.note).toBe(
      "Differs from the Ministry of Health figure of 164 (9 Jan 2022); later official totals: 225 (15 Jan 2022, Prosecutor General's Office), 238 (Aug 2022, Prosecutor General's Office).",
    );
    expect(c!.links[1]!.note).toBe("Later: 225 (15 Jan 2022, Prosecutor General's Office).");
  });

  it('treats "more than 1300" as the same as a figure given as a minimum of 1300', () => {
    const [c] = linkClaims(
      [hit({ measure: 'injured', value: 1300, approx: 'more-than', subject: 'security personnel' })],
      ctx,
    );
    expect(c!.links[0]).toMatchObject({ id: 'fig:kz-mvd-security-injured-0110', relation: 'same' });
  });

  it('matches "about" within five per cent', () => {
    const [c] = linkClaims([hit({ measure: 'detained', value: 10000, approx: 'about' })], ctx);
    expect(c!.links[0]).toMatchObject({ id: 'fig:kz-detained-0111', relation: 'same' });
  });

  it('points to the latest earlier figure when nothing is near the page date', () => {
    const [c] = linkClaims([hit({ measure: 'killed', value: 230, date: '2022-06-01' })], {
      ...ctx,
      pageDate: '2022-06-01',
    });
    expect(c!.links.map((l) => l.relation)).toEqual(['earlier', 'later']);
    expect(c!.links[0]!.note).toMatch(/^The latest figure before it: 225 \(15 Jan 2022/);
  });

  it('leaves links empty when the dataset has nothing on it (the card shows "no context yet")', () => {
    const claims = [
      hit({ measure: 'evacuated', value: 500 }),
      hit({ measure: 'killed', value: 17, subject: 'civilians' }),
    ];
    expect(linkClaims(claims, ctx).map((c) => c.links)).toEqual([[], []]);
    expect(linkClaims(claims, { ...ctx, events: [] })).toBe(claims);
  });

  it('passes quotes and statements through', () => {
    const q = hit({ kind: 'quote', text: '«…»' });
    expect(linkClaims([q], ctx)[0]).toBe(q);
  });

  it('works on extracted figures end to end', () => {
    const text = 'По данным МВД, погибли 17 сотрудников силовых структур.';
    const mvd = { ...ministry, mentions: [{ start: 10, end: 13, text: 'МВД' }] };
    const claims = extractClaims(text, 'ru', { pageDate: '2022-01-12', entities: [mvd] });
    const [f] = linkClaims(
      claims.filter((c) => c.kind === 'figure'),
      { ...ctx, entities: [mvd] },
    );
    expect(f!.links[0]!.relation).toBe('same');
  });
});

describe('detectKnownClaims', () => {
  const coup = v.parse(KnownClaim, {
    id: 'claim:kz-2022-coup-attempt',
    event: EVENT,
    text: { en: 'The unrest was an attempted coup' },
    claimedBy: ['person:kassym-jomart-tokayev'],
    cues: {
      en: ['attempted coup', 'coup attempt'],
      ar: ['محاولة انقلاب', 'محاولة تنفيذ انقلاب'],
      ru: ['попытк* государственного переворота', 'попытк* переворота'],
    },
    status: 'disputed',
    context: {
      text: 'No evidence of a coup plot has been made public; the trials concerned individual officials.',
      sources: ['src:test'],
    },
    sources: ['src:test'],
  });
  const tokayev: EntityHit = {
    id: 'person:kassym-jomart-tokayev',
    name: 'Kassym-Jomart Tokayev',
    type: 'person',
    mentions: [],
  };

  it('finds folded cues (case, diacritics, Arabic letter forms, inflection) and maps the span back', () => {
    const text = 'وأكد توكاييف أن مُحاولةَ تنفيذ انقلاب باءت بالفشل.';
    const hits = detectKnownClaims(text, 'ar', [coup], {
      entities: [{ ...tokayev, mentions: [{ start: 5, end: 12, text: 'توكاييف' }] }],
      events,
    });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.text).toBe('مُحاولةَ تنفيذ انقلاب');
    expect(hits[0]).toMatchObject({ kind: 'known-claim', attributedTo: { id: 'person:kassym-jomart-tokayev' } });
    expect(hits[0]!.links).toEqual([
      { id: 'claim:kz-2022-coup-attempt', relation: 'known-claim', note: `Disputed: ${coup.context.text}` },
    ]);
  });

  it('handles Russian case endings through * cues', () => {
    const text = 'Токаев назвал события попыткой государственного переворота.';
    const hits = detectKnownClaims(text, 'ru', [coup], { entities: [], events });
    expect(hits.map((h) => h.text)).toEqual(['попыткой государственного переворота']);
  });

  it('needs the event or a claimant in the text', () => {
    const text = 'It was a coup attempt, he said.';
    expect(detectKnownClaims(text, 'en', [coup], { entities: [], events: [] })).toEqual([]);
    expect(detectKnownClaims(text, 'en', [coup], { entities: [tokayev], events: [] })).toHaveLength(1);
  });

  it('does not match inside other words', () => {
    expect(detectKnownClaims('A recoup attempted coupling.', 'en', [coup], { entities: [], events })).toEqual([]);
  });
});

describe('readableDate', () => {
  it('writes dates for a reader at the precision given', () => {
    expect([readableDate('2022-01-05'), readableDate('2022-08'), readableDate('2022')]).toEqual([
      '5 Jan 2022',
      'Aug 2022',
      '2022',
    ]);
  });
});

describe('fmt', () => {
  it('writes numbers as en-US toLocaleString does, without loading ICU for plain ones', () => {
    const xs = [0, -0, 1, 7, 12, 999, 1000, -1000, 1234.5, 12345.678, 0.25, 1e6, 123456789, 2.5e-7, 1e21, 1.23456];
    for (const n of xs) expect(fmt(n)).toBe(n.toLocaleString('en-US'));
    expect(fmt(1234567)).toBe('1,234,567');
  });
});
