// One page's annotation as slices for the SliceQueue: the text is cut at line ends into pieces of
// at most ENTITY_PIECE characters; each piece's entities come first (then a callback, so the page
// can draw them), then each piece's claims and dates continue from the same engine steps (the
// entity pass is not run twice). A slice ends once SLICE_MS have passed (checked between engine
// steps: a stage of a piece's entity pass, or one block's claims), not after a fixed amount of text. A text of
// one piece gets exactly what one engine.annotate call gives. Pure: no extension API.
// Tested in slice-queue.test.ts.
import type { AnnotateOptions, Engine } from '../../core/engine';
import type { Annotation, EntityHit, EventHit, Lang } from '../../core/types';
import { markClose } from '../../core/recognise/events';

/** Characters per piece (disambiguation is per piece): each stage of its entity pass is one step. */
export const ENTITY_PIECE = 64_000;
/** A slice gives the thread back once this many ms have passed (the next step may still run long). */
export const SLICE_MS = 12;
/** A piece shorter than this has its entity pass in one step: an article beside a huge page in
 * another tab then waits for one of that page's slices, not one per stage of its own pass. */
export const STAGED_PIECE = 16_000;

/** [start, end) pieces of at most `size` characters, cut after a line end when there is one. */
export function pieces(text: string, size: number): [number, number][] {
  const out: [number, number][] = [];
  let s = 0;
  while (s < text.length) {
    let e = Math.min(text.length, s + size);
    if (e < text.length) {
      const nl = text.lastIndexOf('\n', e - 1);
      if (nl >= s) e = nl + 1;
    }
    out.push([s, e]);
    s = e;
  }
  return out;
}

const shifted = <T extends { start: number; end: number }>(x: T, by: number): T =>
  by ? { ...x, start: x.start + by, end: x.end + by } : x;

function mergeEntities(into: Map<string, EntityHit>, hits: EntityHit[], by: number): void {
  for (const e of hits) {
    const mentions = e.mentions.map((m) => shifted(m, by));
    const cur = into.get(e.id);
    if (cur) cur.mentions.push(...mentions);
    else into.set(e.id, { ...e, mentions });
  }
}

function mergeEvents(into: Map<string, EventHit>, events: EventHit[]): void {
  for (const ev of events) {
    const cur = into.get(ev.id);
    if (!cur || cur.score < ev.score) into.set(ev.id, ev);
  }
}

/** The slices of one annotation; `onEntities` gets the entities part (claims and dates empty). */
export function* annotateInSlices(
  engine: Engine,
  text: string,
  opts: AnnotateOptions,
  onEntities: (a: Annotation) => void,
  sliceMs = SLICE_MS,
  clock: () => number = () => performance.now(),
): Generator<void, Annotation> {
  const ps = pieces(text, ENTITY_PIECE);
  const runs: { at: number; steps: Generator<Annotation | undefined, Annotation>; done?: Annotation }[] = [];
  const parts: Annotation[] = [];
  let t0 = clock();
  for (const [s, e] of ps) {
    const steps = engine.annotateSteps(ps.length === 1 ? text : text.slice(s, e), { ...opts, entitiesOnly: false });
    // the entity pass's stages, up to the step that yields the entities part
    const staged = e - s >= STAGED_PIECE;
    for (;;) {
      const r = steps.next();
      if (staged && clock() - t0 >= sliceMs) {
        yield;
        t0 = clock();
      }
      if (r.done || r.value) {
        runs.push({ at: s, steps, ...(r.done ? { done: r.value } : {}) });
        parts.push(r.value!);
        break;
      }
    }
  }
  const first = ps.length === 1 ? parts[0]! : mergedEntities(parts, ps, opts);
  onEntities(first);
  yield; // the entities reply goes now
  t0 = clock();
  const claims: Annotation['claims'] = [];
  const dates: Annotation['dates'] = [];
  for (const run of runs) {
    let r: IteratorResult<Annotation | undefined, Annotation> = run.done
      ? { done: true, value: run.done }
      : run.steps.next();
    while (!r.done) {
      if (clock() - t0 >= sliceMs) {
        yield;
        t0 = clock();
      }
      r = run.steps.next();
    }
    if (ps.length === 1) return r.value;
    for (const c of r.value.claims) claims.push(shifted(c, run.at));
    for (const d of r.value.dates) dates.push(shifted(d, run.at));
  }
  return { ...first, claims, dates };
}

/** The entities parts of several pieces as one annotation (offsets shifted, language by size). */
function mergedEntities(parts: Annotation[], ps: [number, number][], opts: AnnotateOptions): Annotation {
  const entities = new Map<string, EntityHit>();
  const events = new Map<string, EventHit>();
  const langSize = new Map<Lang | 'und', number>();
  parts.forEach((a, i) => {
    const [s, e] = ps[i]!;
    mergeEntities(entities, a.entities, s);
    mergeEvents(events, a.events);
    langSize.set(a.lang, (langSize.get(a.lang) ?? 0) + (e - s));
  });
  const lang = [...langSize].filter(([l]) => l !== 'und').sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  return {
    lang,
    date: opts.date,
    entities: [...entities.values()],
    events: markClose([...events.values()].sort((a, b) => b.score - a.score)),
    claims: [],
    dates: [],
  };
}
