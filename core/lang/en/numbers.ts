// English numbers: separators, number words and bounds as data (read by core/claims/numbers.ts
// like every other language), plus an optional reader backed by compromise for word numbers.
// compromise takes ~0.5 s to load, so it is imported dynamically by loadEnglishNumbers() and
// never for other languages; until it is loaded the table below reads the words. Tested in
// numbers.test.ts (both paths).
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  nlpWords: true,
  group: [','],
  decimal: ['.'],
  words: {
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
    'a dozen': 12,
    dozen: 12,
  },
  small: { hundred: 100 },
  large: { thousand: 1000, million: 1e6, mln: 1e6, billion: 1e9, bn: 1e9 },
  connectors: ['and'],
  vague: {
    thousands: 1000,
    hundreds: 100,
    dozens: 12,
    'tens of thousands': 10000,
    'hundreds of thousands': 100000,
    'several thousand': 1000,
    'several hundred': 100,
    scores: 20,
  },
  before: {
    about: [
      'about',
      'around',
      'some',
      'roughly',
      'approximately',
      'nearly',
      'almost',
      'an estimated',
      'close to',
      'just under',
      'estimated',
    ],
    'more-than': ['more than', 'over', 'upwards of', 'in excess of', 'just over', 'above'],
    'at-least': ['at least', 'a minimum of', 'no fewer than', 'no less than'],
    'less-than': ['less than', 'fewer than', 'under', 'below'],
    'at-most': ['at most', 'no more than', 'not more than', 'a maximum of'],
    'up-to': ['up to', 'as many as', 'within'],
  },
  rangeWords: ['to'],
  rangePairs: [['between', 'and']],
  negators: ['not', 'no', "won't", 'never', "wouldn't"],
  ordinal: /^(?:st|nd|rd|th)\b/i,
};

/** A number written in words, found by compromise: UTF-16 offsets into the text given. */
export interface WordNumber {
  start: number;
  end: number;
  value: number;
}

interface NlpDoc {
  numbers(): { json(o: { offset: true }): unknown[] };
}
let nlp: ((text: string) => NlpDoc) | undefined;
let loading: Promise<void> | undefined;

/** Load compromise for English word numbers (dynamic import; call once before English pages). */
export function loadEnglishNumbers(): Promise<void> {
  loading ??= import('compromise').then((m) => {
    nlp = (m.default ?? m) as unknown as (text: string) => NlpDoc;
  });
  return loading;
}

export const englishNumbersLoaded = () => nlp !== undefined;

/** Numbers written (at least partly) in words, or undefined while compromise is not loaded. */
export function englishWordNumbers(text: string): WordNumber[] | undefined {
  if (!nlp) return undefined;
  if (!/[a-z]/i.test(text)) return [];
  const out: WordNumber[] = [];
  const found = nlp(text).numbers().json({ offset: true }) as {
    text: string;
    offset: { start: number; length: number };
    number?: { num: number };
  }[];
  for (const n of found) {
    const t = n.text.replace(/[\s.,;:!?]+$/u, '');
    if (/^[\d.,\s%$€£-]+$/.test(t)) continue; // digits are read by the shared scanner
    if (typeof n.number?.num !== 'number' || !Number.isFinite(n.number.num)) continue;
    out.push({ start: n.offset.start, end: n.offset.start + t.length, value: n.number.num });
  }
  return out;
}
