// `npm run data`: validate every file under data/ and compile generated/index.json.
// `--partial DIR...` checks only those folders (references to other slices become warnings) and
// writes nothing. Exits non-zero on any error, printing each with its file. Every rule violation
// (core/dataset/rules.ts) is also written to VIOLATIONS_FILE, pending rules included.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { compileIndex } from '../core/dataset/compile';
import { leanIndex } from '../core/dataset/lean';
import { checkRules, ruleOutcome, type Violation } from '../core/dataset/rules';
import { validateData, type LoadedFile } from '../core/dataset/validate';
import { automatonToBinary, type SerializedAutomaton } from '../core/match/automaton';
import { buildCueTable } from '../core/claims/cue-table';

const root = resolve(import.meta.dirname, '..');
export const VIOLATIONS_FILE = process.env.OXUS_VIOLATIONS ?? '/tmp/oxus-data/violations.json';

function writeViolations(violations: Violation[]) {
  mkdirSync(dirname(VIOLATIONS_FILE), { recursive: true });
  const rows = violations.map(({ file, id, rule, message }) => ({ file, id, rule, message }));
  writeFileSync(VIOLATIONS_FILE, JSON.stringify(rows, null, 1) + '\n');
}

export function listJson(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'tools' && !name.startsWith('.')) walk(p);
      } else if (name.endsWith('.json')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

export function loadFiles(dirs: string[]): { files: LoadedFile[]; errors: string[] } {
  const files: LoadedFile[] = [];
  const errors: string[] = [];
  for (const dir of dirs) {
    for (const p of listJson(dir)) {
      const rel = relative(root, p);
      let text: string;
      try {
        text = readFileSync(p, 'utf8');
      } catch (err) {
        errors.push(`${rel}: cannot read: ${(err as Error).message}`);
        continue;
      }
      // a file that is not JSON is reported by validateData, which then holds back the
      // "refers to unknown" errors it would cascade into
      try {
        files.push({ path: rel, json: JSON.parse(text) });
      } catch (err) {
        files.push({ path: rel, json: undefined, parseError: (err as Error).message });
      }
    }
  }
  return { files, errors };
}

function main() {
  const args = process.argv.slice(2);
  const partial = args[0] === '--partial';
  const dirs = partial ? args.slice(1).map((d) => resolve(d)) : [join(root, 'data')];
  const t0 = performance.now();
  const { files, errors: readErrors } = loadFiles(dirs);
  const { errors, warnings: validateWarnings, data } = validateData(files, { partial });
  const violations = errors.length === 0 && !partial ? checkRules(data) : [];
  const rules = ruleOutcome(violations);
  if (!partial) writeViolations(violations);
  const warnings = [...validateWarnings, ...rules.warnings];
  const all = [...readErrors, ...errors, ...rules.errors];
  for (const w of warnings.slice(0, 50)) console.warn(`warning: ${w}`);
  if (warnings.length > 50) console.warn(`warning: ... ${warnings.length - 50} more warnings`);
  for (const e of all.slice(0, 80)) console.error(`error: ${e}`);
  if (all.length > 80) console.error(`error: ... ${all.length - 80} more errors`);
  const counts = `${files.length} files, ${data.entities.size} entities, ${data.offices.size} offices, ${data.figures.size} figures, ${data.claims.size} claims, ${data.sources.size} sources`;
  if (all.length > 0) {
    console.error(`data: ${all.length} error(s) in ${counts}`);
    process.exit(1);
  }
  if (partial) {
    console.log(`data (partial): OK: ${counts}; ${warnings.length} warning(s)`);
    return;
  }
  const index = compileIndex(data);
  // the cue lists of every language, folded and in tries: no process compiles them at first call
  index.cues = buildCueTable(index.claims);
  mkdirSync(join(root, 'generated'), { recursive: true });
  const json = JSON.stringify(index);
  writeFileSync(join(root, 'generated', 'index.json'), json);
  // the extension ships it in four files, each well under AMO's 5 MB per-file parse limit: the
  // automaton in binary (typed arrays, no JSON parse at worker start) and the engine's table (only
  // what matching and resolving read, core/dataset/lean.ts), both read as the worker starts; the
  // display records and the sources, read when a card or the panel first needs them
  const { automaton, patterns: _patterns, sources, given: _given, ...records } = index;
  const parts = {
    'index-engine.json': JSON.stringify(leanIndex(index)),
    'index-records.json': JSON.stringify(records),
    'index-sources.json': JSON.stringify({ sources }),
  };
  for (const [name, body] of Object.entries(parts)) writeFileSync(join(root, 'generated', name), body);
  rmSync(join(root, 'generated', 'index-matcher.json'), { force: true }); // the engine table's before it
  const bin = automatonToBinary(automaton as SerializedAutomaton);
  writeFileSync(join(root, 'generated', 'index-automaton.bin'), bin);
  // what the worker's stored copy of the automaton and the engine table is keyed by
  // (entrypoints/background/index-cache.ts): a new build never reads an older copy
  const id = createHash('sha1').update(bin).update(parts['index-engine.json']).digest('hex');
  writeFileSync(join(root, 'generated', 'index-id.json'), JSON.stringify({ id }) + '\n');
  const mb = (s: string) => (Buffer.byteLength(s) / 1e6).toFixed(2);
  const ms = Math.round(performance.now() - t0);
  console.log(
    `data: OK: ${counts}; ${index.patterns.length} patterns; index ${mb(json)} MB (automaton ${(bin.byteLength / 1e6).toFixed(2)} MB binary + engine table ${mb(parts['index-engine.json'])} MB + display records ${mb(parts['index-records.json'])} MB + sources ${mb(parts['index-sources.json'])} MB) in ${ms} ms`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
