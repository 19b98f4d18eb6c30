// dataset:report on the real data/: --json carries the rule counts and coverage fields the issue asks
// for, consistent with each other; --list keeps its tab-separated format; --stale lists offices.
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
});
