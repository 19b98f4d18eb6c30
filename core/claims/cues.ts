// Cue lists matched on the folded key (core/text/fold.ts), shared by claims and dates.
// A cue is written in its natural script; a trailing '*' lets it match the start of a longer word
// (inflected and agglutinative forms). Pure; tested through cues.test.ts and every extractor.
import { fold, isUnspacedChar, isWordChar, type Folded } from '../text/fold';
import { buildTrie, childOf, ROOTS, trieFromJson, trieToJson, type CueTrie, type SerialTrie } from './cue-trie';

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
 * one walk per key; lists of other groups (other languages) are not walked at all. A list the
 * installed cue table has (built at `npm run data`, installCueTable) takes its folded keys and its
 * place in its group's trie from there: nothing is folded or built at first call.
 */
export function compileCues<T>(entries: Iterable<readonly [string, T]>, group = ''): Cue<T>[] {
  const list = [...entries];
  const pre = group ? fromTable(list, group) : undefined;
  if (pre) return pre;
  const out: Cue<T>[] = [];
  const from: number[] = [];
  const seen = new Set<string>();
  list.forEach(([raw, tag], idx) => {
    const open = raw.endsWith('*');
    const key = fold(open ? raw.slice(0, -1) : raw).key;
    if (!key) return;
    const id = `${key}|${open}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ key, open, tag, src: raw });
    from.push(idx);
  });
  // stable: equal lengths keep list order (the entry indices follow the same permutation)
  const order = out.map((_, k) => k).sort((a, b) => out[b]!.key.length - out[a]!.key.length);
  const sorted = order.map((k) => out[k]!);
  groupOf.set(sorted, group);
  if (group && sorted.length)
    compiled.push({ group, raws: list.map((e) => e[0]), cues: sorted, from: order.map((k) => from[k]!) });
  return sorted;
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

/**
 * Does any cue of the list occur in key, word edges aside? Read off the same walk as findCues (the
 * key's raw hits); a gate for work that needs one of these words (a date RegExp), never a match.
 */
export function anyCue<T>(key: string, cues: Cue<T>[]): boolean {
  if (cues.length === 0) return false;
  const { raw, offset } = rawHits(key, cues);
  for (let k = firstFrom(raw, offset); k < raw.length; k++) {
    const r = raw[k]!;
    if (r.i - offset >= key.length) break;
    if (r.e - offset <= key.length) return true;
  }
  return false;
}

/** Calls fn(start, cue) for every occurrence of the list's cues in key, in position order, word edges aside. */
export function findRawStarts<T>(key: string, cues: Cue<T>[], fn: (i: number, cue: Cue<T>) => void): void {
  if (cues.length === 0) return;
  const { raw, offset } = rawHits(key, cues);
  for (let k = firstFrom(raw, offset); k < raw.length; k++) {
    const r = raw[k]!;
    if (r.i - offset >= key.length) break;
    if (r.e - offset <= key.length) fn(r.i - offset, r.cue.src as Cue<T>);
  }
}

interface TrieCue<T> {
  list: number;
  src: Cue<T>;
  tag: T;
  open: boolean;
  symStart: boolean;
  symEnd: boolean;
}
interface RawHit {
  i: number;
  e: number;
  cue: TrieCue<unknown>;
}

/**
 * Per group, one trie (cue-trie.ts) over the keys of its lists. A table group (installCueTable) holds
 * every list of its language from the start; a list is bound to it when compiled (its tags are the
 * code's). A run-time group (lists the table lacks) takes a list on its first use and rebuilds.
 */
interface Group {
  /** null: to be built (run-time group) or read (table group) on the next scan */
  trie: CueTrie | null;
  serial?: SerialTrie;
  /** per list number, its keys (run-time groups rebuild from these) */
  keys: string[][];
  /** per list number, its cues as the walk reports them; undefined: not compiled in this process */
  lists: (TrieCue<unknown>[] | undefined)[];
  /** the last few keys scanned, with every list's raw occurrences (a sentence is asked about by many lists) */
  memo: { key: string; byList: RawHit[][] }[];
}
const groupOf = new WeakMap<Cue<unknown>[], string>();
/** run-time groups, by name */
const groups = new Map<string, Group>();
const listIds = new WeakMap<Cue<unknown>[], { group: Group; id: number }>();

function trieCues(cues: Cue<unknown>[], id: number): TrieCue<unknown>[] {
  return cues.map((cue) => ({
    list: id,
    src: cue,
    tag: cue.tag,
    open: cue.open,
    symStart: !isWordChar(cue.key[0]),
    symEnd: !isWordChar(cue.key[cue.key.length - 1]),
  }));
}

function listId(cues: Cue<unknown>[]): { group: Group; id: number } {
  const known = listIds.get(cues);
  if (known) return known;
  const name = groupOf.get(cues) ?? '';
  let group = groups.get(name);
  if (!group) groups.set(name, (group = { trie: null, keys: [], lists: [], memo: [] }));
  const id = group.lists.length;
  listIds.set(cues, { group, id });
  group.keys.push(cues.map((c) => c.key));
  group.lists.push(trieCues(cues, id));
  group.trie = null;
  group.memo.length = 0; // keys scanned before this list joined lack its hits
  return { group, id };
}

// ---- the cue table: every language's lists folded and in tries at `npm run data` ----

/** The lists compiled in this process at run time (what buildCueTable serialises). */
const compiled: { group: string; raws: string[]; cues: Cue<unknown>[]; from: number[] }[] = [];

/** What the index stores (CompiledIndex.cues): per group, its lists and their trie. */
export interface CueTable {
  version: 1;
  groups: Record<
    string,
    {
      /** per list: its raw cue strings (identifies it) and its cues: [entry index, folded key, open] */
      lists: { raws: string[]; cues: [number, string, 0 | 1][] }[];
      trie: SerialTrie;
    }
  >;
}

/** by signature, the table's lists with those strings (one language may list the same words twice, tagged apart) */
const table = new Map<string, { group: Group; id: number; cues: [number, string, 0 | 1][] }[]>();
const tableGroups: Group[] = [];
const signature = (group: string, raws: readonly string[]) => `${group}\u0002${raws.join('\u0001')}`;

/**
 * Reads a cue table (from the index). Lists compiled afterwards whose group and raw strings it has
 * come from it; any other list (changed since the build, or a test's own) is folded as before.
 */
const installed = new WeakSet<CueTable>();
export function installCueTable(t: CueTable | undefined): void {
  // one engine per index is the rule, but tests build several over the same index: read a table once
  if (!t || t.version !== 1 || installed.has(t)) return;
  installed.add(t);
  for (const [name, g] of Object.entries(t.groups)) {
    const group: Group = { trie: null, serial: g.trie, keys: [], lists: [], memo: [] };
    tableGroups.push(group);
    g.lists.forEach((l, id) => {
      const sig = signature(name, l.raws);
      const same = table.get(sig);
      if (same) same.push({ group, id, cues: l.cues });
      else table.set(sig, [{ group, id, cues: l.cues }]);
    });
  }
}

function fromTable<T>(list: readonly (readonly [string, T])[], name: string): Cue<T>[] | undefined {
  if (!table.size) return undefined;
  // the first of the table's lists with these strings not bound yet (keys depend on the strings alone)
  const hit = table
    .get(
      signature(
        name,
        list.map((e) => e[0]),
      ),
    )
    ?.find((x) => !x.group.lists[x.id]);
  if (!hit) return undefined;
  const out: Cue<T>[] = hit.cues.map(([idx, key, open]) => ({
    key,
    open: open === 1,
    tag: list[idx]![1],
    src: list[idx]![0],
  }));
  hit.group.lists[hit.id] = trieCues(out, hit.id);
  hit.group.memo.length = 0;
  listIds.set(out, { group: hit.group, id: hit.id });
  groupOf.set(out, name);
  return out;
}

/** How many lists came from the table and how many were folded at run time (a test checks the table covers all). */
export function cueTableUse(): { fromTable: number; folded: number } {
  let n = 0;
  for (const same of table.values()) for (const v of same) if (v.group.lists[v.id]) n++;
  return { fromTable: n, folded: compiled.filter((c) => c.group).length };
}

/**
 * The table of every list compiled so far in this process (the build compiles each language's first),
 * empty lists and groups named '' (ad-hoc lists) left out.
 */
export function cueTableOfCompiled(): CueTable {
  const out: CueTable = { version: 1, groups: {} };
  const byGroup = new Map<string, typeof compiled>();
  for (const c of compiled) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
  for (const [name, lists] of byGroup) {
    out.groups[name] = {
      lists: lists.map((l) => ({
        raws: l.raws,
        cues: l.cues.map((c, k) => [l.from[k]!, c.key, c.open ? 1 : 0] as [number, string, 0 | 1]),
      })),
      trie: trieToJson(buildTrie(lists.map((l) => l.cues.map((c) => c.key)))),
    };
  }
  return out;
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
  for (const g of tableGroups) g.memo.length = 0;
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

function trieOf(group: Group): CueTrie {
  group.trie ??= group.serial ? trieFromJson(group.serial) : buildTrie(group.keys);
  return group.trie;
}

/**
 * Every cue occurrence in key, per list: one walk down the trie from each position that can start
 * one (lists of the group not compiled in this process are passed over).
 */
function scanAll(key: string, group: Group): RawHit[][] {
  const t = trieOf(group);
  const { roots, firsts, outStart, outList, outCue } = t;
  const lists = group.lists;
  const byList: RawHit[][] = [];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let node: number;
    if (c < ROOTS) node = roots[c]!;
    else if (!(firsts[c >> 5]! & (1 << (c & 31)))) continue;
    else node = childOf(t, 0, c);
    for (let j = i + 1; node >= 0; j++) {
      for (let o = outStart[node]!, oe = outStart[node + 1]!; o < oe; o++) {
        const cues = lists[outList[o]!];
        if (cues) (byList[outList[o]!] ??= []).push({ i, e: j, cue: cues[outCue[o]!]! });
      }
      if (j >= key.length) break;
      node = childOf(t, node, key.charCodeAt(j));
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
