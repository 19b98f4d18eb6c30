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
import { LATER } from './slice-queue';

/**
 * Characters per piece (disambiguation is per piece): each stage of its entity pass is one step, so
 * this bounds the longest step. 64 K gave 116-128 ms steps in Firefox on a page of one name
 * repeated; 16 K keeps a stage of such a page near 30 ms there (measured: see the commit).
 */
export const ENTITY_PIECE = 16_000;
/** A slice gives the thread back once this many ms have passed, or earlier when the step just run
 * took long enough that another would pass it (a slice is then one step). */
export const SLICE_MS = 8;
/** A piece shorter than this has its entity pass in one step: an article beside a huge page in
 * another tab then waits for one of that page's slices, not one per stage of its own pass. */
export const STAGED_PIECE = 4_000;

/** Whether a slice that started `elapsed` ms ago, whose last step took `lastStep` ms, should yield now. */
export const sliceOver = (elapsed: number, lastStep: number, sliceMs: number): boolean =>
  elapsed >= sliceMs || elapsed + lastStep > sliceMs;

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

/** The entities parts of several pieces merged as each piece ends (offsets shifted, language by size). */
class EntitiesMerge {
  private readonly entities = new Map<string, EntityHit>();
  private readonly events = new Map<string, EventHit>();
  private readonly langSize = new Map<Lang | 'und', number>();

  add(a: Annotation, [s, e]: [number, number]): void {
    mergeEntities(this.entities, a.entities, s);
    mergeEvents(this.events, a.events);
    this.langSize.set(a.lang, (this.langSize.get(a.lang) ?? 0) + (e - s));
  }

  result(opts: AnnotateOptions): Annotation {
    const lang = [...this.langSize].filter(([l]) => l !== 'und').sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
    return {
      lang,
      date: opts.date,
      entities: [...this.entities.values()],
      events: markClose([...this.events.values()].sort((a, b) => b.score - a.score)),
      claims: [],
      dates: [],
    };
  }
}

type Steps = Generator<Annotation | undefined, Annotation>;

/** The slices of one annotation; `onEntities` gets the entities part (claims and dates empty). */
export function* annotateInSlices(
  engine: Engine,
  text: string,
  opts: AnnotateOptions,
  onEntities: (a: Annotation) => void,
  sliceMs = SLICE_MS,
  clock: () => number = () => performance.now(),
  sizes: { piece?: number; staged?: number } = {},
): Generator<typeof LATER | undefined, Annotation> {
  const ps = pieces(text, sizes.piece ?? ENTITY_PIECE);
  const runs: { at: number; steps: Steps; done?: Annotation }[] = [];
  const merge = new EntitiesMerge();
  let single: Annotation | undefined;
  let t0 = clock();
  let last = 0; // ms the step just run took
  const next = (steps: Steps) => {
    const a = clock();
    const r = steps.next();
    last = clock() - a;
    return r;
  };
  for (const piece of ps) {
    const [s, e] = piece;
    const steps = engine.annotateSteps(ps.length === 1 ? text : text.slice(s, e), { ...opts, entitiesOnly: false });
    // the entity pass's stages, up to the step that yields the entities part
    const staged = e - s >= (sizes.staged ?? STAGED_PIECE);
    for (;;) {
      const r = next(steps);
      if (r.done || r.value) {
        runs.push({ at: s, steps, ...(r.done ? { done: r.value } : {}) });
        if (ps.length === 1) single = r.value!;
        else merge.add(r.value!, piece);
      }
      if (staged && sliceOver(clock() - t0, last, sliceMs)) {
        yield;
        t0 = clock();
      }
      if (r.done || r.value) break;
    }
  }
  onEntities(single ?? merge.result(opts));
  // the entities reply goes now; the claims wait behind the entity passes of the tab's other parts
  yield LATER;
  t0 = clock();
  last = 0;
  const claims: Annotation['claims'] = [];
  const dates: Annotation['dates'] = [];
  for (const run of runs) {
    let r: IteratorResult<Annotation | undefined, Annotation> | undefined = run.done
      ? { done: true, value: run.done }
      : undefined;
    while (!r?.done) {
      if (sliceOver(clock() - t0, last, sliceMs)) {
        yield;
        t0 = clock();
      }
      r = next(run.steps);
    }
    if (ps.length === 1) return r.value;
    for (const c of r.value.claims) claims.push(shifted(c, run.at));
    for (const d of r.value.dates) dates.push(shifted(d, run.at));
  }
  return { ...merge.result(opts), claims, dates };
}
