// Event ranking: which of the dataset's events a text is about, from direct mentions of the
// event, its places and participants present, its cue words seen in the text (collected during
// the matching pass), words for its kind, the years and months the text names, and the page date
// against the event's dates. Two events whose confidences are within a margin are both marked
// `close` (the text does not tell them apart). Weights in weights.ts. Pure; tested in events.test.ts.
import type { CompiledIndex, DisplayRecord } from '../dataset/compiled';
import { namedMonths, type NamedMonth } from '../dates/extract';
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
  /** months written with a day or a year next to them ("16 September", "11月26日") */
  months?: NamedMonth[];
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
  const months: NamedMonth[] = [];
  for (const b of blocks) {
    if (b.lang === 'und') continue;
    const ks = keyAt(b.start),
      ke = keyAt(b.end);
    kindsIn(f.key, ks, ke, b.lang, kinds);
    months.push(...namedMonths(f.key.slice(ks, ke), b.lang));
  }
  return { kinds, years: yearsIn(f.key), months };
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

/** Organisations people hold posts in (a parliament, a ministry): state bodies, read off the persons' roles. */
const postOrgsCache = new WeakMap<CompiledIndex, Set<string>>();
function postOrgs(index: CompiledIndex): Set<string> {
  let s = postOrgsCache.get(index);
  if (s) return s;
  s = new Set();
  for (const r of Object.values(index.entities)) for (const role of r.roles ?? []) if (role.org) s.add(role.org);
  postOrgsCache.set(index, s);
  return s;
}

/**
 * A standing actor of its country: a state body (an organisation the dataset lists posts in) or a person
 * holding a post at the page's date (undated: a post with no end). It is in its country's news whatever
 * the story (a speaker receives a guest, a parliament sits), so being listed by one event only does not
 * single that event out: the dataset simply has few events for it.
 */
export function standingActor(index: CompiledIndex, id: string, date?: string): boolean {
  const r = index.entities[id];
  if (!r) return false;
  if (r.type === 'organisation') return postOrgs(index).has(id);
  if (r.type !== 'person') return false;
  return (r.roles ?? []).some((role) =>
    date ? (!role.start || role.start <= date) && (!role.end || date.slice(0, role.end.length) <= role.end) : !role.end,
  );
}

/** Places other places lie in (regions, provinces): the `region` of some town in the dataset. */
const regionsCache = new WeakMap<CompiledIndex, Set<string>>();
function regionsOf(index: CompiledIndex): Set<string> {
  let s = regionsCache.get(index);
  if (s) return s;
  s = new Set();
  for (const r of Object.values(index.entities)) if (r.region) s.add(r.region);
  regionsCache.set(index, s);
  return s;
}

/** Organisations that hold summits (SCO, OTS, CIS): those listed by events of a hosted kind. */
const summitOrgsCache = new WeakMap<CompiledIndex, Set<string>>();
function summitOrgs(index: CompiledIndex, eventRecords: DisplayRecord[]): Set<string> {
  let s = summitOrgsCache.get(index);
  if (s) return s;
  s = new Set();
  for (const ev of eventRecords)
    if (eventKindsOf(ev.id).some((k) => HOSTED.has(k)))
      for (const p of ev.participants ?? []) if (index.entities[p]?.type === 'organisation') s.add(p);
  summitOrgsCache.set(index, s);
  return s;
}

/**
 * The host of a summit named: one of its towns (not a country), or a person of the country it is held in
 * (its president). Five presidents meet at many summits; where and under whom tells them apart.
 */
export function hostNamed(index: CompiledIndex, ev: DisplayRecord, present: ReadonlySet<string>): boolean {
  const countries = new Set<string>();
  for (const p of ev.places ?? []) {
    const r = index.entities[p];
    if (r?.type !== 'place') continue;
    if (!r.country) countries.add(p);
    else if (present.has(p)) return true;
  }
  return (ev.participants ?? []).some((p) => {
    const r = index.entities[p];
    return present.has(p) && r?.type === 'person' && !!r.country && countries.has(r.country);
  });
}

/** The year of the dataset's newest event: the present an undated page most likely writes in (once per list). */
const newestCache = new WeakMap<DisplayRecord[], number>();
function newestYear(eventRecords: DisplayRecord[]): number {
  let y = newestCache.get(eventRecords);
  if (y !== undefined) return y;
  y = 0;
  for (const ev of eventRecords) if (ev.start) y = Math.max(y, yearOf(ev.start));
  newestCache.set(eventRecords, y);
  return y;
}

