// `npx tsx scripts/bench-lookup.ts [path/to/minisearch]`: the panel's search as you type, our
// fold-key prefix search (entrypoints/background/name-search.ts) against minisearch 7 (defaults,
// and with foldKey as its term processor), on the whole compiled dataset in the same run: build
// time, serialised size, time per query, and whether each test query finds its entity first.
// minisearch is not a dependency: install it anywhere (npm install --prefix .tmp/bench minisearch)
// and pass its folder; without it only our side is measured.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { createNameSearch } from '../entrypoints/background/name-search';
import { foldKey } from '../core/text/fold';
import type { CompiledIndex } from '../core/dataset/compiled';

const root = resolve(import.meta.dirname, '..');
const index = JSON.parse(readFileSync(join(root, 'generated/index.json'), 'utf8')) as CompiledIndex;

/** query → the entity a reader typing it wants first (prefixes, other scripts, other romanisations) */
const QUERIES: [string, string][] = [
  ['Karakalpak', 'place:karakalpakstan'],
  ['Каракалп', 'place:karakalpakstan'],
  ['Tokaev', 'person:kassym-jomart-tokayev'],
  ['Токаев', 'person:kassym-jomart-tokayev'],
  ['توكاييف', 'person:kassym-jomart-tokayev'],
  ['Tokay', 'person:kassym-jomart-tokayev'],
  ['Mirziyoev', 'person:shavkat-mirziyoyev'],
  ['Мирзиёев', 'person:shavkat-mirziyoyev'],
  ['Mirzi', 'person:shavkat-mirziyoyev'],
  ['Zhaparov', 'person:sadyr-japarov'],
  ['Жапаров', 'person:sadyr-japarov'],
  ['Nazarbaev', 'person:nursultan-nazarbayev'],
  ['Назарбаев', 'person:nursultan-nazarbayev'],
  ['Rakhmon', 'person:emomali-rahmon'],
  ['Ashkhabad', 'place:ashgabat'],
  ['Ашхабад', 'place:ashgabat'],
  ['ألماتي', 'place:almaty'],
  ['Алматы', 'place:almaty'],
  ['Bishk', 'place:bishkek'],
  ['Душанбе', 'place:dushanbe'],
  ['CSTO', 'org:csto'],
  ['ОДКБ', 'org:csto'],
  ['Ташкент', 'place:tashkent'],
  ['Tashk', 'place:tashkent'],
];

interface Engine {
  name: string;
  buildMs: number;
  bytes: number;
  search(q: string): string[];
}

function ours(): Engine {
  const t0 = performance.now();
  const s = createNameSearch(index.entities);
  const buildMs = performance.now() - t0;
  // what it holds: one folded key (and its words, loose key) per distinct name form
  const bytes = Object.values(index.entities).reduce(
    (n, e) =>
      n +
      Object.values(e.names)
        .flat()
        .reduce((m, f) => m + 3 * foldKey(f!).length + 40, 0),
    0,
  );
  return { name: 'fold keys (ours)', buildMs, bytes, search: (q) => s.search(q).map((h) => h.id) };
}

function mini(MiniSearch: any, withFold: boolean): Engine {
  const docs = Object.values(index.entities).map((e) => ({
    id: e.id,
    names: Object.values(e.names).flat().join(' \n '),
  }));
  const t0 = performance.now();
  const ms = new MiniSearch({
    fields: ['names'],
    ...(withFold ? { processTerm: (t: string) => foldKey(t).trim() || null } : {}),
    searchOptions: { prefix: true, fuzzy: 0.2, combineWith: 'AND' },
  });
  ms.addAll(docs);
  const buildMs = performance.now() - t0;
  return {
    name: withFold ? 'minisearch + foldKey' : 'minisearch (defaults)',
    buildMs,
    bytes: JSON.stringify(ms).length,
    search: (q) =>
      ms
        .search(q)
        .slice(0, 12)
        .map((r: { id: string }) => r.id),
  };
}

function measure(e: Engine) {
  const ranks = QUERIES.map(([q, id]) => e.search(q).indexOf(id));
  const rounds = 20;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) for (const [q] of QUERIES) e.search(q);
  const perQuery = (performance.now() - t0) / (rounds * QUERIES.length);
  return {
    engine: e.name,
    buildMs: Math.round(e.buildMs),
    kb: Math.round(e.bytes / 1024),
    msPerQuery: Number(perQuery.toFixed(2)),
    first: ranks.filter((r) => r === 0).length,
    found: ranks.filter((r) => r >= 0).length,
    of: QUERIES.length,
    missed: QUERIES.filter((_, i) => ranks[i] !== 0).map(([q]) => q),
  };
}

// the folding table fills on first use: warm it so no engine pays for it in its build time
for (const e of Object.values(index.entities)) for (const f of Object.values(e.names).flat()) foldKey(f!);

const dir = process.argv[2] ?? join(root, '.tmp/bench');
const engines: Engine[] = [ours()];
const req = createRequire(join(resolve(dir), 'package.json'));
if (existsSync(join(resolve(dir), 'node_modules/minisearch'))) {
  const MiniSearch = req('minisearch');
  engines.push(mini(MiniSearch.default ?? MiniSearch, false), mini(MiniSearch.default ?? MiniSearch, true));
} else console.log(`minisearch not found under ${dir}: only ours measured`);
const rows = engines.map(measure);
for (const r of rows) console.log(JSON.stringify(r));
if (rows.length > 1) {
  const base = rows[0]!;
  for (const r of rows.slice(1)) {
    console.log(
      `${r.engine} / ours: build ×${(r.buildMs / Math.max(1, base.buildMs)).toFixed(2)}, size ×${(r.kb / base.kb).toFixed(2)}, per query ×${(r.msPerQuery / base.msPerQuery).toFixed(2)}`,
    );
  }
}
