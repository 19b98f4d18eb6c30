// `npm run eval [-- --json] [--verbose] [--lang xx,yy] [--index FILE]`: precision, recall and F1 of the engine
// over the 13-language fixtures (core/fixtures), per language and in total, so every engine or
// dataset change shows what it gained and lost. A report, not a test: exits 0 whatever it finds
// (1 only when it cannot run, e.g. generated/index.json is missing). Scoring: core/fixtures/score.ts.
import type { CompiledIndex } from '../core/dataset/compiled';
import { createEngine } from '../core/engine';
import { loadIndex } from '../core/load-engine';
import { FIXTURES } from '../core/fixtures/all';
import { addDiff, diff, emptyCounts, fixtureIds, rates, type Counts, type Item } from '../core/fixtures/score';
import { LANGS, type Lang } from '../core/types';

interface FixtureReport {
  name: string;
  missed: string[];
  extra: string[];
  trapsHit: string[];
  /** ids the fixture names that the compiled index lacks */
  missingIds: string[];
}
interface Row extends Counts { lang: Lang | 'TOTAL'; precision: number; recall: number; f1: number }

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const verbose = args.includes('--verbose') || args.includes('-v');
/** value of `--name value` or `--name=value` */
const option = (name: string): string | undefined => {
  const i = args.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return undefined;
  return args[i]!.includes('=') ? args[i]!.slice(name.length + 1) : args[i + 1];
};
const langList = option('--lang');
const langs = langList ? langList.split(',').filter((l): l is Lang => (LANGS as readonly string[]).includes(l)) : [...LANGS];
const indexPath = option('--index');

let index: CompiledIndex;
try {
  index = loadIndex(indexPath);
} catch (err) {
  console.error(`eval: ${(err as Error).message}`);
  process.exit(1);
}
const engine = createEngine(index);

const show = (i: Item) => `${i.id} "${i.text}"@${i.start}-${i.end}`;
const rows: Row[] = [];
const details: Record<string, FixtureReport[]> = {};
const total = emptyCounts();
const t0 = performance.now();
for (const lang of langs) {
  const c = emptyCounts();
  details[lang] = [];
  for (const f of FIXTURES[lang]) {
    const a = engine.annotate(f.text, { lang: f.lang, date: f.date, entitiesOnly: true });
    const d = diff(f, a);
    addDiff(c, d);
    addDiff(total, d);
    details[lang].push({
      name: f.name,
      missed: d.missed.map(show),
      extra: d.extra.map(show),
      trapsHit: d.trapsHit,
      missingIds: fixtureIds(f).filter((id) => !index.entities[id]),
    });
  }
  rows.push({ lang, ...c, ...rates(c) });
}
rows.push({ lang: 'TOTAL', ...total, ...rates(total) });
const ms = Math.round(performance.now() - t0);
const missingIds = [...new Set(Object.values(details).flat().flatMap((r) => r.missingIds))].sort();

if (asJson) {
  const round = (r: Row) => ({ ...r, precision: +r.precision.toFixed(4), recall: +r.recall.toFixed(4), f1: +r.f1.toFixed(4) });
  const out: Record<string, unknown> = { rows: rows.map(round), missingIds, ms };
  if (verbose) out.fixtures = details;
  console.log(JSON.stringify(out, null, 2));
} else {
  const head = ['lang', 'fixtures', 'expected', 'found', 'TP', 'precision', 'recall', 'F1'];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const table = rows.map((r) => [r.lang, r.fixtures, r.expected, r.found, r.tp, pct(r.precision), pct(r.recall), pct(r.f1)].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  table.forEach((r, i) => {
    if (i === table.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    console.log(line(r));
  });
  if (missingIds.length) console.log(`\nids named by fixtures but missing from the index (dataset gaps): ${missingIds.join(', ')}`);
  if (verbose) {
    for (const lang of langs) {
      for (const r of details[lang]!) {
        if (!r.missed.length && !r.extra.length && !r.trapsHit.length) continue;
        console.log(`\n${r.name}`);
        for (const m of r.missed) console.log(`  miss  ${m}`);
        for (const m of r.extra) console.log(`  extra ${m}`);
        if (r.trapsHit.length) console.log(`  traps reported: ${r.trapsHit.join(', ')}`);
        if (r.missingIds.length) console.log(`  not in index: ${r.missingIds.join(', ')}`);
      }
    }
  }
  console.log(`\n${total.fixtures} fixtures in ${ms} ms`);
}
