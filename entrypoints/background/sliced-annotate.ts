// One page's annotation as slices for the SliceQueue: the text is cut at line ends into pieces,
// entities first (one entities-only pass per piece, then a callback so the page can draw them),
// then claims and dates (a full pass per smaller piece). A text of one piece gets exactly what one
// engine.annotate call gives. Pure: no extension API. Tested in slice-queue.test.ts.
import type { AnnotateOptions, Engine } from '../../core/engine';
import type { Annotation, EntityHit, EventHit, Lang } from '../../core/types';
import { markClose } from '../../core/recognise/events';

/** Characters per slice: an entities-only pass is several times cheaper than a full one. */
export const ENTITY_PIECE = 64_000;
export const CLAIM_PIECE = 32_000;

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
): Generator<void, Annotation> {
  const ents = pieces(text, ENTITY_PIECE);
  if (ents.length <= 1) {
    // the common case: one article, one pass each, as engine.annotate gives them
    const first = engine.annotate(text, { ...opts, entitiesOnly: true });
    onEntities(first);
    yield;
    if (pieces(text, CLAIM_PIECE).length <= 1) {
      const full = engine.annotate(text, opts);
      return { ...first, claims: full.claims, dates: full.dates, events: full.events };
    }
    return yield* claimsInSlices(engine, text, opts, first);
  }
  const entities = new Map<string, EntityHit>();
  const events = new Map<string, EventHit>();
  const langSize = new Map<Lang | 'und', number>();
  for (const [s, e] of ents) {
    const a = engine.annotate(text.slice(s, e), { ...opts, entitiesOnly: true });
    mergeEntities(entities, a.entities, s);
    mergeEvents(events, a.events);
    langSize.set(a.lang, (langSize.get(a.lang) ?? 0) + (e - s));
    yield;
  }
  const lang = [...langSize].filter(([l]) => l !== 'und').sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'und';
  const first: Annotation = {
    lang,
    date: opts.date,
    entities: [...entities.values()],
    events: markClose([...events.values()].sort((a, b) => b.score - a.score)),
    claims: [],
    dates: [],
  };
  onEntities(first);
  yield;
  return yield* claimsInSlices(engine, text, opts, first);
}

function* claimsInSlices(
  engine: Engine,
  text: string,
  opts: AnnotateOptions,
  first: Annotation,
): Generator<void, Annotation> {
  const claims: Annotation['claims'] = [];
  const dates: Annotation['dates'] = [];
  const events = new Map<string, EventHit>();
  for (const [s, e] of pieces(text, CLAIM_PIECE)) {
    const a = engine.annotate(text.slice(s, e), opts);
    for (const c of a.claims) claims.push(shifted(c, s));
    for (const d of a.dates) dates.push(shifted(d, s));
    mergeEvents(events, a.events);
    yield;
  }
  return { ...first, events: markClose([...events.values()].sort((a, b) => b.score - a.score)), claims, dates };
}
