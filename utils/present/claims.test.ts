// Claim groups on a page shaped like the seed: a known claim stated in three sentences appears once
// with its three sentences; figures of one measure form one series group; unlinked statements are
// listed once; verdicts from relations; the series table places the page's figure at its date.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../core/dataset/schema';
import type { ClaimSummary } from '../protocol';
import { claimVerdict, figureValue, figureVerdict, groupClaims, seriesRows } from './claims';

const known = (text: string, sentence?: string): ClaimSummary => ({
  text,
  kind: 'known-claim',
  links: [{ id: 'claim:peacekeeping', relation: 'known-claim', note: '' }],
  ...(sentence ? { sentence } : {}),
});
const CLAIMS: ClaimSummary[] = [
  { text: 'The president said the peacekeepers would leave.', kind: 'statement', links: [] },
  known('peacekeepers'),
  {
    text: 'within two days',
    kind: 'figure',
    measure: 'duration',
    value: 2,
    links: [{ id: 'claim:withdrawal', relation: 'context', note: '' }],
    sentence: 'They leave within two days.',
  },
  known('peacekeeping mission', 'The speaker praised the peacekeeping mission.'),
  known('peacekeepers', 'Peacekeepers came at our request, he said.'),
  {
    text: '17',
    kind: 'figure',
    measure: 'killed',
    value: 17,
    links: [
      { id: 'fig:k-17', relation: 'same', note: '' },
      { id: 'fig:k-19', relation: 'later', note: '' },
    ],
    sentence: '17 officers were killed.',
  },
  {
    text: 'more than 1300',
    kind: 'figure',
    measure: 'injured',
    value: 1300,
    approx: 'more-than',
    links: [{ id: 'fig:i-1300', relation: 'same', note: '' }],
    sentence: 'More than 1300 were hurt.',
  },
  {
    text: 'about 1000',
    kind: 'figure',
    measure: 'injured',
    value: 1000,
    approx: 'about',
    links: [{ id: 'fig:i-4353', relation: 'later', note: '' }],
    sentence: 'About 1000 were hurt.',
  },
  { text: 'Nothing is known yet about the toll.', kind: 'statement', links: [] },
  { text: 'Nothing is known yet about the toll.', kind: 'statement', links: [] },
];

describe('groupClaims', () => {
  const { groups, other } = groupClaims(CLAIMS);
  it('groups a repeated known claim once, with every sentence stating it', () => {
    const g = groups.find((x) => x.key === 'claim:peacekeeping')!;
    expect(groups.filter((x) => x.key === 'claim:peacekeeping')).toHaveLength(1);
    expect(g.hits).toHaveLength(3);
    expect(g.sentences).toEqual([
      'The president said the peacekeepers would leave.',
      'The speaker praised the peacekeeping mission.',
      'Peacekeepers came at our request, he said.',
    ]);
  });
  it('puts figures of one measure in one series group, loading the matching figure', () => {
    expect(groups.map((g) => g.key)).toEqual([
      'claim:peacekeeping',
      'claim:withdrawal',
      'figure:killed',
      'figure:injured',
    ]);
    const injured = groups.find((g) => g.key === 'figure:injured')!;
    expect(injured.id).toBe('fig:i-1300');
    expect(injured.relations).toEqual({ 'fig:i-1300': 'same', 'fig:i-4353': 'later' });
    expect(injured.sentences).toHaveLength(2);
  });
  it('lists the other statements once, without those already under a group', () => {
    expect(other.map((c) => c.text)).toEqual(['Nothing is known yet about the toll.']);
  });
});

const fig = (
  id: string,
  value: number | undefined,
  asOf: string,
  status: Figure['status'] = 'official',
  min?: number,
): Figure => ({
  id,
  event: 'event:x',
  measure: 'killed',
  ...(value !== undefined ? { value } : {}),
  ...(min !== undefined ? { min } : {}),
  asOf,
  status,
  sources: ['src:a'],
});
const SERIES = [
  fig('fig:k-8', 8, '2022-01-05', 'superseded'),
  fig('fig:k-17', 17, '2022-01-10', 'superseded'),
  fig('fig:k-19', 19, '2022-01-15'),
];

describe('verdicts', () => {
  it('says later figures differ when a later one is linked, naming the best-sourced one', () => {
    expect(figureVerdict({ 'fig:k-17': 'same', 'fig:k-19': 'later' }, SERIES)).toEqual({
      verdict: 'later-differs',
      basis: SERIES[2],
    });
  });
  it('is consistent on a match alone, disputed on other figures only, no record otherwise', () => {
    expect(figureVerdict({ 'fig:k-17': 'same' }, SERIES).verdict).toBe('consistent');
    expect(figureVerdict({ 'fig:k-8': 'differs' }, SERIES).verdict).toBe('disputed');
    expect(figureVerdict({}, SERIES).verdict).toBe('no-record');
  });
  it('words a known claim from its status with the first sentence of its context', () => {
    const v = claimVerdict({
      id: 'claim:x',
      text: { en: 'x' },
      cues: {},
      status: 'disputed',
      sources: ['src:a'],
      context: { text: 'No evidence was published. Trials were closed.', sources: ['src:a'] },
    });
    expect(v).toEqual({ verdict: 'disputed', why: 'No evidence was published.' });
  });
});

describe('series table', () => {
  it('places the page figure at the page date and marks relations', () => {
    const label = (rows: ReturnType<typeof seriesRows>) =>
      rows.map((r) =>
        r.kind === 'page' ? `PAGE ${r.hit.value}` : `${r.figure.value}${r.relation ? `:${r.relation}` : ''}`,
      );
    expect(label(seriesRows(SERIES, { 'fig:k-17': 'differs' }, [CLAIMS[5]!], '2022-01-12'))).toEqual([
      '8',
      '17:differs',
      'PAGE 17',
      '19',
    ]);
    // the page's 17 is the recorded 17 it matches: one row, marked
    expect(label(seriesRows(SERIES, { 'fig:k-17': 'same' }, [CLAIMS[5]!], '2022-01-12'))).toEqual([
      '8',
      '17:same',
      '19',
    ]);
  });
  it('writes a floor as "at least", never an open range', () => {
    expect(figureValue({ min: 100 })).toEqual({ n: 100, approx: 'at-least' });
    expect(figureValue({ min: 1, max: 3 })).toEqual({ range: [1, 3] });
  });
});
