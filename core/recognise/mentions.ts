// Finds the mentions of a text in one automaton pass: raw hits go through acceptance (accept.ts),
// office descriptors expand to their holders, overlapping hits keep the longest, a descriptor
// right before its holder's name merges with it, and an institution or country inside a
// descriptor is kept as a mention of its own. Event cue words seen on the way are collected.
// Pure; tested in mentions.test.ts.
import { PATTERN_FLAGS, type CompiledIndex, type Pattern } from '../dataset/compiled';
import type { TitleRole } from '../lang/morph';
import { scan, type Automaton } from '../match/automaton';
import type { Folded } from '../text/fold';
import { accept, insideWord, nearPlaceWord } from './accept';
import { blockAt, type Block } from './blocks';
import { within } from './dates';
import { agencyCredit, quotedTitle, dropForeignInstitutions, dropNamesakes } from './guards';
import { applyHeads } from './heads';

/** One accepted occurrence of a pattern, before disambiguation. */
export interface Mention {
  start: number;
  end: number;
  pattern: number;
  /** candidate entity ids (office descriptors already expanded to holders) */
  options: string[];
  title?: TitleRole;
  /** where the name starts when a title was joined to it */
  nameStart?: number;
  viaOffice?: string;
  block: number;
  /** only an ordinary-word name matched: kept only if the article corroborates it */
  weak?: boolean;
  /** a word for "city", "region"... stands next to it */
  placeCue?: boolean;
  /** an office named by one ordinary word (рахбар "leader"): a person only when a name follows */
  bareOffice?: boolean;
}

/** Event id -> the cue patterns of that event seen in the text. */
export type CueHits = Map<string, Set<number>>;

/** What the mention finder needs from the compiled index. */
export interface MatchContext {
  index: CompiledIndex;
  automaton: Automaton;
}

/** At most this much white space between a descriptor and its holder's name merges the two. */
const DESCRIPTOR_GAP = /^[\s\u00a0]{0,2}$/;

/** An office pattern's holders (at the page date when there is one); other patterns' ids unchanged. */
export function expandOptions(index: CompiledIndex, pat: Pattern, ids: string[], date?: string): string[] {
  if (!(pat.flags & PATTERN_FLAGS.office)) return ids;
  const out = new Set<string>();
  for (const id of ids) {
    const office = index.offices[id];
    if (!office) {
      if (index.entities[id]) out.add(id);
      continue;
    }
    for (const h of office.holders) if (!date || within(date, h.start, h.end)) out.add(h.id);
  }
  return [...out];
}

/** Mentions, in one pass; event cue words seen on the way go into `cues` (event -> cue patterns). */
export function findMentions(
  ctx: MatchContext,
  text: string,
  f: Folded,
  blocks: Block[],
  date: string | undefined,
  cues: CueHits,
): Mention[] {
  const key = f.key;
  const patterns = ctx.index.patterns;
  const found: Mention[] = [];
  if (blocks.length === 0) return found;
  scan(ctx.automaton, key, (p, ks, ke) => {
    // most raw hits sit inside longer words: drop those before any other work
    if (insideWord(key, ks)) return;
    const pat = patterns[p]!;
    const b = blockAt(blocks, f.start[ks]!);
    if (pat.cues) {
      const lang = blocks[b]!.lang;
      for (const c of pat.cues) {
        if (lang !== 'und' && c.lang !== lang) continue;
        let set = cues.get(c.event);
        if (!set) cues.set(c.event, (set = new Set()));
        set.add(p);
      }
      if (pat.ids.length === 0 && !pat.exact) return;
    }
    const m = accept(text, f, pat, ks, ke, blocks[b]!.morph);
    if (!m) return;
    let options = expandOptions(ctx.index, pat, m.ids, date);
    const office = !!(pat.flags & PATTERN_FLAGS.office);
    // Ulugbek Inoyatov is not Rustam Inoyatov; an office descriptor is no surname ("Le président de ...")
    if (!m.title && !office && options.length > 0) options = dropNamesakes(ctx.index, text, m.start, options);
    if (options.length === 0) return;
    // the agency credited after a dateline is a mention whatever else its name means
    const credit = agencyCredit(text, m.start, m.end) || quotedTitle(text, m.start, m.end);
    const weak = m.weak && !(options.every((id) => id.startsWith('media:')) && credit);
    const placeCue = options.length > 1 && nearPlaceWord(f.key, ks, ke, blocks[b]!.morph);
    found.push({
      start: m.start,
      end: m.end,
      nameStart: m.nameStart,
      pattern: p,
      options,
      title: m.title,
      viaOffice: office ? pat.ids[0] : undefined,
      block: b,
      ...(weak ? { weak: true } : {}),
      ...(placeCue ? { placeCue } : {}),
      ...(office && !(pat.flags & PATTERN_FLAGS.cap) && !key.slice(ks, ke).includes(' ') ? { bareOffice: true } : {}),
    });
  });
  const taken = keepLongest(found, text.length);
  const merged = mergeDescriptors(taken, text);
  addInnerMentions(ctx.index, merged, found);
  // "the Aktobe and Atyrau regions", "إقليم باتكين": names made with a head noun (heads.ts)
  const headed = applyHeads(ctx, text, f, blocks, merged).sort((a, b) => a.start - b.start);
  // "Өзбекстан Бас прокуратурасы": a country next to an institution's generic name says whose it is
  const owned = dropForeignInstitutions(ctx.index, text, headed, (m, country) => namesCountry(ctx, f, m, country));
  // a title word alone is never a person: an office named by one ordinary word needs a name after it
  return owned.filter((m) => !(m.bareOffice && m.viaOffice));
}

