// The sentence(s) a span sits in, from the sentences splitSentences (extract.ts) found: one
// splitter for claims and for the panel's "in this sentence". Pure; must not split text itself.
// Tested in sentence-span.test.ts (and through entrypoints/background/tab-results.test.ts).
import type { Sentence } from './extract';

/** Index of the last sentence starting at or before `pos` (0 when none does): a binary search. */
function sentenceIndexAt(sentences: readonly Sentence[], pos: number): number {
  let lo = 0,
    hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/**
 * From the start of the sentence holding `start` to the end of the one holding `end - 1`
 * (`sentences` sorted by start, as splitSentences returns them); null when there is none.
 */
export function sentenceSpan(sentences: readonly Sentence[], start: number, end: number): Sentence | null {
  if (sentences.length === 0) return null;
  const first = sentences[sentenceIndexAt(sentences, start)]!;
  const last = sentences[sentenceIndexAt(sentences, Math.max(start, end - 1))]!;
  return { start: first.start, end: Math.max(first.end, last.end) };
}
