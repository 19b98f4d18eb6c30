// dataset:report on the real data/: --json carries the rule counts and coverage fields the issue asks
// for, consistent with each other; --list keeps its tab-separated format; --stale lists offices.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../core/dataset/schema';
import { coreReason, heldAt, languagesOf } from './lib/core-entities';

const root = resolve(import.meta.dirname, '..');
const run = (...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/dataset-report.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('dataset:report', () => {
  it('--json reports rule counts, kinds, Wikidata and entities by country', () => {
    const r = JSON.parse(run('--json'));
    for (const k of [
      'rolesWithoutStart',
      'officesWithSeveralOpenHolders',
      'claimsWithoutClaimant',
      'sourcesHomePageOnly',
      'stale',
    ]) {
      expect(Number.isInteger(r[k]), k).toBe(true);
    }
    expect(r.pctSourcesWithKind).toBeGreaterThanOrEqual(0);
    expect(r.pctSourcesWithKind).toBeLessThanOrEqual(100);
    expect(r.pctWithWikidata).toBeGreaterThan(0);
    const byCountry = Object.values(r.entitiesByCountry as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(byCountry).toBe(r.entities);
    expect(r.entitiesByCountry['place:kazakhstan']).toBeGreaterThan(0);
    const byKind = Object.values(r.sourcesByKind as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(byKind).toBe(r.sources);
    // Kazakh in Arabic script: generated forms counted apart from attested ones
    expect(r.generatedNames['kk-Arab'].forms).toBeGreaterThan(0);
    expect(r.generatedNames['kk-Arab'].attestedForms).toBe(r.namesByLang['kk-Arab']);
  }, 120_000);
  it('--list prints id, type, English name and Wikipedia title per entity; --stale one office per line', () => {
    const lines = run('--list').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.find((l) => l.startsWith('person:kassym-jomart-tokayev\t'))).toBe(
      'person:kassym-jomart-tokayev\tperson\tKassym-Jomart Tokayev\tKassym-Jomart Tokayev',
    );
    for (const l of run('--stale').trimEnd().split('\n').filter(Boolean)) {
      expect(l).toMatch(/^office:[a-z0-9-]+\t(never|\d{4}-\d{2})\t[^\t]*\tdata\/\S+\.json$/);
    }
  }, 120_000);
  it('--json counts core entities, by reason, and the share with names in >= 8 languages', () => {
    const r = JSON.parse(run('--json'));
    expect(r.coreEntities).toBeGreaterThan(100);
    const byReason = Object.values(r.coreByReason as Record<string, number>).reduce((a, b) => a + b, 0);
    expect(byReason).toBe(r.coreEntities);
    for (const k of ['country', 'region', 'capital-or-city', 'office-holder', 'organisation']) {
      expect(r.coreByReason[k], k).toBeGreaterThan(0);
    }
    const under = r.coreUnder8Languages as { id: string; languages: string[] }[];
    expect(under.every((u) => u.languages.length < 8)).toBe(true);
    const pct = Math.round((1000 * (r.coreEntities - under.length)) / r.coreEntities) / 10;
    expect(r.pctCoreWith8Languages).toBe(pct);
  }, 120_000);
});

const rec = (over: Partial<Entity>): Entity =>
  ({
    type: 'place',
    names: { en: ['X'] },
    description: { en: 'x' },
    sources: ['src:x'],
    asOf: '2026',
    ...over,
  }) as Entity;

describe('core entities', () => {
  it('counts languages, not scripts, and only attested names', () => {
    const e = rec({ id: 'place:x', names: { en: ['X'], 'kk-Cyrl': ['Х'], 'kk-Latn': ['X'], 'uz-Latn': ['X'] } });
    expect([...languagesOf(e)].sort()).toEqual(['en', 'kk', 'uz']);
  });
  it('a role is held in the asOf month when it started by then and had not ended before it', () => {
    expect(heldAt({ start: '2024-04-02' }, '2026-12')).toBe(true);
    expect(heldAt({ start: '2026-12-20' }, '2026-12')).toBe(true);
    expect(heldAt({ start: '2027-01' }, '2026-12')).toBe(false);
    expect(heldAt({ start: '2020', end: '2026-11-30' }, '2026-12')).toBe(false);
    expect(heldAt({ start: '2020', end: '2026' }, '2026-12')).toBe(true);
    expect(heldAt({}, '2026-12')).toBe(false);
  });
  it('applies the stated rule: present-day countries, regions and cities of the five, office holders, orgs', () => {
    const file = 'data/places/countries-asia.json';
    expect(coreReason(rec({ id: 'place:kazakhstan' }), file, '2026-12')).toBe('country');
    expect(coreReason(rec({ id: 'place:kazakh-ssr', end: '1991' }), file, '2026-12')).toBeUndefined();
    expect(coreReason(rec({ id: 'place:golden-horde', start: '1224' }), file, '2026-12')).toBeUndefined();
    expect(coreReason(rec({ id: 'place:senior-zhuz', country: 'place:kazakhstan' }), file, '2026-12')).toBeUndefined();
    const kz = { country: 'place:kazakhstan' };
    expect(coreReason(rec({ id: 'place:abai-region', ...kz }), 'data/kz/places/regions.json', '2026-12')).toBe(
      'region',
    );
    expect(coreReason(rec({ id: 'place:shu-district', ...kz }), 'data/kz/places/regions.json', '2026-12')).toBe(
      undefined,
    );
    expect(coreReason(rec({ id: 'place:moscow-region', country: 'place:russia' }), 'x', '2026-12')).toBeUndefined();
    expect(coreReason(rec({ id: 'place:almaty', ...kz }), 'data/kz/places/cities.json', '2026-12')).toBe(
      'capital-or-city',
    );
    const minister = (end?: string) =>
      rec({
        id: 'person:a-b',
        type: 'person',
        roles: [{ title: 'Minister', office: 'office:kz-foreign-minister', start: '2024', end, sources: ['src:x'] }],
      });
    expect(coreReason(minister(), 'data/kz/people/cabinet.json', '2026-12')).toBe('office-holder');
    expect(coreReason(minister('2025-02'), 'data/kz/people/cabinet.json', '2026-12')).toBeUndefined();
    const akim = rec({
      id: 'person:c-d',
      type: 'person',
      roles: [{ title: 'Akim', office: 'office:kz-akim-almaty', start: '2024', sources: ['src:x'] }],
    });
    expect(coreReason(akim, 'data/kz/people/regions.json', '2026-12')).toBeUndefined();
    expect(coreReason(rec({ id: 'org:csto', type: 'organisation' }), 'x', '2026-12')).toBe('organisation');
  });
});
