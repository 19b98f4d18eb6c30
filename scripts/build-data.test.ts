// `npm run data -- --partial DIR` on folders of bad files written for the test: each is named in one
// error line and the build exits 1; the references it would have broken are not reported again
// (one summary warning instead).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
mkdirSync(join(root, '.tmp'), { recursive: true });
const dir = mkdtempSync(join(root, '.tmp', 'build-data-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const src = { id: 'src:t-a', url: 'https://example.org/a/page', publisher: 'Test', title: 'A page', kind: 'other' };
const person = (i: number) => ({
  id: `person:test-person-${i}`,
  type: 'person',
  names: { en: [`Test Person ${i}`] },
  description: { en: 'x' },
  sources: ['src:t-a'],
  asOf: '2026',
  country: 'place:testland',
});
/** A folder with one bad file defining place:testland and a good file of 30 people who refer to it. */
function build(name: string, bad: string): { status: number | null; stderr: string } {
  const d = join(dir, name);
  mkdirSync(d);
  writeFileSync(join(d, 'a-bad.json'), bad);
  writeFileSync(
    join(d, 'b-people.json'),
    JSON.stringify({ sources: [src], entities: Array.from({ length: 30 }, (_, i) => person(i)) }),
  );
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-data.ts', '--partial', d], {
    cwd: root,
    encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr };
}
const errorLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('error: '));

describe('npm run data on bad files', () => {
  it('names a file whose top level is an array', () => {
    const r = build('array', JSON.stringify([{ entities: [] }]));
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(/a-bad\.json: the top level must be an object.*not an array/),
    ]);
    // the 30 people referring to the country it failed to define: one summary, not 30 lines
    expect(r.stderr).toMatch(
      /warning: 30 reference\(s\) to ids that did not load not reported: fix .*a-bad\.json first/,
    );
    expect(r.stderr).not.toMatch(/refers to unknown place:testland/);
  }, 60_000);
  it('names a file that is not JSON', () => {
    const r = build('not-json', '{ "entities": [ ');
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/a-bad\.json: not valid JSON/)]);
  }, 60_000);
  it('names the record id of a schema error, once', () => {
    const place = {
      id: 'place:testland',
      type: 'place',
      names: { en: ['Testland'] },
      description: { en: 'x' },
      sources: ['src:t-a'],
      asOf: 'soon',
    };
    const r = build('schema', JSON.stringify({ sources: [src], entities: [place] }));
    expect(r.status).toBe(1);
    expect(errorLines(r.stderr)).toEqual([
      expect.stringMatching(/a-bad\.json: place:testland: schema: asOf: date must be/),
    ]);
  }, 60_000);
});
