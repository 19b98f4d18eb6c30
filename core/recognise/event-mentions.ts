// The event a page is about, named the way the press writes it: a word of its kind (summit, election,
// referendum) right next to its host town or country or its organisation ("саммит СНГ в Душанбе",
// "قمة أستانا", "阿斯塔纳峰会", "Tianjin summiti"). Adds that kind word as a mention of the top event;
// never touches other entities' spans. Pure; tested in event-mentions.test.ts.
import type { CompiledIndex } from '../dataset/compiled';
import type { EventKind } from '../lang/language';
import { LANGUAGES } from '../lang/registry';
import { isWordChar, type Folded } from '../text/fold';
import type { EntityHit, EventHit, Lang, Span } from '../types';
import type { Block } from './blocks';
import { eventKindsOf, kindsIn } from './event-kinds';
import { hitOf } from './resolve';
import { EVENTS } from './weights';

/** kinds whose events the press names by the kind word and the place or body ("the summit in Astana") */
const NAMED_KINDS: ReadonlySet<EventKind> = new Set(['summit', 'election', 'referendum']);
const SENTENCE_END = /[.!?。！？\n]/;

/** The [start, end) of the sentence of `text` around offset `at`. */
export function sentenceAround(text: string, at: number): [number, number] {
  let s = at;
  while (s > 0 && !SENTENCE_END.test(text[s - 1]!)) s--;
  let e = at;
  while (e < text.length && !SENTENCE_END.test(text[e]!)) e++;
  return [s, e];
}

/** First key index whose source starts at or after `offset` (the fold's start offsets ascend). */
function keyAt(folded: Folded, offset: number): number {
  let lo = 0,
    hi = folded.key.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (folded.start[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Word ranges [start, end) of the key between ks and ke, shortest first; unspaced: every 2-4 letter run. */
function candidateRanges(key: string, ks: number, ke: number, unspaced: boolean): [number, number][] {
  const out: [number, number][] = [];
  if (unspaced) {
    for (let n = 2; n <= 4; n++) for (let i = ks; i + n <= ke; i++) out.push([i, i + n]);
    return out;
  }
  const words: [number, number][] = [];
  for (let i = ks; i < ke; i++) {
    if (!isWordChar(key[i]) || (i > ks && isWordChar(key[i - 1]))) continue;
    let j = i;
    while (j < ke && isWordChar(key[j])) j++;
    words.push([i, j]);
  }
  // a kind word may be two or three words ("halk oylaması", "нишасти сарони"); shortest first, so the
  // span is the kind word and not the words before it
  for (let n = 1; n <= 3; n++)
    for (let w = 0; w + n <= words.length; w++) out.push([words[w]![0], words[w + n - 1]![1]]);
  return out;
}

const overlaps = (a: Span, spans: readonly Span[]) => spans.some((b) => a.start < b.end && b.start < a.end);

/**
 * The entities with the top event added when the text names it by a word of its kind within
 * `EVENTS.namedGap` characters of its town, country or organisation in the same sentence. Only an event
 * that leads clearly (not `close`), is confident, and is not already named.
 */
export function addNamedEvent(
  index: CompiledIndex,
  entities: EntityHit[],
  events: readonly EventHit[],
  text: string,
  folded: Folded,
  blocks: readonly Block[],
): EntityHit[] {
  const top = events[0];
  if (!top || top.close || top.score < EVENTS.namedMinScore) return entities;
  if (entities.some((e) => e.id === top.id)) return entities;
  const rec = index.entities[top.id];
  const kinds = eventKindsOf(top.id).filter((k) => NAMED_KINDS.has(k));
  if (!rec || kinds.length === 0) return entities;
  const orgs = (rec.participants ?? []).filter((id) => index.entities[id]?.type === 'organisation');
  const anchors = new Set([...(rec.places ?? []), ...orgs]);
  const taken = entities.flatMap((e) => e.mentions);
  const found: Span[] = [];
  for (const e of entities) {
    if (e.ambiguous || !anchors.has(e.id)) continue;
    for (const m of e.mentions) {
      const block = blocks.find((b) => b.start <= m.start && m.start < b.end);
      if (!block || block.lang === 'und') continue;
      const lang = block.lang as Lang;
      const [ss, se] = sentenceAround(text, m.start);
      const ks = keyAt(folded, Math.max(ss, m.start - EVENTS.namedGap));
      const ke = keyAt(folded, Math.min(se, m.end + EVENTS.namedGap));
      for (const [rs, re] of candidateRanges(folded.key, ks, ke, !!LANGUAGES[lang].unspaced)) {
        const got = kindsIn(folded.key, rs, re, lang);
        if (!kinds.some((k) => got.has(k))) continue;
        let end = folded.end[re - 1]!;
        if (!LANGUAGES[lang].unspaced) while (end < text.length && isWordChar(text[end])) end++;
        const span: Span = { start: folded.start[rs]!, end, text: '' };
        if (overlaps(span, taken) || overlaps(span, found)) continue;
        found.push({ ...span, text: text.slice(span.start, span.end) });
      }
    }
  }
  if (found.length === 0) return entities;
  found.sort((a, b) => a.start - b.start);
  return [...entities, { ...hitOf(rec), mentions: found }];
}
