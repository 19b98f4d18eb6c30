// Cue lists matched on the folded key (core/text/fold.ts), shared by claims and dates.
// A cue is written in its natural script; a trailing '*' lets it match the start of a longer word
// (inflected and agglutinative forms). Pure; tested through cues.test.ts and every extractor.
import { fold, isUnspacedChar, isWordChar, type Folded } from '../text/fold';

export interface Cue<T> {
  key: string;
  open: boolean;
  tag: T;
  /** original cue text, for debugging */
  src: string;
}

export interface CueMatch<T> {
  /** key indices */
  ks: number;
  ke: number;
  tag: T;
  cue: Cue<T>;
}

export interface MatchOptions {
  /** letters that may be glued before a word (Arabic و ف ب ل ك س) */
  clitics?: string;
  /** no word boundaries at all (Chinese) */
  unspaced?: boolean;
}

/**
 * Fold cue strings once; longest first so that "не более" wins over "более". `group`: the lists
 * read together (one language's claims, numbers, dates and attribution cues) share one trie and
 * one walk per key; lists of other groups (other languages) are not walked at all.
 */
export function compileCues<T>(entries: Iterable<readonly [string, T]>, group = ''): Cue<T>[] {
  const out: Cue<T>[] = [];
  const seen = new Set<string>();
  for (const [raw, tag] of entries) {
    const open = raw.endsWith('*');
    const key = fold(open ? raw.slice(0, -1) : raw).key;
    if (!key) continue;
    const id = `${key}|${open}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ key, open, tag, src: raw });
  }
  out.sort((a, b) => b.key.length - a.key.length);
  groupOf.set(out, group);
  return out;
}

/** Record<tag, cues[]> -> entries */
export function entriesOf<T extends string>(rec: Partial<Record<T, readonly string[]>>): [string, T][] {
  const out: [string, T][] = [];
  for (const tag of Object.keys(rec) as T[]) for (const c of rec[tag] ?? []) out.push([c, tag]);
  return out;
}

export function listEntries<T>(list: readonly string[], tag: T): [string, T][] {
  return list.map((c) => [c, tag] as [string, T]);
}

/** Does a word start at key index i (allowing glued clitics before it)? */
export function wordStartsAt(key: string, i: number, opt: MatchOptions): boolean {
  if (opt.unspaced || i === 0) return true;
  const prev = key[i - 1];
  if (!isWordChar(prev)) return true;
  if (isUnspacedChar(prev) || isUnspacedChar(key[i])) return true;
  if (opt.clitics) {
    // up to two clitic letters, themselves at a word start
    let j = i - 1;
    let n = 0;
    while (j >= 0 && n < 2 && opt.clitics.includes(key[j]!)) {
      j--;
      n++;
    }
    if (n > 0 && (j < 0 || !isWordChar(key[j]))) return true;
  }
  return false;
}

export function wordEndsAt(key: string, i: number, opt: MatchOptions): boolean {
  if (opt.unspaced || i >= key.length) return true;
  const next = key[i];
  if (!isWordChar(next)) return true;
  return isUnspacedChar(next) || isUnspacedChar(key[i - 1]);
}

/** End of the word that contains key index i (exclusive). */
export function wordEnd(key: string, i: number): number {
  let j = i;
  while (j < key.length && isWordChar(key[j]) && !isUnspacedChar(key[j])) j++;
  return j;
}

/** All cue occurrences in key[from, to), longest cue first at any position, no overlaps. */
export function findCues<T>(key: string, cues: Cue<T>[], opt: MatchOptions, from = 0, to = key.length): CueMatch<T>[] {
  const hits: CueMatch<T>[] = [];
  if (cues.length === 0) return hits;
  // every list's occurrences come from one walk over the key (scanAll), shared by all the lists
  // asked about that key; here only this list's are filtered (range, word edges), in the order a
  // cue-by-cue search gave them (position, then shorter first, then list order)
  const { raw, offset } = rawHits(key, cues);
  // raw hits are in position order: start at `from`, stop at `to` (a sentence's hits sit inside its block's)
  for (let k = firstFrom(raw, offset + from); k < raw.length; k++) {
    const r = raw[k]!;
    const i = r.i - offset;
    const e = r.e - offset;
    if (i >= to) break;
    if (e > to) continue;
    const cue = r.cue as TrieCue<T>;
    // symbols ($, %, €) carry no word boundary of their own
    if ((cue.symStart || wordStartsAt(key, i, opt)) && (cue.open || cue.symEnd || wordEndsAt(key, e, opt))) {
      hits.push({
        ks: i,
        ke: cue.open && !opt.unspaced ? Math.min(wordEnd(key, e), to) : e,
        tag: cue.tag,
        cue: cue.src,
      });
    }
  }
  // keep the longest cue where several overlap (cues are sorted longest first)
  hits.sort((a, b) => a.ks - b.ks || b.cue.key.length - a.cue.key.length);
  const out: CueMatch<T>[] = [];
  for (const h of hits) {
    const last = out[out.length - 1];
    if (last && h.ks < last.ke) {
      if (h.cue.key.length > last.cue.key.length) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

interface TrieCue<T> {
  list: number;
  src: Cue<T>;
  tag: T;
  open: boolean;
  symStart: boolean;
  symEnd: boolean;
}
interface TrieNode {
  next: Map<number, TrieNode>;
  cues: TrieCue<unknown>[];
}
interface RawHit {
  i: number;
  e: number;
  cue: TrieCue<unknown>;
}

/**
 * Per group, one trie over the keys of every cue list of that group seen so far (lists are compiled
 * once per language and kept), its first level also as an array by code unit. A list joins its
 * group's trie on first use.
 */
interface Group {
  trie: TrieNode;
  /** the trie's first level for code units below ROOTS (Latin, Cyrillic, Arabic...; null: no cue starts with it) */
  roots: (TrieNode | null)[];
  /** a bit per code unit any cue starts with, for the rest (Han...): most positions start no cue */
  firsts: Uint32Array;
  lists: number;
  /** the last few keys scanned, with every list's raw occurrences (a sentence is asked about by many lists) */
  memo: { key: string; byList: RawHit[][] }[];
}
/** Code units below this have an array slot in each group's first level (16 KB a group). */
const ROOTS = 0x800;
const groupOf = new WeakMap<Cue<unknown>[], string>();
const groups = new Map<string, Group>();
const listIds = new WeakMap<Cue<unknown>[], { group: Group; id: number }>();
function listId(cues: Cue<unknown>[]): { group: Group; id: number } {
  const known = listIds.get(cues);
  if (known) return known;
  const name = groupOf.get(cues) ?? '';
  let group = groups.get(name);
  if (!group)
    groups.set(
      name,
      (group = {
        trie: { next: new Map(), cues: [] },
        roots: new Array(ROOTS).fill(null),
        firsts: new Uint32Array(0x10000 >> 5),
        lists: 0,
        memo: [],
      }),
    );
  const id = group.lists++;
  listIds.set(cues, { group, id });
  for (const cue of cues) {
    let node = group.trie;
    for (let i = 0; i < cue.key.length; i++) {
      const c = cue.key.charCodeAt(i);
      let n = node.next.get(c);
      if (!n) node.next.set(c, (n = { next: new Map(), cues: [] }));
      if (i === 0 && c < ROOTS) group.roots[c] = n;
      if (i === 0) group.firsts[c >> 5]! |= 1 << (c & 31);
      node = n;
    }
    node.cues.push({
      list: id,
      src: cue,
      tag: cue.tag,
      open: cue.open,
      symStart: !isWordChar(cue.key[0]),
      symEnd: !isWordChar(cue.key[cue.key.length - 1]),
    });
  }
  group.memo.length = 0; // keys scanned before this list joined lack its hits
  return { group, id };
}

/**
 * A key that is a slice of a longer key (a sentence of its block): its raw hits are the longer key's
 * inside the slice, read off that key's scan instead of walking the trie again. Raw hits depend on
 * the characters alone, so this is checked (the slice's text must be there) and needs nothing else.
 */
let slice: { key: string; parent: string; offset: number } | undefined;
export function cueKeySlice(key: string, parent: string, offset: number): void {
  slice = parent.startsWith(key, offset) ? { key, parent, offset } : undefined;
}

/**
 * Forgets the keys scanned so far. A key read off a page's fold is a slice of it and keeps all of
 * it alive: the claims step calls this when a page is done, so no page's fold outlives its pass.
 */
export function clearCueMemo(): void {
  for (const g of groups.values()) g.memo.length = 0;
  slice = undefined;
}

function rawHits(key: string, cues: Cue<unknown>[]): { raw: RawHit[]; offset: number } {
  const { group, id } = listId(cues);
  let offset = 0;
  if (slice && slice.key === key) {
    offset = slice.offset;
    key = slice.parent;
  }
  const memo = group.memo;
  let m = memo.find((x) => x.key === key);
  if (!m) {
    m = { key, byList: scanAll(key, group) };
    memo.unshift(m);
    if (memo.length > 4) memo.pop();
  }
  return { raw: m.byList[id] ?? NONE, offset };
}
const NONE: RawHit[] = [];

/** Index of the first raw hit starting at or after pos (hits are in position order). */
function firstFrom(raw: RawHit[], pos: number): number {
  if (pos <= 0) return 0;
  let lo = 0,
    hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (raw[mid]!.i < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Every cue occurrence in key, per list: one walk down the trie from each position that can start one. */
function scanAll(key: string, group: Group): RawHit[][] {
  const { roots, firsts, trie } = group;
  const byList: RawHit[][] = [];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let node: TrieNode | null;
    if (c < ROOTS) node = roots[c]!;
    else if (!(firsts[c >> 5]! & (1 << (c & 31)))) continue;
    else node = trie.next.get(c) ?? null;
    for (let j = i + 1; node; j++) {
      for (const cue of node.cues) (byList[cue.list] ??= []).push({ i, e: j, cue });
      if (j >= key.length) break;
      node = node.next.get(key.charCodeAt(j)) ?? null;
    }
  }
  return byList;
}

/** Original-text span of key range [ks, ke). */
export function spanOf(f: Folded, ks: number, ke: number, base = 0): { start: number; end: number } {
  return { start: f.start[ks]! + base, end: f.end[ke - 1]! + base };
}

/** Regex alternation of folded cue keys (escaped), longest first; '*' cues may continue the word. */
export function altOf(list: readonly string[]): string {
  const cues = compileCues(list.map((c) => [c, 0] as const));
  if (cues.length === 0) return '(?!)';
  return cues.map((c) => escapeRe(c.key) + (c.open ? "[\\p{L}\\p{M}']*" : '')).join('|');
}

export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
