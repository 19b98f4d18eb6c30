// `npx tsx scripts/output-snapshot.ts OUT.jsonl`: runs `npm run --silent annotate -- --json` over every
// fixture text (engine fixtures, held-out fixtures, claim fixtures, the bench article and 1 MB text)
// and writes the output, one line per file, so speed work can prove it changes no output (diff two
// snapshots). Writes texts under .tmp/snapshot/ only; no test reads it (a measurement tool).
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES } from '../core/fixtures/all';
import { HOLDOUT } from '../core/fixtures/holdout/all';
import { loadEngineForTests } from '../core/load-engine';
import type { Lang } from '../core/types';
import { benchArticles } from './lib/bench-text';

const out = process.argv[2];
if (!out) {
  console.error('usage: tsx scripts/output-snapshot.ts OUT.jsonl');
  process.exit(2);
}
const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.tmp', 'snapshot');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

interface Item {
  name: string;
  text: string;
  lang?: string;
  date?: string;
}
const items: Item[] = [];
for (const [set, byLang] of [
  ['fx', FIXTURES],
  ['holdout', HOLDOUT],
] as const) {
  for (const [lang, list] of Object.entries(byLang)) {
    list.forEach((f, i) => {
      items.push({ name: `${set}-${lang}-${i}`, text: f.text, lang: f.lang, date: f.date });
    });
  }
}
const claimLangs = ['ar', 'de', 'en', 'fa', 'fr', 'kk', 'ky', 'ru', 'tg', 'tk', 'tr', 'uz', 'zh'];
for (const l of claimLangs) {
  const mod = (await import(`../core/claims/fixtures/${l}.ts`)) as Record<
    string,
    { text: string; lang: string; pageDate?: string }
  >;
  const fx = mod[l]!;
  items.push({ name: `claims-${l}`, text: fx.text, lang: fx.lang, date: fx.pageDate });
}
const index = loadEngineForTests().index;
const namesByLang: Record<string, string[]> = {};
for (const e of Object.values(index.entities))
  for (const [l, v] of Object.entries(e.names)) (namesByLang[l] ??= []).push(...(v ?? []));
const { article, big } = benchArticles(namesByLang);
items.push(
  { name: 'bench-article', text: article, date: '2022-01-12' },
  { name: 'bench-big', text: big, date: '2022-01-12' },
);

// every text with its language and date given, in this process (what the CLI does with --lang and
// --date: engine.annotate), then one CLI run over all files (language and page date detected)
const engine = loadEngineForTests();
const lines: string[] = [];
const files: string[] = [];
for (const it of items) {
  const file = join(dir, `${it.name}.txt`);
  writeFileSync(file, it.text);
  files.push(file);
  lines.push(
    JSON.stringify({
      file: it.name,
      ...engine.annotate(it.text, { lang: it.lang as Lang | undefined, date: it.date }),
    }),
  );
}
// into a file, not a pipe: the CLI may exit before a pipe has taken all its output (issue 13 item 8)
const cliOut = join(dir, 'cli.jsonl');
const fd = openSync(cliOut, 'w');
execFileSync('npx', ['tsx', 'scripts/annotate.ts', '--json', ...files], {
  cwd: root,
  stdio: ['ignore', fd, 'inherit'],
});
closeSync(fd);
const stdout = readFileSync(cliOut, 'utf8');
for (const line of stdout.split('\n').filter(Boolean)) lines.push(line.replace(root, ''));
writeFileSync(out, lines.join('\n') + '\n');
console.log(`${lines.length} outputs from ${items.length} texts -> ${out}`);