/** Per event list: its position of each event, and the events listing each entity (place, participant or itself). */
const byEntityCache = new WeakMap<DisplayRecord[], Map<string, number[]>>();
function eventsByEntity(eventRecords: DisplayRecord[]): Map<string, number[]> {
  let m = byEntityCache.get(eventRecords);
  if (m) return m;
  m = new Map();
  eventRecords.forEach((ev, i) => {
    for (const id of new Set([ev.id, ...(ev.places ?? []), ...(ev.participants ?? [])])) {
      const list = m!.get(id);
      if (list) list.push(i);
      else m!.set(id, [i]);
    }
  });
  byEntityCache.set(eventRecords, m);
  return m;
}

/**
 * The events that can be candidates, in list order: those that are, or list, an entity present or a
 * candidate of a name left undecided (a superset of the candidates; inferEvents applies the test).
 */
function candidateEvents(
  eventRecords: DisplayRecord[],
  presentIds: ReadonlySet<string>,
  undecided: readonly string[][],
): DisplayRecord[] {
  if (undecided.some((ids) => ids.length === 0)) return eventRecords; // every event "lists" an empty group
  const byEntity = eventsByEntity(eventRecords);
  const picked = new Set<number>();
  for (const id of presentIds) for (const i of byEntity.get(id) ?? []) picked.add(i);
  for (const ids of undecided) for (const id of ids) for (const i of byEntity.get(id) ?? []) picked.add(i);
  return [...picked].sort((a, b) => a - b).map((i) => eventRecords[i]!);
}

/** addDays on an event's own date: the dataset's dates and the weights' few offsets, so computed once each. */
const eventDays = new Map<string, string>();
function eventDay(date: string, days: number): string {
  const k = `${date}|${days}`;
  let d = eventDays.get(k);
  if (d === undefined) eventDays.set(k, (d = addDays(date, days)));
  return d;
}

const SUB_KINDS = new Set<EventKind>(['presidential', 'parliamentary']);
/** Kinds that describe the same violent days in different words: a riot is also a protest and a clash. */
const VIOLENCE = new Set<EventKind>(['protest', 'unrest', 'clash', 'attack']);
/** Kinds of event told apart by who hosts them rather than by who attends (summits). */
const HOSTED = new Set<EventKind>(['summit']);
const NO_EVIDENCE: TextEvidence = { kinds: new Set(), years: new Set() };
const yearOf = (d: string) => Number(d.slice(0, 4));
const monthOf = (d: string) => Number(d.slice(5, 7)) || undefined;

/**
 * The text names kinds of event (a summit), the event is of another kind (an election) and none of
 * its kinds is among them: the text is about something else. Violent kinds do not contradict one
 * another (unrest is reported as protests, clashes, riots).
 */
export function kindConflict(eventKinds: EventKind[], textKinds: Set<EventKind>): boolean {
  const main = eventKinds.filter((k) => !SUB_KINDS.has(k));
  const named = [...textKinds].filter((k) => !SUB_KINDS.has(k));
  if (main.length === 0 || named.length === 0) return false;
  if (main.some((k) => textKinds.has(k))) return false;
  return !(main.some((k) => VIOLENCE.has(k)) && named.some((k) => VIOLENCE.has(k)));
}

/**
 * A month written with a day or a year falls within a short event's dates ("16 September" for
 * clashes of 14-20 September 2022). Long events (a civil war, a construction) are not dated by a month.
 */
export function monthMatch(start: string, end: string | undefined, months: readonly NamedMonth[]): boolean {
  const m0 = monthOf(start);
  if (!m0 || months.length === 0) return false;
  const last = end ?? start;
  const y0 = yearOf(start),
    y1 = yearOf(last);
  const m1 = monthOf(last) ?? m0;
  if ((y1 - y0) * 12 + m1 - m0 > EVENTS.monthSpanMax) return false;
  const within = (y: number, m: number) => y * 12 + m >= y0 * 12 + m0 && y * 12 + m <= y1 * 12 + m1;
  return months.some((n) => (n.y !== undefined ? within(n.y, n.m) : within(y0, n.m) || within(y1, n.m)));
}

