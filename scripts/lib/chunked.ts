// Large texts for the CLI: cuts a text at line ends into slices of at most `maxChars`, annotates
// each with the engine and merges the results (offsets shifted back into the whole text), so a
// 50 MB file costs the memory of one slice, not of the whole pipeline at once. Node only (the
// extension slices in its background script). Tested in chunked.test.ts.
import type { Annotation, ClaimHit, EntityHit, EventHit } from '../../core/types';
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
  claimSink?: (claims: ClaimHit[]) => void,
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
  if (claimSink) claimSink(part.claims.map(shift));
  else for (const c of part.claims) into.claims.push(shift(c));
  for (const d of part.dates) into.dates.push(shift(d));
  if (part.lang !== 'und') weights.set(part.lang, (weights.get(part.lang) ?? 0) + partChars);
  into.lang = ([...weights].sort((a, b) => b[1] - a[1])[0]?.[0] as Annotation['lang']) ?? into.lang;
}

const entityKey = (e: EntityHit) =>
  e.ambiguous ? `${e.id}?${e.ambiguous.candidates.map((c) => c.id).join('|')}` : e.id;

/**
 * The engine's annotation of `text`, computed slice by slice when the text is longer than `maxChars`.
 * With `claimSink`, each slice's claims (offsets already in the whole text) go to it instead of
 * into the result, so a 50 MB text's 200,000 claims need not stay in memory (the CLI spools them).
 */
export function annotateInSlices(
  engine: Engine,
  text: string,
  opts: AnnotateOptions,
  maxChars = SLICE_CHARS,
  claimSink?: (claims: ClaimHit[]) => void,
): Annotation {
  if (text.length <= maxChars) return engine.annotate(text, opts);
  const starts = sliceStarts(text, maxChars);
  const out: Annotation = { lang: 'und', date: opts.date, entities: [], events: [], claims: [], dates: [] };
  const weights = new Map<string, number>();
  for (let i = 0; i < starts.length; i++) {
    const end = starts[i + 1] ?? text.length;
    const part = engine.annotate(text.slice(starts[i], end), opts);
    out.date ??= part.date;
    mergeAnnotation(out, part, starts[i], weights, end - starts[i], claimSink);
  }
  return out;
}
