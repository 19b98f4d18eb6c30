// Search over every name form in the dataset as the reader types: prefix and transliteration
// tolerant through the engine's folding keys (core/text/fold.ts foldKey: case, diacritics, Arabic
// letter variants, Cyrillic → Latin), with a looser vowel-less key as a fallback ("Tokaev" finds
// "Tokayev"). Chosen over minisearch by scripts/bench-lookup.ts (numbers in the README).
// Pure (no extension API). Tested in name-search.test.ts.
import { foldKey } from '../../core/text/fold';
import type { DisplayRecord } from '../../core/dataset/compiled';

interface Entry {
  id: string;
  /** folded name form */
  key: string;
  /** its word starts */
  words: string[];
  /** vowel-less key of the whole form, for the loose fallback */
  loose: string;
}

export interface NameSearch {
  search(query: string, limit?: number): { id: string; score: number }[];
  /** entries held (one per distinct folded name form), for the benchmark */
  size: number;
}

/** Vowels and the letters romanisations disagree on most (y, h, ', doubled letters) dropped. */
export const looseKey = (key: string): string => key.replace(/[aeiouyh' ]/g, '').replace(/(.)\1+/g, '$1');

/** Score of one name form for a folded query: higher is better, 0 is no match. */
function scoreOf(e: Entry, q: string, qWords: string[]): number {
  if (e.key === q) return 100;
  if (e.key.startsWith(q)) return 80 - Math.min(20, e.key.length - q.length);
  // every word of the query starts a word of the name, in any order ("tokayev kassym")
  if (qWords.every((w) => e.words.some((x) => x.startsWith(w)))) return 60 - Math.min(20, e.key.length - q.length);
  return 0;
}

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
        entries.push({ id: rec.id, key, words: key.split(' ').filter(Boolean), loose: looseKey(key) });
      }
    }
  }
  return {
    size: entries.length,
    search(query, limit = 12) {
      const q = foldKey(query.slice(0, 200)).trim();
      if (!q) return [];
      const qWords = q.split(' ').filter(Boolean);
      const best = new Map<string, number>();
      const note = (id: string, s: number) => {
        if (s > (best.get(id) ?? 0)) best.set(id, s);
      };
      for (const e of entries) {
        const s = scoreOf(e, q, qWords);
        if (s) note(e.id, s);
      }
      // loose fallback only for a query long enough not to match everything
      const lq = looseKey(q);
      if (best.size < limit && lq.length >= 3) {
        for (const e of entries) if (e.loose.startsWith(lq)) note(e.id, 30 - Math.min(20, e.loose.length - lq.length));
      }
      return [...best]
        .map(([id, score]) => ({ id, score: score + (prior.get(id) ?? 0.5) }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
        .slice(0, limit);
    },
  };
}
