// Adds claims and dates to an annotation, block by block (each block in its own language), then
// links figure claims to the dataset's figure series and finds known claims by their cues.
// Kept apart from the engine so the entity pass stays small; the extraction itself lives in
// core/claims and core/dates. Pure; exercised by engine.test.ts and the CLI acceptance test.
import { clearCueMemo } from './claims/cues';
import { knownClaimsFinder, linkClaims } from './claims/link';
import { extractClaims } from './claims/extract';
import type { CompiledIndex } from './dataset/compiled';
import { extractDates, monthScope } from './dates/extract';
import { fold, sliceFold, type Folded } from './text/fold';
import type { Annotation, ClaimHit, DateHit, EntityHit, Lang } from './types';

export interface BlockInfo {
  start: number;
  end: number;
  lang: Lang | 'und';
}

/**
 * Per block, the entity hits with only the mentions inside it, shifted to block offsets, in the
 * order of `entities`. One pass over all mentions (a binary search each): linear in the page, where
 * filtering every mention for every block was blocks x mentions (issue 13: a 120k-paragraph page).
 */
export function entitiesByBlock(entities: EntityHit[], blocks: BlockInfo[]): EntityHit[][] {
  const out: EntityHit[][] = blocks.map(() => []);
  for (const e of entities) {
    const mine = new Map<number, EntityHit>();
    for (const m of e.mentions) {
      const b = blockOf(blocks, m.start);
      if (b < 0 || m.end > blocks[b]!.end) continue;
      let hit = mine.get(b);
      if (!hit) {
        mine.set(b, (hit = { ...e, mentions: [] }));
        out[b]!.push(hit);
      }
      const base = blocks[b]!.start;
      hit.mentions.push({ ...m, start: m.start - base, end: m.end - base });
    }
  }
  return out;
}

/** Index of the last block starting at or before pos, -1 when none. */
function blockOf(blocks: BlockInfo[], pos: number): number {
  let lo = 0,
    hi = blocks.length - 1,
    found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

const shift = <T extends { start: number; end: number }>(x: T, by: number): T => ({
  ...x,
  start: x.start + by,
  end: x.end + by,
});

export function enrichClaims(
  a: Annotation,
  text: string,
  blocks: BlockInfo[],
  index: CompiledIndex,
  folded?: Folded,
): void {
  const steps = claimSteps(a, text, blocks, index, folded);
  while (!steps.next().done);
}

/**
 * enrichClaims as steps: yields after each block, so a caller can stop between blocks and give the
 * thread back (the background's time-sized slices); run to the end, it is enrichClaims exactly.
 * `folded`: fold(text) when the caller has it (the engine's entity pass): each block's key is read
 * off it (sliceFold, exact for lines) instead of folding the block again; without it, as before.
 */
export function* claimSteps(
  a: Annotation,
  text: string,
  blocks: BlockInfo[],
  index: CompiledIndex,
  folded?: Folded,
): Generator<undefined, void> {
  const fallback: Lang = a.lang === 'und' ? 'en' : a.lang;
  const claims: ClaimHit[] = [];
  const dates: DateHit[] = [];
  const perBlock = entitiesByBlock(a.entities, blocks);
  const knownIn = knownClaimsFinder(index.claims, { entities: a.entities, events: a.events });
  clearCueMemo(); // the entity pass's month scans hold slices of the page's fold
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const lang = b.lang === 'und' ? fallback : b.lang;
    const body = text.slice(b.start, b.end);
    const entities = perBlock[i]!;
    // the block's dates, found once: reported, and read by the claims for their dates
    // the block's key, for its dates, its sentences and its known-claim cues
    const f = folded ? sliceFold(folded, b.start, b.end) : fold(body);
    const blockDates = extractDates(body, lang, a.date, f);
    for (const d of blockDates) dates.push(shift(d, b.start));
    for (const c of extractClaims(body, lang, { pageDate: a.date, entities, dates: blockDates, folded: f }))
      claims.push(shift(c, b.start));
    for (const c of knownIn(body, f, lang)) claims.push(shift(c, b.start));
    yield;
  }
  clearCueMemo(); // nothing scanned on this page is asked about again; let its fold go
  monthScope(false); // nor its month names (kept from the entity pass, engine.ts)
  a.dates = dates;
  const linked = linkClaims(
    claims.sort((x, y) => x.start - y.start),
    {
      events: a.events,
      figures: index.figures,
      pageDate: a.date,
      entities: a.entities,
      nameOf: (id) => index.entities[id]?.name,
    },
  );
  // a figure with no series of its own takes the context of a known claim in the same sentence
  // ("within two days" inside the known withdrawal-timeline claim)
  // (known is in start order; only those starting within 300 characters can share a sentence)
  const known = linked.filter((c) => c.kind === 'known-claim' && c.links.length);
  a.claims = linked.map((c) => {
    if (c.kind !== 'figure' || c.links.length) return c;
    const dist = (k: ClaimHit) => Math.max(0, k.start - c.end, c.start - k.end);
    const near = knownAround(known, c.end - 300, c.start + 300)
      .filter((k) => sameSentence(text, c, k))
      .sort((x, y) => dist(x) - dist(y))[0];
    return near ? { ...c, links: near.links.map((l) => ({ ...l, relation: 'context' })) } : c;
  });
}

/** Do two spans sit in one sentence (no sentence end between them)? */
function sameSentence(text: string, a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const from = Math.min(a.start, b.start);
  const to = Math.max(a.end, b.end);
  return to - from < 300 && !/[.!?؟。\n]/.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

/** The known claims (sorted by start) that start in (from, to). */
function knownAround(known: ClaimHit[], from: number, to: number): ClaimHit[] {
  let lo = 0,
    hi = known.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (known[mid]!.start <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: ClaimHit[] = [];
  for (let i = lo; i < known.length && known[i]!.start < to; i++) out.push(known[i]!);
  return out;
}
