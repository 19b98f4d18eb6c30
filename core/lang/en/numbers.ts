// English numbers: separators and bounds as data, and number words ("two hundred and thirty")
// read by compromise + compromise-numbers, created lazily on the first English text only.
// Tested in numbers.test.ts.
import type { NumberLang } from '../../claims/lang-spec';
import nlp from 'compromise';
import numbersPlugin from 'compromise-numbers';

export const numbers: NumberLang = {
  group: [','],
  decimal: ['.'],
  // compromise reads the word forms; these are only the scales that follow digits ("1.3 million")
  large: { 'thousand': 1000, 'thousands': 1000, 'million': 1e6, 'millions': 1e6, 'mln': 1e6, 'm': 1e6, 'billion': 1e9, 'bn': 1e9, 'k': 1000 },
  small: { 'hundred': 100 },
  vague: { 'thousands': 1000, 'hundreds': 100, 'dozens': 12, 'tens of thousands': 10000, 'hundreds of thousands': 100000, 'several thousand': 1000, 'several hundred': 100, 'scores': 20 },
  before: {
    'about': ['about', 'around', 'some', 'roughly', 'approximately', 'nearly', 'almost', 'an estimated', 'close to', 'just under', 'estimated'],
    'more-than': ['more than', 'over', 'upwards of', 'in excess of', 'just over', 'above'],
    'at-least': ['at least', 'a minimum of', 'no fewer than', 'no less than'],
    'less-than': ['less than', 'fewer than', 'under', 'below'],
    'at-most': ['at most', 'no more than', 'not more than', 'a maximum of'],
    'up-to': ['up to', 'as many as', 'within'],
  },
  rangeWords: ['to', 'and'],
  negators: ['not', 'no', "won't", 'never', "wouldn't"],
  ordinal: /^(?:st|nd|rd|th)\b/i,
};

/** A number written in words, found by compromise: UTF-16 offsets into the text given. */
export interface WordNumber { start: number; end: number; value: number }

type Nlp = typeof nlp;
let english: Nlp | undefined;
/** compromise with the numbers plugin, extended on first use (never for other languages). */
function engine(): Nlp {
  if (!english) {
    nlp.plugin(numbersPlugin);
    english = nlp;
  }
  return english;
}

/** Numbers written (at least partly) in words: "two hundred and thirty-eight", "a dozen". */
export function englishWordNumbers(text: string): WordNumber[] {
  if (!/[a-z]/i.test(text)) return [];
  const doc = engine()(text);
  const out: WordNumber[] = [];
  const found = doc.numbers().json({ offset: true }) as {
    text: string; offset: { start: number; length: number }; number: { num: number };
  }[];
  for (const n of found) {
    const t = n.text.replace(/[\s.,;:!?]+$/u, '');
    if (/^[\d.,\s%$€£-]+$/.test(t)) continue; // digits are read by the shared scanner
    if (typeof n.number?.num !== 'number' || !Number.isFinite(n.number.num)) continue;
    const start = n.offset.start;
    out.push({ start, end: start + t.length, value: n.number.num });
  }
  return out;
}
