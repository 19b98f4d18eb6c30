// Large texts for the CLI: cuts a text at line ends into slices of at most `maxChars`, annotates
// each with the engine and merges the results (offsets shifted back into the whole text), so a
// 50 MB file costs the memory of one slice, not of the whole pipeline at once; with several cores
// the slices are annotated by worker threads (annotate-worker.ts) and merged in order, so the
// result is the same. Node only (the extension slices in its background script). Tested in chunked.test.ts.
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Annotation, EntityHit, EventHit } from '../../core/types';
import type { AnnotateOptions, Engine } from '../../core/engine';

/** A slice size that keeps one engine pass small but leaves "one sense per article" its context. */
export const SLICE_CHARS = 1_000_000;

/** Start offsets of slices of `text`, each ending at a line end when one is within the slice. */
export function sliceStarts(text: string, maxChars = SLICE_CHARS): number[] {
  const starts = [0];
  let at = 0;
  while (text.length - at > maxChars) {
    const nl = text.lastIndexOf('\n', at + maxChars - 1);
    at = nl > at ? nl + 1 : at + maxChars;
    starts.push(at);
  }
  return starts;
}

/** Shifts a slice's annotation by `offset` and adds it to `into`. */
export function mergeAnnotation(
  into: Annotation,
  part: Annotation,
  offset: number,
  weights: Map<string, number>,
  partChars: number,
): void {
  const shift = <T extends { start: number; end: number }>(s: T): T => ({
    ...s,
    start: s.start + offset,
    end: s.end + offset,
  });
  const byKey = new Map<string, EntityHit>(into.entities.map((e) => [entityKey(e), e]));
  for (const e of part.entities) {
    const key = entityKey(e);
    const have = byKey.get(key);
    if (have) have.mentions.push(...e.mentions.map(shift));
    else {
      const copy = { ...e, mentions: e.mentions.map(shift) };
      byKey.set(key, copy);
      into.entities.push(copy);
    }
  }
  const events = new Map<string, EventHit>(into.events.map((e) => [e.id, e]));
  for (const ev of part.events) {
    const have = events.get(ev.id);
    if (!have || have.score < ev.score) events.set(ev.id, ev);
  }
  into.events = [...events.values()].sort((a, b) => b.score - a.score);
  for (const c of part.claims) into.claims.push(shift(c));
  for (const d of part.dates) into.dates.push(shift(d));
  if (part.lang !== 'und') weights.set(part.lang, (weights.get(part.lang) ?? 0) + partChars);
  into.lang = ([...weights].sort((a, b) => b[1] - a[1])[0]?.[0] as Annotation['lang']) ?? into.lang;
}

const entityKey = (e: EntityHit) =>
  e.ambiguous ? `${e.id}?${e.ambiguous.candidates.map((c) => c.id).join('|')}` : e.id;

/** The engine's annotation of `text`, computed slice by slice when the text is longer than `maxChars`. */
export function annotateInSlices(
  engine: Engine,
  text: string,
  opts: AnnotateOptions,
  maxChars = SLICE_CHARS,
): Annotation {
  if (text.length <= maxChars) return engine.annotate(text, opts);
  const starts = sliceStarts(text, maxChars);
  const out: Annotation = { lang: 'und', date: opts.date, entities: [], events: [], claims: [], dates: [] };
  const weights = new Map<string, number>();
  for (let i = 0; i < starts.length; i++) {
    const end = starts[i + 1] ?? text.length;
    const part = engine.annotate(text.slice(starts[i], end), opts);
    out.date ??= part.date;
    mergeAnnotation(out, part, starts[i], weights, end - starts[i]);
  }
  return out;
}

/**
 * Worker threads for a large text: one per core, at most 2. Each holds its own engine (~25 MB) and
 * one slice's working set; a third and fourth added memory past the CLI's 500 MB budget for 50 MB.
 */
/**
 * The worker is TypeScript: a two-line boot script loads it through tsx's API, whatever started this
 * process (the CLI under tsx, or the tests). (`--import tsx` in a worker's execArgv does not apply
 * to the worker's own entry file in Node 20.)
 */
function workerBoot(): string {
  // the ESM entry of tsx's API (its CommonJS one, which require.resolve gives, cannot be import()ed)
  const api = pathToFileURL(
    join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./annotate-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}));`;
}

export const defaultWorkers = (): number => Number(process.env.OXUS_CLI_WORKERS) || Math.min(2, availableParallelism()); // env: to compare 1 and 2

/**
 * The same annotation as annotateInSlices, the slices annotated by `workers` worker threads (each
 * given the next slice when it is free) and merged in slice order. Texts of one or two slices, or
 * one worker, take the single-thread path.
 */
export async function annotateInParallel(
  engine: Engine,
  text: string,
  opts: AnnotateOptions,
  workers = defaultWorkers(),
  maxChars = SLICE_CHARS,
): Promise<Annotation> {
  const starts = sliceStarts(text, maxChars);
  if (starts.length <= 2 || workers <= 1) return annotateInSlices(engine, text, opts, maxChars);
  const out: Annotation = { lang: 'und', date: opts.date, entities: [], events: [], claims: [], dates: [] };
  const weights = new Map<string, number>();
  const done = new Map<number, Annotation>();
  let merged = 0;
  let next = 0;
  const pool = Array.from({ length: Math.min(workers, starts.length) }, () => new Worker(workerBoot(), { eval: true }));
  try {
    await new Promise<void>((resolve, reject) => {
      const send = (w: Worker) => {
        if (next >= starts.length) return;
        const i = next++;
        w.postMessage({ i, text: text.slice(starts[i], starts[i + 1] ?? text.length), opts });
      };
      for (const w of pool) {
        w.on('error', reject);
        w.on('message', (m: { i: number; ann?: Annotation; error?: string }) => {
          if (m.error || !m.ann) return reject(new Error(`slice ${m.i}: ${m.error}`));
          done.set(m.i, m.ann);
          send(w);
          // merge in slice order (results held only until the ones before them arrive)
          for (let part = done.get(merged); part; part = done.get(merged)) {
            done.delete(merged);
            const end = starts[merged + 1] ?? text.length;
            out.date ??= part.date;
            mergeAnnotation(out, part, starts[merged], weights, end - starts[merged]);
            merged++;
          }
          if (merged === starts.length) resolve();
        });
        send(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}
