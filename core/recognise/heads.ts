// Head nouns that make a place's name with another name ("Batken" + "Region"): a list of names
// sharing one plural head ("the Aktobe, Akmola and Atyrau regions", "Баткен жана Согд облустары")
// names each "<item> <head>", and a synonym of the head next to a name ("إقليم باتكين", "région
// de Batken", "Batken bölgesinin") names the entity the dataset writes with another head. Heads,
// plurals and conjunctions are per-language data (lang/<code>/morph.ts). Pure; tested in heads.test.ts.
import type { CompiledMorph } from '../lang/morph';
import { exactPattern } from '../match/automaton';
import { foldKey, isWordChar, type Folded } from '../text/fold';
import type { Block } from './blocks';
import type { MatchContext, Mention } from './mentions';

/** At most this many capitalised words make one list item ("West Kazakhstan", "Орто-Токой"). */
const MAX_ITEM_WORDS = 3;
/** A list item starts with a capital (names of places are capitalised in every bicameral script). */
const CAPITALISED = /^\p{Lu}/u;
const WORD = /[\p{L}\p{M}'’‑-]/u;
/** Entity types a head noun can make (a region, a reservoir): never a person. */
const HEADED_TYPES = new Set(['place', 'facility', 'organisation']);

/** Mentions after reading head nouns: list items named with the list's head, synonyms of a head resolved. */
export function applyHeads(
  ctx: MatchContext,
  text: string,
  f: Folded,
  blocks: Block[],
  mentions: Mention[],
): Mention[] {
  const added: Mention[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.morph.pluralHeads.length > 0) added.push(...listItems(ctx, text, f, block, b));
  }
  let out = mentions;
  if (added.length > 0) {
    const overlaps = (m: Mention) => added.some((a) => m.start < a.end && a.start < m.end);
    out = [...mentions.filter((m) => !overlaps(m)), ...added];
  }
  return out.map((m) => synonymHead(ctx, text, blocks[m.block]!.morph, m) ?? m);
}

/** The ids of the entity named exactly `phrase` (folded), when it is of a type a head noun makes. */
export function namedBy(ctx: MatchContext, phrase: string): { pattern: number; ids: string[] } | null {
  const p = exactPattern(ctx.automaton, foldKey(phrase));
  if (p < 0) return null;
  const ids = (ctx.index.patterns[p]?.ids ?? []).filter((id) => HEADED_TYPES.has(ctx.index.entities[id]?.type ?? ''));
  return ids.length > 0 ? { pattern: p, ids } : null;
}

/** Start offsets of the capitalised words (at most MAX_ITEM_WORDS, one space apart) ending at `end`. */
export function capitalisedRun(text: string, end: number): number[] {
  const starts: number[] = [];
  let e = end;
  while (starts.length < MAX_ITEM_WORDS) {
    let s = e;
    while (s > 0 && WORD.test(text[s - 1]!)) s--;
    if (s === e || !CAPITALISED.test(text.slice(s, e))) break;
    starts.unshift(s);
    if (s < 2 || text[s - 1] !== ' ' || !WORD.test(text[s - 2]!)) break;
    e = s - 1;
  }
  return starts;
}

/** Where the item before a list separator ends (", ", " and ", ", and "), or -1 when none is there. */
export function separatorBefore(text: string, start: number, morph: CompiledMorph): number {
  const m = /(,\s*(?:(\p{L}+)\s+)?|\s+(\p{L}+)\s+)$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (!m) return -1;
  const word = m[2] ?? m[3];
  if (word !== undefined && !morph.conjunctions.has(foldKey(word))) return -1;
  return start - m[0].length;
}

/** The items of each list that ends in a plural head of the block's language, named with its singular. */
function listItems(ctx: MatchContext, text: string, f: Folded, block: Block, b: number): Mention[] {
  const out: Mention[] = [];
  const key = f.key;
  const lo = lowerBound(f.start, block.start);
  const hi = lowerBound(f.start, block.end);
  // search the block's own key: indexOf on the page's key would run on past the block to the next
  // occurrence, for every block and head (quadratic on a long page)
  const blockKey = key.slice(lo, hi);
  for (const ph of block.morph.pluralHeads) {
    for (let j = blockKey.indexOf(ph.key); j >= 0; j = blockKey.indexOf(ph.key, j + 1)) {
      const k = lo + j;
      if (k > 0 && isWordChar(key[k - 1])) continue;
      const hs = f.start[k]!;
      if (hs < 2 || text[hs - 1] !== ' ') continue;
      const items: Mention[] = [];
      let runs = 0;
      let end = hs - 1;
      for (;;) {
        const run = capitalisedRun(text, end);
        if (run.length === 0) break;
        runs++;
        const item = itemMention(ctx, text, run, end, ph.singular, b);
        if (item) items.push(item);
        end = separatorBefore(text, run[0]!, block.morph);
        if (end < 0) break;
      }
      // one name before a plural is not a list: the plural is about something else
      if (runs >= 2) out.push(...items);
    }
  }
  return out;
}

/** The longest tail of a capitalised run that names an entity with the head after it. */
function itemMention(
  ctx: MatchContext,
  text: string,
  run: number[],
  end: number,
  head: string,
  b: number,
): Mention | null {
  for (const s of run) {
    const hit = namedBy(ctx, `${text.slice(s, end)} ${head}`);
    if (hit) return { start: s, end, pattern: hit.pattern, options: hit.ids, block: b };
  }
  return null;
}

/**
 * A head noun of the language right before or after a place's name, the name with another head of
 * the language names an entity, and the mention is not already it: the mention is that entity
 * ("إقليم باتكين" is the region the dataset writes "منطقة باتكين"). An inflected head counts
 * ("Batken bölgesinin"); before the name, a proclitic glued to the head too ("بإقليم").
 */
export function synonymHead(ctx: MatchContext, text: string, morph: CompiledMorph, m: Mention): Mention | null {
  if (morph.heads.length === 0 || !m.options.some((id) => id.startsWith('place:'))) return null;
  const name = text.slice(m.nameStart ?? m.start, m.end);
  const after = text[m.end] === ' ' ? foldKey(text.slice(m.end + 1, m.end + 40)) : '';
  const before = text[m.start - 1] === ' ' ? foldKey(text.slice(Math.max(0, m.start - 40), m.start - 1)) : '';
  const headAfter = morph.heads.some((h) => after.startsWith(h.key));
  const headBefore = morph.heads.some((h) => {
    if (!before.endsWith(h.key)) return false;
    const i = before.length - h.key.length;
    let ws = i;
    while (ws > 0 && isWordChar(before[ws - 1])) ws--;
    const glued = before.slice(ws, i);
    return (
      glued === '' || (glued.length <= 2 && !!(morph.proclitic?.test(glued) || morph.scriptProclitic?.test(glued)))
    );
  });
  if (!headAfter && !headBefore) return null;
  for (const h of morph.heads) {
    for (const phrase of [`${name} ${h.form}`, `${h.form} ${name}`]) {
      const hit = namedBy(ctx, phrase);
      if (hit && !hit.ids.every((id) => m.options.includes(id))) return { ...m, options: hit.ids, placeCue: undefined };
    }
  }
  return null;
}

function lowerBound(arr: ArrayLike<number>, pos: number): number {
  let lo = 0,
    hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