/** The dataset's events, ranked for a text's resolved entities, cue hits, words, years and page date. */
export function inferEvents(
  index: CompiledIndex,
  eventRecords: DisplayRecord[],
  entities: EntityHit[],
  cueHits: CueHits,
  date?: string,
  evidence: TextEvidence = NO_EVIDENCE,
): EventHit[] {
  const presentIds = new Set<string>();
  const mentionCount = new Map<string, number>();
  for (const e of entities) {
    if (e.ambiguous) continue;
    presentIds.add(e.id);
    mentionCount.set(e.id, e.mentions.length);
  }
  // a name left ambiguous between entities that one event all lists (Rogun: the dam or its town)
  // is that event's entity whichever it is
  const undecided = entities.filter((e) => e.ambiguous).map((e) => e.ambiguous!.candidates.map((c) => c.id));
  const allListed = (ev: DisplayRecord) => {
    if (undecided.length === 0) return []; // most pages: no Set per event and page
    const listed = new Set([...(ev.places ?? []), ...(ev.participants ?? [])]);
    return undecided.filter((ids) => ids.every((id) => listed.has(id))).map((ids) => ids[0]!);
  };
  // cue words count only for events that have an entity on the page (looked up by entity, not by
  // going through every event of the dataset per page; the list keeps the dataset's order)
  const candidates = candidateEvents(eventRecords, presentIds, undecided).filter(
    (ev) =>
      mentionCount.has(ev.id) ||
      ev.places?.some((p) => presentIds.has(p)) ||
      ev.participants?.some((p) => presentIds.has(p)) ||
      allListed(ev).length > 0,
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
  const presentYear = newestYear(eventRecords);
  // a date written without its year is this year's ("on 26 November": the page's year when it has a
  // date); news writes the year out only for other years: when such a date falls in the dates of an
  // event of a kind the text names, years written out are background for the other events
  const yearless = (evidence.months ?? [])
    .filter((n) => n.y === undefined)
    .map((n) => (date ? { ...n, y: yearOf(date) } : n));
  const current = new Set(
    candidates
      .filter((ev) => yearless.length > 0 && ev.start && monthMatch(ev.start, ev.end, yearless))
      .filter((ev) => eventKindsOf(ev.id).some((k) => !SUB_KINDS.has(k) && evidence.kinds.has(k)))
      .map((ev) => ev.id),
  );
  const out: EventHit[] = [];
  for (const ev of candidates) {
    const extra = allListed(ev);
    const present = extra.length ? new Set([...presentIds, ...extra]) : presentIds;
    let score = EVENTS.mention * Math.min(mentionCount.get(ev.id) ?? 0, EVENTS.maxMentions);
    const places = (ev.places ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
    const people = (ev.participants ?? []).filter((p) => present.has(p)).reduce((n, p) => n + weight(p), 0);
    score += Math.min(places * EVENTS.place, EVENTS.maxPlaces) + Math.min(people, EVENTS.maxParticipants);
    const cueSet = cueHits.get(ev.id);
    const cues = cueSet?.size ?? 0;
    // a cue word that is also the name of a place or person ("Batken") is evidence, but it does not
    // point at this event more than at any other event there
    const ownCues = [...(cueSet ?? [])].filter((p) => (index.patterns[p]?.ids.length ?? 0) === 0).length;
    const nameCues = cues - ownCues;
    score += Math.min(cues * EVENTS.cue, EVENTS.maxCues);
    const evKinds = eventKindsOf(ev.id);
    const kinds = evKinds.filter((k) => evidence.kinds.has(k));
    const kind = kinds.some((k) => !SUB_KINDS.has(k));
    if (kind) score += EVENTS.kindWord;
    // "presidential" tells a presidential election from a parliamentary one of the same year
    if (kind && kinds.some((k) => SUB_KINDS.has(k))) score += EVENTS.subKindWord;
    const conflict = kindConflict(evKinds, evidence.kinds);
    if (conflict) score *= EVENTS.otherKindFactor;
    if (score === 0) continue;
    // the cue words alone say little: they need an entity of the event too
    if (places + people + (mentionCount.get(ev.id) ?? 0) === 0) continue;
    const own = mentionCount.get(ev.id) || ownCues;
    // a process with no kind and no end (a dam being built, a sea drying) goes on: later pages and
    // later years still report it
    const openEnded = evKinds.length === 0 && !ev.end;
    let fresh = false;
    let factor = 1;
    // a day or month of the event written in the text ("on 16 September") dates it as well as its year
    const month = !!ev.start && monthMatch(ev.start, ev.end, evidence.months ?? []);
    if (month) score += EVENTS.monthInText;
    // years named in the text: the event's own year is evidence; only other years count against it
    let year = false;
    if (ev.start && evidence.years.size > 0) {
      const y0 = yearOf(ev.start),
        y1 = yearOf(ev.end ?? ev.start);
      year = [...evidence.years].some((y) => y >= y0 && y <= y1);
      const later = openEnded && [...evidence.years].some((y) => y > y0);
      // another event's yearless date says this one's year is written as background
      if (year && (current.size === 0 || current.has(ev.id))) score += EVENTS.yearInText;
      else if (!month && !later) factor *= EVENTS.otherYearsFactor;
    }
    if (date && ev.start) {
      const end = ev.end ?? ev.start;
      // a page a few weeks before the start can announce the event (a campaign, a summit's eve)
      if (date < eventDay(ev.start, -EVENTS.previewDays)) factor *= EVENTS.beforeStartFactor;
      else if (date >= ev.start && date <= eventDay(end, EVENTS.freshDays)) {
        score += EVENTS.fresh;
        fresh = true;
        factor = Math.max(factor, 1); // the page date outweighs other years named in passing
      } else if (!openEnded && !own && !year && !month && date > eventDay(end, EVENTS.freshDays)) {
        // a page dated months after an event that names neither it, its own words, its year nor its
        // month reports a later episode of its kind (another border shooting), not this one: an event
        // needs evidence beyond the places and people it shares with what happens there later
        continue;
      } else if (!openEnded && date > eventDay(end, EVENTS.staleDays)) factor *= EVENTS.staleFactor;
    }
    // an undated page that names neither a historic event nor its year is rarely about it: news
    // reports the present (the dataset's newest events), and old wars are named when meant
    const historic = !!ev.start && yearOf(ev.end ?? ev.start) < presentYear - EVENTS.historicYears;
    if (!date && !own && !year && !openEnded && historic) factor *= EVENTS.historicFactor;
    score *= factor;
    // the event's entities alone are not enough: something must point at the event itself: its name
    // or its own cue words; for an event of a kind (election, clash...), a word of its kind with a
    // town, region or person of it (a country named near a word of the kind is not enough), or its
    // date with an entity few events have (a head of state in the news near an election's date
    // may be on a state visit); for one of no kind (a transition, a dam), an entity no other event has.
    // A summit is told from the other summits of the same five presidents by its host: it needs an
    // entity few events list (the host's leader or city) besides its word.
    const ofEvent = [...(ev.places ?? []), ...(ev.participants ?? [])].filter((p) => present.has(p) && weight(p) === 1);
    // a cue word naming a place of the event ("Batken" for the border clashes) is as narrow as a town
    const narrow = ofEvent.length > 0 || nameCues > 0;
    // a place that only this event's own cue words name (Moynaq for the Aral Sea) is as specific to it
    // as an entity only it lists
    const cueNamed = [...(cueSet ?? [])].flatMap((p) => index.patterns[p]?.ids ?? []).filter((id) => present.has(id));
    // a standing actor (a parliament, its speaker) listed by this event alone is not specific to it, nor is
    // a region (news from anywhere in it names it: a dam's province on a page about a railway there)
    const regions = regionsOf(index);
    const specific =
      ofEvent.some((p) => owners(p) === 1 && !standingActor(index, p, date) && !regions.has(p)) ||
      cueNamed.some((id) => owners(id) === 0);
    const distinctive = ofEvent.some((p) => owners(p) <= EVENTS.distinctiveOwners);
    const needsHost = evKinds.some((k) => HOSTED.has(k));
    // a summit is its organisation's and its host's: a text naming another organisation's summit
    // (the OTS, where this is the SCO's) is about that one, and one naming neither its town nor its
    // host's president is about another meeting of the same presidents (both are needed: a capital
    // hosts many summits, so its name alone does not single one out)
    const orgs = summitOrgs(index, eventRecords);
    const otherOrg = [...present].some((id) => orgs.has(id) && !ev.participants?.includes(id));
    if (needsHost && !own && otherOrg) continue;
    const pointed =
      evKinds.length > 0
        ? (kind && narrow && (!needsHost || (distinctive && hostNamed(index, ev, present)))) ||
          (fresh && distinctive && !conflict)
        : specific || (fresh && distinctive);
    if (!(own || pointed)) continue;
    const conf = 1 - Math.exp(-score / EVENTS.confidenceScale);
    if (conf >= EVENTS.minConfidence)
      out.push({
        id: ev.id,
        name: ev.name,
        ...(ev.wikipedia ? { wikipedia: ev.wikipedia } : {}),
        score: Math.round(conf * 100) / 100,
      });
  }
  return rankEvents(out);
}

/**
 * Best first; others only when they come close to the best (an article is mostly about one event),
 * marked by `markClose`.
 */
export function rankEvents(hits: EventHit[]): EventHit[] {
  const out = [...hits].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  const best = out[0]?.score ?? 0;
  return markClose(out.filter((e) => e.score >= best * EVENTS.nearBest).slice(0, EVENTS.maxEvents));
}

/**
 * Events sorted best first, with `close` set on every event within `closeMargin` of the best when
 * there are two or more (the text does not tell them apart: the reader is shown both instead of a
 * guess) and removed from the others. Also used after merging the events of several slices.
 */
export function markClose(sorted: readonly EventHit[]): EventHit[] {
  const best = sorted[0]?.score ?? 0;
  const near = (e: EventHit) => best - e.score <= EVENTS.closeMargin + 1e-9;
  const many = sorted.filter(near).length > 1;
  return sorted.map(({ close: _, ...e }) => (many && near(e as EventHit) ? { ...e, close: true } : e));
}
