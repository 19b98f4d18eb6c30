// The layout of data/ explains itself: every path and record named in README.md's "where does it go"
// table exists, every file sits in a documented place, and records live in the home the table gives
// them (by type and country). Reads data/ directly; touches nothing.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const CC: Record<string, string> = {
  'place:kazakhstan': 'kz',
  'place:kyrgyzstan': 'kg',
  'place:tajikistan': 'tj',
  'place:turkmenistan': 'tm',
  'place:uzbekistan': 'uz',
};
/** Where a file may live: the documented homes (README "where does it go"). */
const HOMES = [
  /^data\/(kz|kg|tj|tm|uz)\/people\/[a-z-]+\.json$/,
  /^data\/(kz|kg|tj|tm|uz)\/organisations\/(state|parties|companies|society)\.json$/,
  /^data\/(kz|kg|tj|tm|uz)\/places\/(cities|regions|facilities)\.json$/,
  /^data\/(kz|kg|tj|tm|uz|intl)\/(offices|sources)\.json$/,
  /^data\/intl\/(people|organisations)\/[a-z-]+\.json$/,
  /^data\/media\/(kz|kg|tj|tm|uz|intl|sources)\.json$/,
  /^data\/events\/(\d{4}-[a-z0-9-]+|sources)\.json$/,
  /^data\/dataset\.json$/,
  /^data\/places\/(countries-[a-z]+|cities-world|geo-land|geo-water|facilities|sources(-[a-z]+)?)\.json$/,
];
/** A batch name: a collection word with a number (people2, orgs2, slice3), as a path part or in an id. */
const BATCH = /(people|orgs|organisations|places|media|events|sources|slice|batch|part)\d+/;

interface Rec {
  id: string;
  type?: string;
  country?: string;
}
function listJson(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? listJson(p) : n.endsWith('.json') ? [p] : [];
    });
}
const files = new Map<string, Record<string, Rec[]>>();
for (const p of listJson(join(root, 'data'))) files.set(relative(root, p), JSON.parse(readFileSync(p, 'utf8')));
const records = [...files].flatMap(([path, j]) =>
  ['sources', 'entities', 'offices', 'figures', 'claims'].flatMap((k) =>
    (j[k] ?? []).map((r) => ({ path, kind: k, r })),
  ),
);

/** Rows of the "where does it go" table: concrete example paths and the example record. */
function tableRows(): { paths: string[]; example: string; line: string }[] {
  const md = readFileSync(join(root, 'data/README.md'), 'utf8');
  const section = md.slice(
    md.indexOf('## Where does it go'),
    md.indexOf('\n## ', md.indexOf('## Where does it go') + 3),
  );
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| Record') && !l.startsWith('| ---'))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      const paths = [...cells[2]!.matchAll(/`(data\/[^`<>]+)`/g)].map((m) => m[1]!);
      return { paths, example: cells[3]!.replace(/`/g, ''), line };
    });
}

describe('data/README.md "where does it go"', () => {
  const rows = tableRows();
  it('has a row per kind of record, each with an existing example path', () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      expect(row.paths.length, row.line).toBeGreaterThan(0);
      for (const p of row.paths) expect(existsSync(join(root, p)), p).toBe(true);
    }
  });
  it("names an example record that lives in one of the row's example files", () => {
    for (const row of rows) {
      const home = records.find((x) => x.r.id === row.example)?.path;
      expect(row.paths, `${row.example} is in ${home}`).toContain(home);
    }
  });
});

describe('data layout', () => {
  it('puts every file in a documented home, with no batch names in paths or ids', () => {
    for (const path of files.keys()) {
      expect(
        HOMES.some((re) => re.test(path)),
        path,
      ).toBe(true);
      expect(BATCH.test(path), path).toBe(false);
    }
    for (const { path, r } of records) expect(BATCH.test(r.id), `${r.id} in ${path}`).toBe(false);
  });
  it('files people, organisations and media of the five countries under their country', () => {
    for (const { path, kind, r } of records) {
      if (kind !== 'entities') continue;
      const cc = r.country ? CC[r.country] : undefined;
      const where = `${r.id} in ${path}`;
      if (r.type === 'media') expect(path, where).toBe(`data/media/${cc ?? 'intl'}.json`);
      if (r.type === 'person')
        expect(path.startsWith(cc ? `data/${cc}/people/` : 'data/intl/people/'), where).toBe(true);
      if (r.type === 'organisation' && path !== 'data/intl/organisations/armed-groups.json' && cc) {
        expect(path.startsWith(`data/${cc}/organisations/`), where).toBe(true);
      }
      if (r.type === 'event') expect(path, where).toBe(`data/events/${r.id.slice('event:'.length)}.json`);
    }
  });
  it('keeps offices beside their country (international ones in data/intl)', () => {
    for (const { path, kind, r } of records) {
      if (kind !== 'offices') continue;
      const cc = r.id.slice('office:'.length, 'office:'.length + 2);
      const home = Object.values(CC).includes(cc) ? `data/${cc}/offices.json` : 'data/intl/offices.json';
      expect(path, r.id).toBe(home);
    }
  });
});
