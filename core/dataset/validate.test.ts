// Each rule the build enforces fails the build on a small bad dataset (and a good one passes).
import { describe, expect, it } from 'vitest';
import { validateData } from './validate';

const src = { id: 'src:t-a', publisher: 'Test', title: 'A test source' };
const ent = (over: Record<string, unknown> = {}) => ({
  id: 'place:almaty', type: 'place', names: { en: ['Almaty'], ru: ['Алматы'] }, description: { en: 'City' },
  sources: ['src:t-a'], asOf: '2026-01-01', ...over,
});
const run = (...files: unknown[]) => validateData(files.map((json, i) => ({ path: `f${i}.json`, json })));

describe('validateData', () => {
  it('accepts a good dataset', () => {
    const r = run({ sources: [src], entities: [ent(), ent({ id: 'place:astana', names: { en: ['Astana'] } })] });
    expect(r.errors).toEqual([]);
    expect(r.data.entities.size).toBe(2);
  });
  it('fails on schema errors', () => {
    const r = run({ sources: [src], entities: [ent({ type: 'planet' })], extra: 1 });
    expect(r.errors.some((e) => e.includes('schema'))).toBe(true);
    expect(run({ sources: [src], entities: [ent({ names: { ru: ['Алматы'] } })] }).errors.join()).toMatch(/names\.en/);
    expect(run({ sources: [src], entities: [ent({ asOf: 'yesterday' })] }).errors.join()).toMatch(/YYYY/);
  });
  it('fails on duplicate ids, across files too', () => {
    const r = run({ sources: [src], entities: [ent()] }, { entities: [ent({ names: { en: ['Alma-Ata'] } })] });
    expect(r.errors.join()).toMatch(/duplicate id place:almaty/);
  });
  it('fails when one Wikidata id is on two records', () => {
    const r = run({ sources: [src], entities: [ent({ wikidata: 'Q35493' }), ent({ id: 'place:astana', names: { en: ['Astana'] }, wikidata: 'Q35493' })] });
    expect(r.errors.join()).toMatch(/Wikidata Q35493 is on both/);
  });
  it('fails on a fact, figure or claim without a source, or citing an undefined one', () => {
    expect(run({ sources: [src], entities: [ent({ facts: [{ text: 'Largest city', asOf: '2024' }] })] }).errors.join()).toMatch(/sources/);
    expect(run({ sources: [src], entities: [ent({ facts: [{ text: 'Largest city', asOf: '2024', sources: [] }] })] }).errors.join()).toMatch(/at least one source/);
    expect(run({ sources: [src], entities: [ent({ sources: ['src:t-missing'] })] }).errors.join()).toMatch(/undefined source src:t-missing/);
    const fig = { id: 'fig:x-killed', event: 'place:almaty', measure: 'killed', value: 3, asOf: '2022-01-10', status: 'official' };
    expect(run({ sources: [src], entities: [ent()], figures: [fig] }).errors.join()).toMatch(/figures/);
    const claim = { id: 'claim:x', text: { en: 'x' }, cues: { en: ['x'] }, status: 'disputed', context: { text: 'c', sources: ['src:t-a'] } };
    expect(run({ sources: [src], claims: [claim] }).errors.join()).toMatch(/claims/);
  });
  it('fails on dangling references (warnings only in partial mode)', () => {
    const bad = { sources: [src], entities: [ent({ country: 'place:kazakhstan' })] };
    expect(run(bad).errors.join()).toMatch(/country refers to unknown place:kazakhstan/);
    const partial = validateData([{ path: 'f.json', json: bad }], { partial: true });
    expect(partial.errors).toEqual([]);
    expect(partial.warnings.join()).toMatch(/place:kazakhstan/);
    const role = { title: 'Mayor', office: 'office:kz-nothing', sources: ['src:t-a'] };
    expect(run({ sources: [src], entities: [ent({ id: 'person:a-b', type: 'person', names: { en: ['A B'] }, roles: [role] })] }).errors.join()).toMatch(/office:kz-nothing/);
  });
  it('fails on alias collisions unless the entities are marked ambiguous', () => {
    const a = ent({ id: 'place:astana', names: { en: ['Astana'] } });
    const b = ent({ id: 'org:fc-astana', type: 'organisation', names: { en: ['FC Astana', 'Astana'] } });
    expect(run({ sources: [src], entities: [a, b] }).errors.join()).toMatch(/alias collision: "astana"/);
    // folding makes spelling variants collide too
    const c = ent({ id: 'place:astana-2', names: { en: ['ASTANA'] } });
    expect(run({ sources: [src], entities: [a, c] }).errors.join()).toMatch(/alias collision/);
    const ok = run({ sources: [src], entities: [{ ...a, ambiguousWith: ['org:fc-astana'] }, b] });
    expect(ok.errors).toEqual([]);
  });
  it('fails when an id does not match its type', () => {
    expect(run({ sources: [src], entities: [ent({ type: 'person' })] }).errors.join()).toMatch(/must start with person:/);
  });
});
