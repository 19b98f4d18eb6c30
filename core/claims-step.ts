// Adds claims and dates to an annotation, block by block (each block in its own language), then
// links figure claims to the dataset's figure series and finds known claims by their cues.
// Kept apart from the engine so the entity pass stays small; the extraction itself lives in
// core/claims and core/dates. Pure; exercised by engine.test.ts and the CLI acceptance test.
import { detectKnownClaims, linkClaims } from './claims/link';
import { extractClaims } from './claims/extract';
import type { CompiledIndex } from './dataset/compiled';
import { extractDates } from './dates/extract';
import type { Annotation, ClaimHit, DateHit, EntityHit, Lang } from './types';

export interface BlockInfo { start: number; end: number; lang: Lang | 'und' }

/** The entity hits with only the mentions inside [start, end), shifted to block offsets. */
function entitiesIn(entities: EntityHit[], start: number, end: number): EntityHit[] {
  const out: EntityHit[] = [];
  for (const e of entities) {
    const mentions = e.mentions.filter((m) => m.start >= start && m.end <= end).map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
    if (mentions.length) out.push({ ...e, mentions });
  }
  return out;
}

const shift = <T extends { start: number; end: number }>(x: T, by: number): T => ({ ...x, start: x.start + by, end: x.end + by });

export function enrichClaims(a: Annotation, text: string, blocks: BlockInfo[], index: CompiledIndex): void {
  const fallback: Lang = a.lang === 'und' ? 'en' : a.lang;
  const claims: ClaimHit[] = [];
  const dates: DateHit[] = [];
  for (const b of blocks) {
    const lang = b.lang === 'und' ? fallback : b.lang;
    const body = text.slice(b.start, b.end);
    const entities = entitiesIn(a.entities, b.start, b.end);
    for (const d of extractDates(body, lang, a.date)) dates.push(shift(d, b.start));
    for (const c of extractClaims(body, lang, { pageDate: a.date, entities })) claims.push(shift(c, b.start));
    for (const c of detectKnownClaims(body, lang, index.claims, { entities: a.entities, events: a.events })) claims.push(shift(c, b.start));
  }
  a.dates = dates;
  const linked = linkClaims(claims.sort((x, y) => x.start - y.start), { events: a.events, figures: index.figures, pageDate: a.date, entities: a.entities, nameOf: (id) => index.entities[id]?.name });
  // a figure with no series of its own takes the context of a known claim in the same sentence
  // ("within two days" inside the known withdrawal-timeline claim)
  const known = linked.filter((c) => c.kind === 'known-claim' && c.links.length);
  a.claims = linked.map((c) => {
    if (c.kind !== 'figure' || c.links.length) return c;
    const dist = (k: ClaimHit) => Math.max(0, k.start - c.end, c.start - k.end);
    const near = known.filter((k) => sameSentence(text, c, k)).sort((x, y) => dist(x) - dist(y))[0];
    return near ? { ...c, links: near.links.map((l) => ({ ...l, relation: 'context' })) } : c;
  });
}

/** Do two spans sit in one sentence (no sentence end between them)? */
function sameSentence(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  return to - from < 300 && !/[.!?؟。\n]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}
