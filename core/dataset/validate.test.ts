// Each rule the build enforces fails the build on a small bad dataset (and a good one passes).
import { describe, expect, it } from 'vitest';
import { validateData } from './validate';

const src = { id: 'src:t-a', publisher: 'Test', title: 'A test source' };
const ent = (over: Record<string, unknown> = {}) => ({
  id: 'place:almaty',
  type: 'place',
  names: { en: ['Almaty'], ru: ['Алматы'] },
  description: { en: 'City' },
  sources: ['src:t-a'],
  asOf: '2026-01-01',
  ...over,
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
    const r = run({
      sources: [src],
      entities: [
        ent({ wikidata: 'Q35493' }),
        ent({ id: 'place:astana', names: { en: ['Astana'] }, wikidata: 'Q35493' }),
      ],
    });
    expect(r.errors.join()).toMatch(/Wikidata Q35493 is on both/);
  });
  it('fails on a fact, figure or claim without a source, or citing an undefined one', () => {
    expect(
      run({ sources: [src], entities: [ent({ facts: [{ text: 'Largest city', asOf: '2024' }] })] }).errors.join(),
    ).toMatch(/sources/);
    expect(
      run({
        sources: [src],
        entities: [ent({ facts: [{ text: 'Largest city', asOf: '2024', sources: [] }] })],
      }).errors.join(),
    ).toMatch(/at least one source/);
    expect(run({ sources: [src], entities: [ent({ sources: ['src:t-missing'] })] }).errors.join()).toMatch(
      /undefined source src:t-missing/,
    );
    const fig = {
      id: 'fig:x-killed',
      event: 'place:almaty',
      measure: 'killed',
      value: 3,
      asOf: '2022-01-10',
      status: 'official',
    };
    expect(run({ sources: [src], entities: [ent()], figures: [fig] }).errors.join()).toMatch(
      /fig:x-killed: schema: sources/,
    );
    const claim = {
      id: 'claim:x',
      text: { en: 'x' },
      cues: { en: ['x'] },
      status: 'disputed',
      context: { text: 'c', sources: ['src:t-a'] },
    };
    expect(run({ sources: [src], claims: [claim] }).errors.join()).toMatch(/claim:x: schema: sources/);
  });
  it("checks an outlet's owner: an entity or a text, a known entity, defined sources", () => {
    const outlet = (owner: unknown) =>
      ent({ id: 'media:x', type: 'media', names: { en: ['X News'] }, description: { en: 'Outlet' }, owner });
    const ok = run({
      sources: [src],
      entities: [ent(), outlet({ entity: 'place:almaty', asOf: '2025', sources: ['src:t-a'] })],
    });
    expect(ok.errors).toEqual([]);
    const text = run({
      sources: [src],
      entities: [outlet({ text: { en: 'A foundation' }, asOf: '2025', sources: ['src:t-a'] })],
    });
    expect(text.errors).toEqual([]);
    const neither = run({ sources: [src], entities: [outlet({ asOf: '2025', sources: ['src:t-a'] })] });
    expect(neither.errors.join()).toMatch(/media:x: schema: .*owner needs an entity or a text/);
    const dangling = run({
      sources: [src],
      entities: [outlet({ entity: 'org:nobody', asOf: '2025', sources: ['src:t-b'] })],
    });
    expect(dangling.errors.join()).toMatch(/owner\.entity refers to unknown org:nobody/);
    expect(dangling.errors.join()).toMatch(/cites undefined source src:t-b/);
  });
  it('fails on dangling references (warnings only in partial mode)', () => {
    const bad = { sources: [src], entities: [ent({ country: 'place:kazakhstan' })] };
    expect(run(bad).errors.join()).toMatch(/country refers to unknown place:kazakhstan/);
    const partial = validateData([{ path: 'f.json', json: bad }], { partial: true });
    expect(partial.errors).toEqual([]);
    expect(partial.warnings.join()).toMatch(/place:kazakhstan/);
    // a source kept in another folder is a warning too when checking one folder alone
    const elsewhere = { sources: [src], entities: [ent({ sources: ['src:t-other'] })] };
    expect(run(elsewhere).errors.join()).toMatch(/cites undefined source src:t-other/);
    const one = validateData([{ path: 'f.json', json: elsewhere }], { partial: true });
    expect(one.errors).toEqual([]);
    expect(one.warnings.join()).toMatch(/cites undefined source src:t-other/);
    const role = { title: 'Mayor', office: 'office:kz-nothing', sources: ['src:t-a'] };
    expect(
      run({
        sources: [src],
        entities: [ent({ id: 'person:a-b', type: 'person', names: { en: ['A B'] }, roles: [role] })],
      }).errors.join(),
    ).toMatch(/office:kz-nothing/);
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
    expect(run({ sources: [src], entities: [ent({ type: 'person' })] }).errors.join()).toMatch(
      /must start with person:/,
    );
  });
});

