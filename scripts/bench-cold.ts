// `npm run bench:cold [-- --json] [-- --runs N]`: the cold cost a reader pays once per process: for each
// language, a fresh Node process loads the engine, annotates that language's claims fixture names only,
// then times its first full annotate (claims and dates: cue lists, RegExps, number formatting set up at
// first call) and the one after it. CPU ms (process.cpuUsage), medians over --runs processes; ratios of
// first to warm are what to read on a shared machine. A measurement tool: no test reads it (issue 12).
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Lang } from '../core/types';

const LANGS: Lang[] = ['ar', 'de', 'en', 'fa', 'fr', 'kk', 'ky', 'ru', 'tg', 'tk', 'tr', 'uz', 'zh'];
const args = process.argv.slice(2);
const cpuMs = (c: NodeJS.CpuUsage) => (c.user + c.system) / 1000;

async function child(lang: Lang): Promise<void> {
  const { loadEngineForTests } = await import('../core/load-engine');
  const mod = (await import(`../core/claims/fixtures/${lang}.ts`)) as Record<
    string,
    { text: string; lang: Lang; pageDate?: string }
  >;
  const fx = mod[lang]!;
  const engine = loadEngineForTests();
  const opts = { lang: fx.lang, date: fx.pageDate };
  engine.annotate(fx.text, { ...opts, entitiesOnly: true });
  let c0 = process.cpuUsage();
  engine.annotate(fx.text, opts);
  const first = cpuMs(process.cpuUsage(c0));
  c0 = process.cpuUsage();
  engine.annotate(fx.text, opts);
  const warm = cpuMs(process.cpuUsage(c0));
  console.log(JSON.stringify({ first, warm }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

if (args[0] === '--child') await child(args[1] as Lang);
else {
  const json = args.includes('--json');
  const runs = Number(args[args.indexOf('--runs') + 1]) || 3;
  const self = resolve(import.meta.dirname, 'bench-cold.ts');
  const perLang: Record<string, { firstCpuMs: number; warmCpuMs: number }> = {};
  for (const lang of LANGS) {
    const firsts: number[] = [];
    const warms: number[] = [];
    for (let r = 0; r < runs; r++) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', lang], { encoding: 'utf8' });
      const { first, warm } = JSON.parse(out.trim().split('\n').pop()!) as { first: number; warm: number };
      firsts.push(first);
      warms.push(warm);
    }
    perLang[lang] = { firstCpuMs: +median(firsts).toFixed(1), warmCpuMs: +median(warms).toFixed(1) };
    if (!json)
      console.log(
        `${lang}: first full annotate ${perLang[lang].firstCpuMs} ms CPU, then ${perLang[lang].warmCpuMs} ms`,
      );
  }
  const firsts = Object.values(perLang).map((x) => x.firstCpuMs);
  const result = { runs, perLang, medianFirstCpuMs: median(firsts), maxFirstCpuMs: Math.max(...firsts) };
  if (json) console.log(JSON.stringify(result));
  else
    console.log(
      `median first ${result.medianFirstCpuMs} ms, max ${result.maxFirstCpuMs} ms (CPU, ${runs} processes each)`,
    );
}
