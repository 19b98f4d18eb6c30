// `npm run bench:index [-- --json]`: what a background that has just started pays for its index, per
// form of the index, each in a fresh Node process (--expose-gc): bytes, parse ms, engine build ms,
// engine heap (JS heap and array buffers after gc) and the first annotate of a seed-like Arabic
// article. Forms: `full` (records + patterns as JSON, what the worker read before the lean table),
// `lean-json` (the engine table, core/dataset/lean.ts), `lean-bin` (the table with its patterns in
// typed arrays), `lean-clone` (the table as a V8 structured clone, what IndexedDB stores). Rounds are
// interleaved so every form sees the same load; ratios are what to read. Writes .tmp/bench-index/ only.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { CompiledIndex, Pattern } from '../core/dataset/compiled';
import { leanIndex } from '../core/dataset/lean';
import type { NameLang } from '../core/dataset/schema';
import { createEngine } from '../core/engine';
import { automatonFromBinary, automatonToBinary, type SerializedAutomaton } from '../core/match/automaton';
import { articleIn } from './lib/bench-text';

const root = resolve(import.meta.dirname, '..');
const dir = join(root, '.tmp', 'bench-index');
const FORMS = ['full', 'lean-json', 'lean-bin', 'lean-clone'] as const;
type Form = (typeof FORMS)[number];
const PAGE_DATE = '2022-01-12';

/** Patterns in typed arrays: per pattern its flags, id count and ids (indexes into a string table);
 * the few cues and exact forms as JSON beside it. */
export function patternsToBinary(patterns: readonly Pattern[]): { ints: Int32Array; side: string } {
  const table: string[] = [];
  const at = new Map<string, number>();
  const ints: number[] = [patterns.length];
  const extra: Record<number, Pick<Pattern, 'cues' | 'exact'>> = {};
  patterns.forEach((p, i) => {
    ints.push(p.flags, p.ids.length);
    for (const id of p.ids) {
      let k = at.get(id);
      if (k === undefined) at.set(id, (k = table.push(id) - 1));
      ints.push(k);
    }
    if (p.cues || p.exact) extra[i] = { ...(p.cues ? { cues: p.cues } : {}), ...(p.exact ? { exact: p.exact } : {}) };
  });
  return { ints: Int32Array.from(ints), side: JSON.stringify({ table, extra }) };
}

export function patternsFromBinary(buf: ArrayBuffer, side: string): Pattern[] {
  const ints = new Int32Array(buf);
  const { table, extra } = JSON.parse(side) as {
    table: string[];
    extra: Record<string, Pick<Pattern, 'cues' | 'exact'>>;
  };
  const n = ints[0]!;
  const out: Pattern[] = new Array(n);
  let p = 1;
  for (let i = 0; i < n; i++) {
    const flags = ints[p++]!;
    const count = ints[p++]!;
    const ids: string[] = new Array(count);
    for (let j = 0; j < count; j++) ids[j] = table[ints[p++]!]!;
    const x = extra[i];
    out[i] = x ? { ids, flags, ...x } : { ids, flags };
  }
  return out;
}

function prepare(): Record<Form, number> {
  mkdirSync(dir, { recursive: true });
  const index = JSON.parse(readFileSync(join(root, 'generated', 'index.json'), 'utf8')) as CompiledIndex;
  const { automaton, patterns, sources: _s, ...records } = index;
  const bin = automatonToBinary(automaton as SerializedAutomaton);
  const lean = leanIndex(index);
  const { patterns: _p, ...leanRecords } = lean;
  const pb = patternsToBinary(patterns);
  const files: Record<string, string | Uint8Array> = {
    'automaton.bin': bin,
    'full-matcher.json': JSON.stringify({ patterns }),
    'full-records.json': JSON.stringify(records),
    'lean.json': JSON.stringify(lean),
    'lean-records.json': JSON.stringify(leanRecords),
    'patterns.bin': new Uint8Array(pb.ints.buffer),
    'patterns-side.json': pb.side,
    'lean.v8': serialize(lean),
  };
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  const namesByLang: Record<string, string[]> = {};
  for (const e of Object.values(index.entities))
    for (const [l, v] of Object.entries(e.names)) (namesByLang[l] ??= []).push(...(v ?? []));
  writeFileSync(join(dir, 'article-ar.txt'), articleIn('ar' as NameLang, namesByLang, 7));
  const size = (...names: string[]) => names.reduce((n, f) => n + Buffer.byteLength(files[f]!), 0);
  return {
    full: size('automaton.bin', 'full-matcher.json', 'full-records.json'),
    'lean-json': size('automaton.bin', 'lean.json'),
    'lean-bin': size('automaton.bin', 'patterns.bin', 'patterns-side.json', 'lean-records.json'),
    'lean-clone': size('automaton.bin', 'lean.v8'),
  };
}

