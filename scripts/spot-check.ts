// `npm run --silent spot-check -- --seed N [--n 60] [--md]`: prints a seeded random sample of dataset
// statements (facts, roles, figures, claim attributions, names) with their source URLs, for a person
// to check against the cited pages. Reads data/ directly; sampling lives in scripts/lib/spot-sample.ts.
import { join, resolve } from 'node:path';
import { validateData } from '../core/dataset/validate';
import { loadFiles } from './build-data';
import { drawSample } from './lib/spot-sample';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : dflt;
  if (!Number.isFinite(v)) throw new Error(`--${name} needs a number`);
  return v;
};
const seed = arg('seed', 1);
const n = arg('n', 60);
const md = process.argv.includes('--md');
const { files } = loadFiles([join(resolve(import.meta.dirname, '..'), 'data')]);
const { data } = validateData(files);
const sample = drawSample(data, n, seed);
if (md) {
  console.log(`| # | kind | record | statement | source(s) | verdict | URL checked |\n|---|---|---|---|---|---|---|`);
  sample.forEach((s, i) => {
    console.log(`| ${i + 1} | ${s.kind} | ${s.id} | ${s.statement.replace(/\|/g, '/')} | ${s.urls.join(' ')} |  |  |`);
  });
} else {
  sample.forEach((s, i) => {
    console.log(`${i + 1}. [${s.kind}] ${s.id}\n   ${s.statement}\n   ${s.urls.join('\n   ')}`);
  });
}
