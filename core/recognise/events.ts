// Event ranking: which of the dataset's events a text is about, from direct mentions of the
// event, its places and participants present, its cue words seen in the text (collected during
// the matching pass), and the page date against the event's dates. Weights in weights.ts.
// Pure; tested in events.test.ts.
import type { CompiledIndex, DisplayRecord } from '../dataset/compiled';
import type { EntityHit, EventHit } from '../types';
import { addDays } from './dates';
import type { CueHits } from './mentions';
import { EVENTS } from './weights';

/** The dataset's events, ranked for a text's resolved entities, cue hits and page date. */
export function inferEvents(index: CompiledIndex, eventRecords: DisplayRecord[], entities: EntityHit[], cueHits: CueHits, date?: string): EventHit[] {
  const present = new Set<string>();
  const mentionCount = new Map<string, number>();
  for (const e of entities) {
    if (e.ambiguous) continue;
    present.add(e.id);
    mentionCount.set(e.id, e.mentions.length);
  }
  // cue words count only for events that have an entity on the page
  const candidates = eventRecords.filter((ev) => mentionCount.has(ev.id) || ev.places?.some((p) => present.has(p)) || ev.participants?.some((p) => present.has(p)));
  // a country or an international body says little about which event it is; a town or a person says more
  const weight = (id: string) => {
    const r = index.entities[id];
    return !r ? 0 : (r.type === 'place' && !r.country) || (r.type === 'organisation' && !r.country) ? EVENTS.broadEntity : 1;
  };
  const out: EventHit[] = [];
  for (const ev of candidates) {
    let score = EVENTS.mention * Math.min(mentionCount.get(ev.id) ?? 0, EVENTS.maxMentions);
    const places = (ev.places ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
    const people = (ev.participants ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
    score += Math.min(places * EVENTS.place, EVENTS.maxPlaces) + Math.min(people, EVENTS.maxParticipants);
    score += Math.min((cueHits.get(ev.id)?.size ?? 0) * EVENTS.cue, EVENTS.maxCues);
    if (score === 0) continue;
    // the cue words alone say little: they need an entity of the event too
    if (places + people + (mentionCount.get(ev.id) ?? 0) === 0) continue;
    if (date && ev.start) {
      const end = ev.end ?? ev.start;
      if (date < ev.start) score *= EVENTS.beforeStartFactor;
      else if (date <= addDays(end, EVENTS.freshDays)) score += EVENTS.fresh;
      else if (date > addDays(end, EVENTS.staleDays)) score *= EVENTS.staleFactor;
    }
    const conf = 1 - Math.exp(-score / EVENTS.confidenceScale);
    if (conf >= EVENTS.minConfidence) out.push({ id: ev.id, name: ev.name, ...(ev.wikipedia ? { wikipedia: ev.wikipedia } : {}), score: Math.round(conf * 100) / 100 });
  }
  out.sort((a, b) => b.score - a.score);
  // others only when they come close to the best: an article is mostly about one event
  const best = out[0]?.score ?? 0;
  return out.filter((e) => e.score >= best * EVENTS.nearBest).slice(0, EVENTS.maxEvents);
}
