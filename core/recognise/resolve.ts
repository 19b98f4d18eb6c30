// Resolution: turns mentions (each with candidate ids) into entity hits. Ordinary-word names stay
// only when the article corroborates them; a name shared by several entities is resolved by one
// sense per article, related and same-country entities present, a place word next to it, the
// title's role and the office held at the page date, and priors (weights in weights.ts); without
// a clear leader the hit says "ambiguous: A or B". Pure; tested in resolve.test.ts.
import type { CompiledIndex, DisplayRecord } from '../dataset/compiled';
import type { TitleRole } from '../lang/morph';
import type { EntityHit, Span } from '../types';
import { addDays, within } from './dates';
import type { Mention } from './mentions';
import { EVENTS, RESOLVE } from './weights';

/** Entity hits of the mentions, one per entity (or per ambiguous set), in order of first mention. */
export function resolve(index: CompiledIndex, all: Mention[], text: string, date?: string): EntityHit[] {
  const anchors = new Set<string>();
  for (const m of all) if (m.options.length === 1 && !m.weak) anchors.add(m.options[0]!);
  // ordinary-word names count only when the article names something they belong with
  const mentions = all
    .map((m) => (m.weak ? { ...m, options: m.options.filter((id) => corroborated(index, id, anchors)) } : m))
    .filter((m) => m.options.length > 0);
  for (const m of mentions) if (m.options.length === 1) anchors.add(m.options[0]!);
  const groups = new Map<string, { ids: string[]; mentions: Span[] }>();
  const push = (ids: string[], m: Mention) => {
    const k = ids.join('|');
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { ids, mentions: [] }));
    g.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
  };
  for (const m of mentions) {
    if (m.options.length === 1) {
      push(m.options, m);
      continue;
    }
    const scored = m.options
      .map((id) => ({ id, score: scoreOption(index, id, m, anchors, date) }))
      .sort((a, b) => b.score - a.score);
    const [top, second] = scored;
    if (top && (!second || top.score - second.score >= RESOLVE.margin)) push([top.id], m);
    else
      push(
        scored
          .filter((s) => top && top.score - s.score < RESOLVE.margin)
          .map((s) => s.id)
          .sort(),
        m,
      );
  }
  const hits: EntityHit[] = [];
  for (const g of groups.values()) {
    const recs = g.ids.map((id) => index.entities[id]).filter((r): r is DisplayRecord => !!r);
    if (recs.length === 0) continue;
    if (recs.length === 1) {
      hits.push({ ...hitOf(recs[0]!), mentions: g.mentions });
    } else {
      const names = recs.map((r) => r.name);
      hits.push({
        id: g.ids.join('|'),
        name: names.join(' or '),
        type: recs[0]!.type,
        ambiguous: {
          note: `ambiguous: ${names.join(' or ')}`,
          candidates: recs.map((r) => ({ id: r.id, name: r.name })),
        },
        mentions: g.mentions,
      });
    }
  }
  // merge groups that resolved to the same id from different patterns
  const byId = new Map<string, EntityHit>();
  for (const h of hits) {
    const prev = byId.get(h.id);
    if (prev) prev.mentions.push(...h.mentions);
    else byId.set(h.id, h);
  }
  const out = [...byId.values()];
  for (const h of out) h.mentions.sort((a, b) => a.start - b.start);
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** The display part of a hit for one record (mentions added by the caller). */
export function hitOf(r: DisplayRecord): Omit<EntityHit, 'mentions'> {
  return {
    id: r.id,
    name: r.name,
    type: r.type,
    ...(r.wikidata ? { wikidata: r.wikidata } : {}),
    ...(r.wikipedia ? { wikipedia: r.wikipedia } : {}),
  };
}

/** Does the article name something `id` belongs with (itself, its country or region, a related entity)? */
export function corroborated(index: CompiledIndex, id: string, anchors: Set<string>): boolean {
  if (anchors.has(id)) return true;
  const r = index.entities[id];
  if (!r) return false;
  if ((r.country && anchors.has(r.country)) || (r.region && anchors.has(r.region))) return true;
  if ((r.related ?? []).some((x) => anchors.has(x))) return true;
  for (const a of anchors) {
    const o = index.entities[a];
    if (!o) continue;
    if (o.country === id || o.region === id || o.related?.includes(id)) return true;
    if (r.country && o.country === r.country) return true;
  }
  return false;
}

/** How well candidate `id` fits mention `m` given the unambiguous entities of the article (see weights.ts). */
export function scoreOption(index: CompiledIndex, id: string, m: Mention, anchors: Set<string>, date?: string): number {
  const r = index.entities[id];
  if (!r) return -Infinity;
  let score = (r.prior ?? RESOLVE.defaultPrior) * RESOLVE.priorScale;
  if (anchors.has(id)) score += RESOLVE.anchored;
  for (const rel of r.related ?? []) if (anchors.has(rel)) score += RESOLVE.related;
  for (const a of anchors) if (index.entities[a]?.related?.includes(id)) score += RESOLVE.related;
  if (r.country && anchors.has(r.country)) score += RESOLVE.country;
  if (m.placeCue && r.type === 'place') score += RESOLVE.placeWord;
  if (m.viaOffice && date) {
    const h = index.offices[m.viaOffice]?.holders.find((x) => x.id === id);
    if (h && within(date, h.start, h.end)) score += RESOLVE.officeAtDate;
  }
  if (r.type === 'event' && date && r.start && eventAround(date, r.start, r.end)) score += RESOLVE.eventAtDate;
  if (m.title) {
    for (const role of r.roles ?? []) {
      if (!roleMatches(role.title, m.title)) continue;
      score += date
        ? within(date, role.start, role.end)
          ? RESOLVE.titleAtDate
          : RESOLVE.titleOutOfDate
        : RESOLVE.titleUndated;
    }
  }
  return score;
}

/** Is a page of `date` reporting an event of these dates (announcing it, during it, or just after)? */
export function eventAround(date: string, start: string, end?: string): boolean {
  return date >= addDays(start, -EVENTS.previewDays) && date <= addDays(end ?? start, EVENTS.freshDays);
}

/** Does a record's role title (English, free text) match the kind of title written before the name? */
export function roleMatches(roleTitle: string, title: TitleRole): boolean {
  const t = roleTitle.toLowerCase();
  switch (title) {
    case 'president':
      return t.includes('president') && !t.includes('vice');
    case 'prime-minister':
      return t.includes('prime minister') || t.includes('chairman of the cabinet') || t.includes('premier');
    case 'minister':
      return t.includes('minister');
    case 'speaker':
      return t.includes('speaker') || t.includes('chairman of the state duma') || t.includes('chair');
    case 'military':
      return t.includes('general') || t.includes('commander');
    case 'spokesperson':
      return t.includes('spokes');
    default:
      return false;
  }
}
