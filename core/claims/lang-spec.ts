// Shapes of the per-language data in core/lang/<code>/numbers.ts and claims.ts. Data only:
// cues are written in their own script and folded at compile time (cues.ts).
// A trailing '*' on a cue lets it match a longer word (inflection, agglutination).
import type { Measure } from '../dataset/schema';

export type Approx = 'about' | 'more-than' | 'at-least' | 'less-than' | 'at-most' | 'up-to';

export interface NumberLang {
  /** thousands separators as written: ' ' (also nbsp, thin space), ',', '.', '٬', "'" */
  group: string[];
  /** decimal marks */
  decimal: string[];
  /** number words with plain values: one .. nineteen, tens, hundreds written as one word */
  words?: Record<string, number>;
  /** multipliers inside a group (hundred; Chinese 十 百 千) */
  small?: Record<string, number>;
  /** multipliers that close a group (thousand, million, billion and their abbreviations) */
  large: Record<string, number>;
  /** words joining number words ("and", و, und) */
  connectors?: string[];
  /** vague quantities: "thousands", "десятки"; value is the lower bound, approx more-than */
  vague?: Record<string, number>;
  /** approximation / bound cues written before the number */
  before: Partial<Record<Approx, string[]>>;
  /** cues written after the number (Turkic "-dan ortiq", Chinese 多/余) */
  after?: Partial<Record<Approx, string[]>>;
  /** words between the two ends of a range, besides a dash ("to", "до", "bis") */
  rangeWords?: string[];
  /** separators that make a range only after a lead word: ["between", "and"], ["بين", "و"] */
  rangePairs?: [string, string][];
  /** negations that turn "more than" into "no more than" when they come shortly before */
  negators?: string[];
  /** suffixes that make a number an ordinal, tested on the original text right after the digits */
  ordinal?: RegExp;
  /** number words written as one compound word (German "dreihundert") */
  compound?: boolean;
  /** a word right before the digits that makes the number an ordinal (Chinese 第) */
  ordinalBefore?: string[];
  /** number words are read by the English NLP library (compromise) instead of the word list */
  nlpWords?: boolean;
}

export interface ClaimsLang {
  /** what is counted: cue words per measure (verbs and nouns) */
  measures: Partial<Record<Measure, string[]>>;
  /** who is counted: English label -> cues */
  subjects: Record<string, string[]>;
  /** "others" after a number: inherits the subject of the previous figure in the sentence */
  others?: string[];
  /** counted-people nouns ("people", "человек", "شخص"): measure 'count' when nothing else fits */
  people?: string[];
  /** duration units right after the number */
  durations: Partial<Record<'hour' | 'day' | 'week' | 'month' | 'year', string[]>>;
  /** nouns that carry the number themselves (Arabic dual يومين = 2 days) */
  duals?: Record<string, { value: number; unit: 'hour' | 'day' | 'week' | 'month' | 'year' }>;
  /** "within" before a duration -> approx up-to */
  within?: string[];
  /** currency code -> cues or symbols, before or after the number */
  currencies: Record<string, string[]>;
  percent: string[];
  /** percent cues written before the number (Turkish "yüzde 80", "%80", Chinese 百分之) */
  percentBefore?: string[];
  vote?: string[];
  turnout?: string[];
  price?: string[];
  cost?: string[];
  /** cues marking an age next to a number ("aged", "-year-old", "лет" in "в возрасте") */
  ageBefore?: string[];
  ageAfter?: string[];
  /** cues before an hour number that make it a clock time ("at", "в", "الساعة") */
  timeBefore?: string[];
  /** speaker follows the cue: "according to X", "حسب X", "по данным X" */
  sourceNext: string[];
  /** speaker precedes the cue: "X'e göre", "X zufolge", "X мәліметінше" */
  sourcePrev?: string[];
  /** speech verbs ("said", "قال", "заявил", "dedi") */
  said: string[];
  /** where the speaker of a speech verb usually stands */
  saidSpeaker: 'prev' | 'next' | 'either';
  /** complementisers: a speech verb followed by one has no speaker after it ("أكد أن") */
  that?: string[];
  /** "نقلت وكالة X عن Y": after a speech verb, a word that introduces the one actually quoted */
  reportedFrom?: string[];
  /** conjunctions that open a new attribution scope inside a sentence ("في حين", "while") */
  clauseBreak?: string[];
  /** Arabic proclitics glued to words */
  clitics?: string;
  unspaced?: boolean;
}
