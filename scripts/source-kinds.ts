// `npx tsx scripts/source-kinds.ts [--write]`: the kind every source under data/ gets from the reviewed
// table in core/dataset/source-kinds.ts. Without --write it prints the counts and any source the table
// cannot place (add its publisher or domain to the table); --write fills in missing `kind` fields only
// (a kind set by hand is kept). Touches data/*.json only with --write.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { classifySource } from '../core/dataset/source-kinds';
import type { Source } from '../core/dataset/schema';
import { listJson } from './build-data';

const root = resolve(import.meta.dirname, '..');
const write = process.argv.includes('--write');
const counts: Record<string, number> = {};
const unplaced: string[] = [];
let filled = 0;
for (const path of listJson(join(root, 'data'))) {
  const text = readFileSync(path, 'utf8');
  const json = JSON.parse(text) as { sources?: Source[] };
  if (!Array.isArray(json.sources)) continue;
  let changed = false;
  for (const s of json.sources) {
    const kind = s.kind ?? classifySource(s);
    counts[kind ?? 'unplaced'] = (counts[kind ?? 'unplaced'] ?? 0) + 1;
    if (!kind) unplaced.push(`${relative(root, path)}: ${s.id}: ${s.publisher} <${s.url ?? 'no url'}>`);
    else if (!s.kind) {
      s.kind = kind;
      changed = true;
      filled++;
    }
  }
  if (write && changed) writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
}
console.log(JSON.stringify(counts));
for (const u of unplaced) console.log(`unplaced: ${u}`);
if (write) console.log(`filled ${filled} kind(s)`);
process.exitCode = unplaced.length > 0 ? 1 : 0;