/**
 * Longest first, then leftmost; non-overlapping. A title may give way to a longer descriptor before
 * it. Sorts `found` in place (longest first), which addInnerMentions relies on for ties.
 */
export function keepLongest(found: Mention[], textLength: number): Mention[] {
  const sorted = found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Mention[] = [];
  const occupied = new Uint8Array(textLength);
  const free = (a: number, b: number) => {
    for (let i = a; i < b; i++) if (occupied[i]) return false;
    return true;
  };
  for (let m of sorted) {
    if (!free(m.start, m.end)) {
      // a title joined to a name may give way to a longer descriptor before it; the name stays
      if (m.nameStart === undefined || m.nameStart <= m.start || !free(m.nameStart, m.end)) continue;
      m = { ...m, start: m.nameStart, title: undefined, nameStart: undefined };
    }
    occupied.fill(1, m.start, m.end);
    taken.push(m);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * "Kazakh President Tokayev", "Спикер Жогорку Кенеша <name>": a descriptor right before a person's
 * name is one mention of that person. When the name is not a holder of the office at the page
 * date, the name still decides (the descriptor was describing them).
 */
export function mergeDescriptors(taken: Mention[], text: string): Mention[] {
  const merged: Mention[] = [];
  for (let i = 0; i < taken.length; i++) {
    const d = taken[i]!;
    const n = taken[i + 1];
    if (d.viaOffice && n && !n.viaOffice && DESCRIPTOR_GAP.test(text.slice(d.end, n.start))) {
      const both = n.options.filter((id) => d.options.includes(id));
      const person = !d.bareOffice && n.options.every((id) => id.startsWith('person:'));
      if (both.length > 0 || person) {
        merged.push({
          ...n,
          start: d.start,
          options: both.length > 0 ? both : n.options,
          viaOffice: d.viaOffice,
          title: n.title ?? d.title,
        });
        i++;
        continue;
      }
    }
    merged.push(d);
  }
  return merged;
}

/**
 * An office descriptor names its institution or country too ("Chairman of the State Duma",
 * "President of Kazakhstan"): the longest unambiguous organisation or place inside it is added
 * to `merged` as a mention of its own.
 */
export function addInnerMentions(index: CompiledIndex, merged: Mention[], found: Mention[]): void {
  const byStart = found.filter((m) => m.options.length === 1).sort((a, b) => a.start - b.start);
  const firstAt = (pos: number) => {
    let lo = 0,
      hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const d of merged.filter((m) => m.viaOffice || m.title)) {
    let best: Mention | undefined;
    for (let i = firstAt(d.start); i < byStart.length && byStart[i]!.start < d.end; i++) {
      const m = byStart[i]!;
      if (m.end > d.end || (m.start === d.start && m.end === d.end)) continue;
      const type = index.entities[m.options[0]!]?.type;
      if (type !== 'organisation' && type !== 'place') continue;
      if (!best || m.end - m.start > best.end - best.start) best = m;
    }
    if (best && !merged.includes(best)) merged.push(best);
  }
}

/** Does the text of mention `m` itself name `country` ("МИД России" names Russia)? */
export function namesCountry(ctx: MatchContext, f: Folded, m: Mention, country: string): boolean {
  let ks = 0;
  while (ks < f.start.length && f.start[ks]! < m.start) ks++;
  let ke = ks;
  while (ke < f.start.length && f.start[ke]! < m.end) ke++;
  let found = false;
  scan(ctx.automaton, f.key.slice(ks, ke), (p) => {
    if (ctx.index.patterns[p]?.ids.includes(country)) found = true;
  });
  return found;
}
