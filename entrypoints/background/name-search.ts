// Search over every name form in the dataset as the reader types: prefix and transliteration
// tolerant through the engine's folding keys (core/text/fold.ts foldKey: case, diacritics, Arabic
// letter variants, Cyrillic → Latin), with a looser vowel-less key as a fallback ("Tokaev" finds
// "Tokayev"). Sorted keys and binary search: a query touches only the names that start with it.
// Chosen over minisearch 7.2 with scripts/bench-lookup.ts (Dec 2026, whole dataset, 24 queries in
// three scripts): ours finds the wanted entity first for 24/24 (minisearch 17/24, with foldKey 17/24)
// at ~10× less time per query; it builds ~2× slower (once, on the first lookup) and holds more.
// Pure (no extension API). Tested in name-search.test.ts.
import { foldKey } from '../../core/text/fold';
import type { DisplayRecord } from '../../core/dataset/compiled';

export interface NameSearch {
  search(query: string, limit?: number): { id: string; score: number }[];
  /** distinct (entity, folded name form) pairs held, for the benchmark */
  size: number;
}

/** Vowels and the letters romanisations disagree on most (y, h, ', doubled letters) dropped. */
export const looseKey = (key: string): string => key.replace(/[aeiouyh' ]/g, '').replace(/(.)\1+/g, '$1');

/** A sorted list of [key, entry] for prefix ranges. */
class Sorted {
  private keys: string[] = [];
  private refs: number[] = [];
  constructor(pairs: [string, number][]) {
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    for (const [k, r] of pairs) {
      this.keys.push(k);
      this.refs.push(r);
    }
  }
  /** entries whose key starts with `p` */
  *withPrefix(p: string): Generator<[string, number]> {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.keys[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.keys.length && this.keys[i]!.startsWith(p); i++) yield [this.keys[i]!, this.refs[i]!];
  }
}

interface Entry {
  id: string;
  key: string;
  words: string[];
}

/** Weights: the whole name, the name's start, every typed word starting a word of it, the loose key. */
const W = { exact: 100, prefix: 80, words: 60, loose: 30, shorterQuery: 5 } as const;

export function createNameSearch(entities: Record<string, Pick<DisplayRecord, 'id' | 'names' | 'prior'>>): NameSearch {
  const entries: Entry[] = [];
  const prior = new Map<string, number>();
  for (const rec of Object.values(entities)) {
    prior.set(rec.id, rec.prior ?? 0.5);
    const seen = new Set<string>();
    for (const forms of Object.values(rec.names)) {
      for (const form of forms ?? []) {
        const key = foldKey(form).trim();
        if (!key || seen.has(key)) continue;
        seen.add(key);
        entries.push({ id: rec.id, key, words: key.split(' ').filter(Boolean) });
      }
    }
  }
  const byKey = new Sorted(entries.map((e, i) => [e.key, i]));
  const byWord = new Sorted(entries.flatMap((e, i) => e.words.map((w): [string, number] => [w, i])));
  const byLoose = new Sorted(entries.map((e, i) => [looseKey(e.key), i]));

  function run(q: string, note: (id: string, s: number) => void, penalty: number): void {
    const length = (k: string) => Math.min(20, k.length - q.length);
    for (const [k, i] of byKey.withPrefix(q))
      note(entries[i]!.id, (k === q ? W.exact : W.prefix - length(k)) - penalty);
    const words = q.split(' ').filter(Boolean);
    const first = [...words].sort((a, b) => b.length - a.length)[0];
    if (first) {
      for (const [, i] of byWord.withPrefix(first)) {
        const e = entries[i]!;
        if (words.every((w) => e.words.some((x) => x.startsWith(w)))) note(e.id, W.words - length(e.key) - penalty);
      }
    }
    const lq = looseKey(q);
    // the loose key only for a query long enough not to match half the dataset
    if (lq.length >= 3)
      for (const [k, i] of byLoose.withPrefix(lq))
        note(entries[i]!.id, W.loose - Math.min(20, k.length - lq.length) - penalty);
  }

  return {
    size: entries.length,
    search(query, limit = 12) {
      const raw = query.slice(0, 200).trim();
      const q = foldKey(raw).trim();
      if (!q) return [];
      const best = new Map<string, number>();
      const note = (id: string, s: number) => {
        if (s > (best.get(id) ?? 0)) best.set(id, s);
      };
      run(q, note, 0);
      // a word still being typed may fold differently from the whole word ("Tokay" → tokai, "Tokayev" → tokaev)
      if (raw.length >= 4) {
        const shorter = foldKey(raw.slice(0, -1)).trim();
        if (shorter && shorter !== q) run(shorter, note, W.shorterQuery);
      }
      return [...best]
        .map(([id, score]) => ({ id, score: score + (prior.get(id) ?? 0.5) }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, limit);
    },
  };
}