interface Sample {
  readMs: number;
  parseMs: number;
  buildMs: number;
  firstAnnotateMs: number;
  heapMB: number;
  arrayBuffersMB: number;
}

/** One form in this (fresh) process. */
function child(form: Form): Sample {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  const text = readFileSync(join(dir, 'article-ar.txt'), 'utf8');
  const file = (name: string) => join(dir, name);
  const buffer = (name: string) => {
    const b = readFileSync(file(name));
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
  };
  gc();
  gc();
  const m0 = process.memoryUsage();
  const t0 = performance.now();
  // what fetch gives: the bodies, before parsing
  const bodies: Record<string, string | ArrayBuffer> = { auto: buffer('automaton.bin') };
  if (form === 'full') {
    bodies.matcher = readFileSync(file('full-matcher.json'), 'utf8');
    bodies.records = readFileSync(file('full-records.json'), 'utf8');
  } else if (form === 'lean-json') bodies.lean = readFileSync(file('lean.json'), 'utf8');
  else if (form === 'lean-bin') {
    bodies.patterns = buffer('patterns.bin');
    bodies.side = readFileSync(file('patterns-side.json'), 'utf8');
    bodies.records = readFileSync(file('lean-records.json'), 'utf8');
  } else bodies.clone = buffer('lean.v8');
  const t1 = performance.now();
  let index: CompiledIndex;
  if (form === 'full') {
    index = { ...JSON.parse(bodies.records as string), ...JSON.parse(bodies.matcher as string) };
  } else if (form === 'lean-json') index = JSON.parse(bodies.lean as string);
  else if (form === 'lean-bin') {
    const patterns = patternsFromBinary(bodies.patterns as ArrayBuffer, bodies.side as string);
    index = { ...JSON.parse(bodies.records as string), patterns };
  } else index = deserialize(new Uint8Array(bodies.clone as ArrayBuffer));
  const t2 = performance.now();
  const engine = createEngine(index, automatonFromBinary(bodies.auto as ArrayBuffer));
  const t3 = performance.now();
  for (const k of Object.keys(bodies)) if (k !== 'auto') delete bodies[k];
  const ann = engine.annotate(text, { date: PAGE_DATE });
  const t4 = performance.now();
  gc();
  gc();
  const m1 = process.memoryUsage();
  if (ann.entities.length === 0) throw new Error('no entities found: the index did not load');
  return {
    readMs: t1 - t0,
    parseMs: t2 - t1,
    buildMs: t3 - t2,
    firstAnnotateMs: t4 - t3,
    heapMB: (m1.heapUsed - m0.heapUsed) / 1e6,
    arrayBuffersMB: (m1.arrayBuffers - m0.arrayBuffers) / 1e6,
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const at = process.argv.indexOf('--child');
if (at >= 0) {
  process.stdout.write(JSON.stringify(child(process.argv[at + 1] as Form)));
} else {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const bytes = prepare();
  const samples: Record<string, Sample[]> = {};
  for (let r = 0; r < runs; r++) {
    for (const form of FORMS) {
      const out = execFileSync(
        process.execPath,
        ['--expose-gc', '--import', 'tsx', import.meta.filename, '--child', form],
        { cwd: root, encoding: 'utf8' },
      );
      (samples[form] ??= []).push(JSON.parse(out) as Sample);
    }
  }
  const round = (x: number) => Math.round(x * 10) / 10;
  const result: Record<string, unknown> = { runs };
  for (const form of FORMS) {
    const s = samples[form]!;
    const pick = (k: keyof Sample) => round(median(s.map((x) => x[k])));
    result[form] = {
      bytes: bytes[form],
      readMs: pick('readMs'),
      parseMs: pick('parseMs'),
      buildMs: pick('buildMs'),
      firstAnnotateMs: pick('firstAnnotateMs'),
      heapMB: pick('heapMB'),
      arrayBuffersMB: pick('arrayBuffersMB'),
    };
  }
  const full = result.full as { parseMs: number; heapMB: number };
  for (const form of FORMS.slice(1)) {
    const f = result[form] as { parseMs: number; heapMB: number };
    Object.assign(f, { parseVsFull: round(f.parseMs / full.parseMs), heapVsFull: round(f.heapMB / full.heapMB) });
  }
  console.log(JSON.stringify(result, null, 2));
}
