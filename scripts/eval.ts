// `npm run eval [-- --json] [--verbose] [--lang xx,yy] [--index FILE]`: precision, recall and F1 of the engine
// over the 13-language fixtures (core/fixtures), per language and in total, so every engine or
// dataset change shows what it gained and lost; then the same table over the held-out articles
// (core/fixtures/holdout), which the engine was not tuned on, for an honest estimate. `--json`
// gives both (`tuned`, `heldOut`); `--verbose` lists misses and false positives of both. A report,
// not a test: exits 0 whatever it finds (1 only when it cannot run, e.g. generated/index.json is
// missing). Scoring: core/fixtures/score.ts.
import type { CompiledIndex } from '../core/dataset/compiled';
import { createEngine } from '../core/engine';
import { loadIndex } from '../core/load-engine';
import { FIXTURES } from '../core/fixtures/all';
import { HOLDOUT } from '../core/fixtures/holdout/all';
import type { EngineFixture } from '../core/fixtures/types';
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
interface Row extends Counts {
  lang: Lang | 'TOTAL';
  precision: number;
  recall: number;
  f1: number;
}

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
const langs = langList
  ? langList.split(',').filter((l): l is Lang => (LANGS as readonly string[]).includes(l))
  : [...LANGS];
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

interface SetReport {
  rows: Row[];
  details: Record<string, FixtureReport[]>;
  total: Counts;
  /** ids named by the set's fixtures that the compiled index lacks */
  missingIds: string[];
}

/** Runs the engine over one fixture set (tuned or held-out) and scores it per language. */
function evaluate(set: Record<Lang, EngineFixture[]>): SetReport {
  const rows: Row[] = [];
  const details: Record<string, FixtureReport[]> = {};
  const total = emptyCounts();
  for (const lang of langs) {
    const c = emptyCounts();
    details[lang] = [];
    for (const f of set[lang]) {
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
  const missingIds = [
    ...new Set(
      Object.values(details)
        .flat()
        .flatMap((r) => r.missingIds),
    ),
  ].sort();
  return { rows, details, total, missingIds };
}

const t0 = performance.now();
const tuned = evaluate(FIXTURES);
const heldOut = evaluate(HOLDOUT);
const ms = Math.round(performance.now() - t0);

if (asJson) {
  const round = (r: Row) => ({
    ...r,
    precision: +r.precision.toFixed(4),
    recall: +r.recall.toFixed(4),
    f1: +r.f1.toFixed(4),
  });
  const part = (r: SetReport) => {
    const out: Record<string, unknown> = { rows: r.rows.map(round), missingIds: r.missingIds };
    if (verbose) out.fixtures = r.details;
    return out;
  };
  console.log(JSON.stringify({ tuned: part(tuned), heldOut: part(heldOut), ms }, null, 2));
} else {
  const head = ['lang', 'fixtures', 'expected', 'found', 'TP', 'precision', 'recall', 'F1'];
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const printTable = (title: string, r: SetReport) => {
    console.log(title);
    const table = r.rows.map((x) =>
      [x.lang, x.fixtures, x.expected, x.found, x.tp, pct(x.precision), pct(x.recall), pct(x.f1)].map(String),
    );
    const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
    const line = (cells: string[]) =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
    console.log(line(head));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    table.forEach((row, i) => {
      if (i === table.length - 1) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
      console.log(line(row));
    });
    if (r.missingIds.length)
      console.log(`\nids named by fixtures but missing from the index (dataset gaps): ${r.missingIds.join(', ')}`);
  };
  const printDetails = (title: string, r: SetReport) => {
    const lines: string[] = [];
    for (const lang of langs) {
      for (const f of r.details[lang]!) {
        if (!f.missed.length && !f.extra.length && !f.trapsHit.length) continue;
        lines.push(`\n${f.name}`);
        for (const m of f.missed) lines.push(`  miss  ${m}`);
        for (const m of f.extra) lines.push(`  extra ${m}`);
        if (f.trapsHit.length) lines.push(`  traps reported: ${f.trapsHit.join(', ')}`);
        if (f.missingIds.length) lines.push(`  not in index: ${f.missingIds.join(', ')}`);
      }
    }
    if (lines.length) console.log(`\n== ${title} ==${lines.join('\n')}`);
  };
  printTable('tuned (fixtures the engine was developed against)', tuned);
  console.log('');
  printTable('held-out (not tuned on)', heldOut);
  if (verbose) {
    printDetails('tuned: misses and false positives', tuned);
    printDetails('held-out: misses and false positives', heldOut);
  }
  console.log(`\n${tuned.total.fixtures} tuned + ${heldOut.total.fixtures} held-out fixtures in ${ms} ms`);
}
