// Event ranking: which of the dataset's events a text is about, from direct mentions of the
// event, its places and participants present, its cue words seen in the text (collected during
// the matching pass), and the page date against the event's dates. Weights in weights.ts.
// Pure; tested in events.test.ts.
import type { CompiledIndex, DisplayRecord } from '../dataset/compiled';
import type { EventKind } from '../lang/language';
import type { Folded } from '../text/fold';
import type { EntityHit, EventHit, Lang } from '../types';
import { addDays } from './dates';
import { eventKindsOf, kindsIn, yearsIn } from './event-kinds';
import type { CueHits } from './mentions';
import { EVENTS } from './weights';

/** What the words and numbers of a text say about events, besides names: kinds of event and years. */
export interface TextEvidence {
  kinds: Set<EventKind>;
  years: Set<number>;
}

/** Kinds of event named in each block (in its language) and the years the text names. */
export function textEvidence(
  f: Folded,
  blocks: readonly { start: number; end: number; lang: Lang | 'und' }[],
): TextEvidence {
  const kinds = new Set<EventKind>();
  const keyAt = (pos: number) => {
    let lo = 0,
      hi = f.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (f.start[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const b of blocks) if (b.lang !== 'und') kindsIn(f.key, keyAt(b.start), keyAt(b.end), b.lang, kinds);
  return { kinds, years: yearsIn(f.key) };
}

/** How many events list each entity among their places and participants (once per index). */
const listingCache = new WeakMap<CompiledIndex, Map<string, number>>();
function eventsListing(index: CompiledIndex, eventRecords: DisplayRecord[]): Map<string, number> {
  let m = listingCache.get(index);
  if (m) return m;
  m = new Map();
  for (const ev of eventRecords)
    for (const id of new Set([...(ev.places ?? []), ...(ev.participants ?? [])])) m.set(id, (m.get(id) ?? 0) + 1);
  listingCache.set(index, m);
  return m;
}

const SUB_KINDS = new Set<EventKind>(['presidential', 'parliamentary']);
const NO_EVIDENCE: TextEvidence = { kinds: new Set(), years: new Set() };
const yearOf = (d: string) => Number(d.slice(0, 4));

/** The dataset's events, ranked for a text's resolved entities, cue hits, words, years and page date. */
export function inferEvents(
  index: CompiledIndex,
  eventRecords: DisplayRecord[],
  entities: EntityHit[],
  cueHits: CueHits,
  date?: string,
  evidence: TextEvidence = NO_EVIDENCE,
): EventHit[] {
  const present = new Set<string>();
  const mentionCount = new Map<string, number>();
  for (const e of entities) {
    if (e.ambiguous) continue;
    present.add(e.id);
    mentionCount.set(e.id, e.mentions.length);
  }
  // cue words count only for events that have an entity on the page
  const candidates = eventRecords.filter(
    (ev) =>
      mentionCount.has(ev.id) || ev.places?.some((p) => present.has(p)) || ev.participants?.some((p) => present.has(p)),
  );
  // a country or an international body says little about which event it is; a town or a person says more
  const weight = (id: string) => {
    const r = index.entities[id];
    return !r
      ? 0
      : (r.type === 'place' && !r.country) || (r.type === 'organisation' && !r.country)
        ? EVENTS.broadEntity
        : 1;
  };
  const owners = (id: string) => eventsListing(index, eventRecords).get(id) ?? 0;
  const out: EventHit[] = [];
  for (const ev of candidates) {
    let score = EVENTS.mention * Math.min(mentionCount.get(ev.id) ?? 0, EVENTS.maxMentions);
    const places = (ev.places ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
    const people = (ev.participants ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
    score += Math.min(places * EVENTS.place, EVENTS.maxPlaces) + Math.min(people, EVENTS.maxParticipants);
    const cues = cueHits.get(ev.id)?.size ?? 0;
    score += Math.min(cues * EVENTS.cue, EVENTS.maxCues);
    const kinds = eventKindsOf(ev.id).filter((k) => evidence.kinds.has(k));
    const kind = kinds.some((k) => !SUB_KINDS.has(k));
    if (kind) score += EVENTS.kindWord;
    // "presidential" tells a presidential election from a parliamentary one of the same year
    if (kind && kinds.some((k) => SUB_KINDS.has(k))) score += EVENTS.subKindWord;
    if (score === 0) continue;
    // the cue words alone say little: they need an entity of the event too
    if (places + people + (mentionCount.get(ev.id) ?? 0) === 0) continue;
    let fresh = false;
    if (date && ev.start) {
      const end = ev.end ?? ev.start;
      if (date < ev.start) score *= EVENTS.beforeStartFactor;
      else if (date <= addDays(end, EVENTS.freshDays)) {
        score += EVENTS.fresh;
        fresh = true;
      } else if (date > addDays(end, EVENTS.staleDays)) score *= EVENTS.staleFactor;
    }
    // years named in the text: the event's own year is evidence; only other years count against it
    let yearMatch = false;
    if (ev.start && evidence.years.size > 0) {
      const y0 = yearOf(ev.start),
        y1 = yearOf(ev.end ?? ev.start);
      yearMatch = [...evidence.years].some((y) => y >= y0 && y <= y1);
      if (yearMatch) score += EVENTS.yearInText;
      else if (!fresh) score *= EVENTS.otherYearsFactor;
    }
    // the event's entities alone are not enough: something must point at the event itself. An
    // event of a kind (election, clash...) needs a word of its kind, or its date together with a
    // town, region or person of it (a country named in passing near the date is not enough); one of
    // no kind (a transition, a dam) needs its name, its cue words, or an entity no other event has
    const own = mentionCount.get(ev.id) || cues;
    const kinds0 = eventKindsOf(ev.id).length > 0;
    const ofEvent = [...(ev.places ?? []), ...(ev.participants ?? [])].filter((p) => present.has(p) && weight(p) === 1);
    const narrow = ofEvent.length > 0;
    const specific = ofEvent.some((p) => owners(p) === 1);
    if (!(own || (kinds0 ? kind || (fresh && narrow) : specific))) continue;
    const conf = 1 - Math.exp(-score / EVENTS.confidenceScale);
    if (conf >= EVENTS.minConfidence)
      out.push({
        id: ev.id,
        name: ev.name,
        ...(ev.wikipedia ? { wikipedia: ev.wikipedia } : {}),
        score: Math.round(conf * 100) / 100,
      });
  }
  out.sort((a, b) => b.score - a.score);
  // others only when they come close to the best: an article is mostly about one event
  const best = out[0]?.score ?? 0;
  return out.filter((e) => e.score >= best * EVENTS.nearBest).slice(0, EVENTS.maxEvents);
}
