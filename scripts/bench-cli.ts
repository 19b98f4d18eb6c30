// `npm run bench:cli [-- --mb 50]`: the CLI (`npm run annotate`) on a large text written for the
// benchmark (bench-text.ts's ~1 MB multilingual text repeated to the size asked; default 50 MB, the
// issue-13 target: < 30 s and < 500 MB). Prints wall time, CPU (user + system) and peak RSS of the
// run (CPU is the figure to read on a shared machine) and the machine's load. Writes the text under
// .tmp/ only. Nothing is asserted: the machine is shared and noisy.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { loadIndex } from '../core/load-engine';
import { benchArticles } from './lib/bench-text';

const root = resolve(import.meta.dirname, '..');
const at = process.argv.indexOf('--mb');
const mb = at > 0 ? Number(process.argv[at + 1]) : 50;
if (!(mb > 0)) throw new Error('--mb wants a positive number');

const namesByLang: Record<string, string[]> = {};
for (const e of Object.values(loadIndex().entities))
  for (const [l, v] of Object.entries(e.names)) (namesByLang[l] ??= []).push(...((v as string[] | undefined) ?? []));
const { big } = benchArticles(namesByLang);
const parts: string[] = [];
for (let n = 0; n < mb * 1024 * 1024; n += Buffer.byteLength(big) + 1) parts.push(big);
mkdirSync(join(root, '.tmp'), { recursive: true });
const file = join(root, '.tmp', `bench-cli-${mb}mb.txt`);
writeFileSync(file, parts.join('\n'));
parts.length = 0;

interface Run {
  wallS: number;
  cpuS: number;
  rssMb: number;
  outMb: number;
}

/** One CLI run; its resource use comes from the child itself (OXUS_CLI_STATS: one JSON line on stderr). */
function run(): Run {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/annotate.ts'), '--json', file], {
    cwd: root,
    env: { ...process.env, OXUS_CLI_STATS: '1' },
    maxBuffer: 2 ** 31 - 1,
    encoding: 'buffer',
  });
  const wallS = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`annotate failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  const stats = JSON.parse(r.stderr.toString().trim().split('\n').pop()!) as { cpuS: number; rssMb: number };
  return { wallS, ...stats, outMb: r.stdout.length / 1e6 };
}

const load = loadavg()[0]!.toFixed(1);
const x = run();
console.log(`bench:cli on ${mb} MB (${availableParallelism()} cores, load ${load} before the run)`);
console.log(
  `  ${x.wallS.toFixed(1)} s wall, ${x.cpuS.toFixed(1)} s CPU, ${x.rssMb.toFixed(0)} MB peak RSS, ` +
    `${x.outMb.toFixed(0)} MB of JSON`,
);
