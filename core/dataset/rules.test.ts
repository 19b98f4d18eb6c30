// Each editorial rule fires on a small dataset that breaks it, names the file and record, and stays
// quiet on one that keeps it; pending rules become warnings with a count.
import { describe, expect, it } from 'vitest';
import { checkRules, isHomePage, monthsBetween, ruleOutcome, type RuleId } from './rules';
import { validateData } from './validate';

const src = {
  id: 'src:t-a',
  url: 'https://example.org/news/2026/a-page',
  publisher: 'Test',
  title: 'A page',
  kind: 'other',
};
const person = (roles: unknown[], id = 'person:a-b') => ({
  id,
  type: 'person',
  names: { en: [id] },
  description: { en: 'x' },
  sources: ['src:t-a'],
  asOf: '2026',
  roles,
});
const office = (over: Record<string, unknown> = {}) => ({
  id: 'office:kz-akim-almaty',
  names: { en: ['Akim of Almaty'] },
  sources: ['src:t-a'],
  checked: '2026-10',
  ...over,
});
const role = (over: Record<string, unknown> = {}) => ({
  title: 'Akim of Almaty',
  office: 'office:kz-akim-almaty',
  start: '2022-01',
  sources: ['src:t-a'],
  ...over,
});
const claim = (over: Record<string, unknown> = {}) => ({
  id: 'claim:x-y',
  text: { en: 'x' },
  cues: { en: ['x'] },
  status: 'disputed',
  context: { text: 'c', sources: ['src:t-a'] },
  sources: ['src:t-a'],
  ...over,
});

function violations(file: Record<string, unknown>, asOf = '2026-12') {
  const { errors, data } = validateData([
    { path: 'data/kz/x.json', json: { sources: [src], ...file } },
    { path: 'data/dataset.json', json: { asOf } },
  ]);
  expect(errors).toEqual([]);
  return checkRules(data);
}
const rules = (v: { rule: RuleId }[]) => v.map((x) => x.rule);

describe('checkRules', () => {
  it('passes a dataset that keeps every rule', () => {
    expect(
      violations({
        offices: [office()],
        entities: [person([role()])],
        claims: [claim({ claimedByText: { en: 'State media' } })],
      }),
    ).toEqual([]);
  });
  it('role-start: a role without a start date, named by file and person', () => {
    const v = violations({ entities: [person([{ title: 'Ambassador', sources: ['src:t-a'] }])] });
    expect(v).toEqual([
      { file: 'data/kz/x.json', id: 'person:a-b', rule: 'role-start', message: expect.stringMatching(/Ambassador/) },
    ]);
  });
  it('office-open-holders: two open-ended holders of one seat, unless the office has seats', () => {
    const two = [person([role()]), person([role({ start: '2023' })], 'person:c-d')];
    const v = violations({ offices: [office()], entities: two });
    expect(rules(v)).toEqual(['office-open-holders']);
    expect(v[0]!.message).toMatch(/person:a-b, person:c-d/);
    expect(violations({ offices: [office({ seats: 2 })], entities: two })).toEqual([]);
    // an ended role is not open-ended
    expect(
      violations({ offices: [office()], entities: [person([role()]), person([role({ end: '2023' })], 'person:c-d')] }),
    ).toEqual([]);
  });
  it('claim-claimant: a claim with neither claimedBy nor claimedByText', () => {
    expect(rules(violations({ claims: [claim()] }))).toEqual(['claim-claimant']);
    expect(violations({ entities: [person([])], claims: [claim({ claimedBy: ['person:a-b'] })] })).toEqual([]);
  });
  it('source-url: a home page or no URL, unless a reason is given', () => {
    const home = { ...src, id: 'src:t-home', url: 'https://www.akorda.kz/en/' };
    expect(violations({ sources: [home] })).toEqual([
      expect.objectContaining({ id: 'src:t-home', rule: 'source-url' }),
    ]);
    expect(rules(violations({ sources: [{ ...src, url: undefined }] }))).toEqual(['source-url']);
    expect(violations({ sources: [{ ...home, reason: 'the registry has no page per record' }] })).toEqual([]);
  });
  it('source-kind: a source without a kind', () => {
    expect(rules(violations({ sources: [{ ...src, kind: undefined }] }))).toEqual(['source-kind']);
  });
  it('office-checked: an office with a current holder needs a checked month within 12 months of asOf', () => {
    const held = [person([role()])];
    expect(rules(violations({ offices: [office({ checked: undefined })], entities: held }))).toEqual([
      'office-checked',
    ]);
    expect(rules(violations({ offices: [office({ checked: '2025-12' })], entities: held }))).toEqual([
      'office-checked',
    ]);
    expect(violations({ offices: [office({ checked: '2026-01' })], entities: held })).toEqual([]);
    expect(rules(violations({ offices: [office({ checked: '2027-01' })], entities: held }))).toEqual([
      'office-checked',
    ]);
    // an office nobody holds now needs no check
    expect(
      violations({ offices: [office({ checked: undefined })], entities: [person([role({ end: '2024' })])] }),
    ).toEqual([]);
  });
});

describe('helpers', () => {
  it('tells a home page from a specific page', () => {
    for (const u of [
      'https://akorda.kz',
      'https://akorda.kz/',
      'https://www.gov.kz/ru/',
      'https://x.uz/index.php',
      'https://x.kz/en-us/',
    ]) {
      expect(isHomePage(u), u).toBe(true);
    }
    for (const u of [
      'https://akorda.kz/en/news/1',
      'https://x.uz/?p=123',
      'https://en.wikipedia.org/wiki/Astana',
      'not a url',
    ]) {
      expect(isHomePage(u), u).toBe(false);
    }
  });
  it('counts months', () => {
    expect(monthsBetween('2025-12', '2026-12')).toBe(12);
    expect(monthsBetween('2026-01', '2026-12')).toBe(11);
    expect(monthsBetween('2026-12', '2026-11')).toBe(-1);
  });
  it('makes violations of enforced rules errors and summarises pending ones', () => {
    const v = [
      { file: 'f.json', id: 'src:t-a', rule: 'source-kind' as const, message: 'has no kind' },
      { file: 'g.json', id: 'claim:x', rule: 'claim-claimant' as const, message: 'no claimant' },
    ];
    const o = ruleOutcome(v, ['claim-claimant']);
    expect(o.errors).toEqual([expect.stringMatching(/^f\.json: src:t-a: has no kind \[rule source-kind/)]);
    expect(o.warnings).toEqual([expect.stringMatching(/pending rule claim-claimant .*1 violation/)]);
    expect(o.counts['claim-claimant']).toBe(1);
  });
});