describe('validateData on bad files (issue 13.9)', () => {
  const person = ent({ id: 'person:a-b', type: 'person', names: { en: ['A B'] }, country: 'place:almaty' });
  it('rejects a file whose top level is an array, naming the file', () => {
    const r = validateData([{ path: 'data/kz/people/x.json', json: [{ entities: [ent()] }] }]);
    expect(r.errors).toEqual([
      expect.stringMatching(/^data\/kz\/people\/x\.json: the top level must be an object.*not an array/),
    ]);
    expect(r.data.entities.size).toBe(0);
    expect(validateData([{ path: 'n.json', json: null }]).errors.join()).toMatch(/^n\.json: .*not null/);
    expect(validateData([{ path: 's.json', json: 'entities' }]).errors.join()).toMatch(/not a string/);
  });
  it('rejects a collection that is not an array and an unknown top-level key', () => {
    expect(run({ entities: { 'place:almaty': ent() } }).errors.join()).toMatch(
      /f0\.json: entities must be an array of records, not a object/,
    );
    expect(run({ sources: [src], people: [] }).errors.join()).toMatch(/f0\.json: unknown top-level key "people"/);
  });
  it('names the file and the record id in schema errors, not an index', () => {
    const r = run({
      sources: [src],
      entities: [ent(), ent({ id: 'place:astana', names: { en: ['Astana'] }, asOf: 'soon' })],
    });
    expect(r.errors).toEqual([expect.stringMatching(/^f0\.json: place:astana: schema: asOf: date must be YYYY/)]);
    expect(r.errors.join()).not.toMatch(/entities\.1/);
    // a record without an id is named by its place in the file
    expect(run({ sources: [src], entities: [{ type: 'place' }] }).errors.join()).toMatch(
      /f0\.json: entities\[0\] \(no id\): schema/,
    );
    // the good records of the file still load
    expect(r.data.entities.has('place:almaty')).toBe(true);
  });
  it('does not cascade "refers to unknown" errors from a record that failed the schema', () => {
    const badPlace = ent({ asOf: 'soon' });
    const refs = Array.from({ length: 60 }, (_, i) => ({
      ...person,
      id: `person:a-b${i}`,
      names: { en: [`A B${i}`] },
    }));
    const r = run({ sources: [src], entities: [badPlace] }, { entities: refs });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatch(/f0\.json: place:almaty: schema: asOf/);
    expect(r.warnings.join()).toMatch(/60 reference\(s\) to ids that did not load/);
  });
  it('does not cascade from a file that is not JSON or not an object', () => {
    const refs = { entities: [person] };
    const notJson = validateData([
      { path: 'p.json', json: undefined, parseError: 'Unexpected token' },
      { path: 'q.json', json: refs },
    ]);
    expect(notJson.errors).toEqual(['p.json: not valid JSON: Unexpected token']);
    const arr = validateData([
      { path: 'p.json', json: [src] },
      { path: 'q.json', json: refs },
    ]);
    expect(arr.errors).toHaveLength(1);
    expect(arr.errors[0]).toMatch(/^p\.json: the top level must be an object/);
    // with nothing failing to load, a dangling reference is still an error
    expect(run({ sources: [src], entities: [person] }).errors.join()).toMatch(/country refers to unknown place:almaty/);
  });
  it('reads the dataset asOf once', () => {
    expect(run({ asOf: '2026-12' }).data.asOf).toBe('2026-12');
    expect(run({ asOf: '2026-12' }, { asOf: '2026-11' }).errors.join()).toMatch(/asOf is declared twice/);
    expect(run({ asOf: '2026-13' }).errors.join()).toMatch(/asOf: must be YYYY-MM/);
  });
});
