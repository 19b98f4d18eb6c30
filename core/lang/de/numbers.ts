// German number words (written as one compound: "dreihundert"), separators (1.300) and bounds
// ("mehr als", "rund", "mindestens"). Data only, read by core/claims/numbers.ts.
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  group: ['.', ' ', "'"],
  decimal: [','],
  compound: true,
  words: {
    'ein': 1, 'eins': 1, 'eine': 1, 'einen': 1, 'einem': 1, 'zwei': 2, 'drei': 3, 'vier': 4, 'fünf': 5, 'sechs': 6, 'sieben': 7,
    'acht': 8, 'neun': 9, 'zehn': 10, 'elf': 11, 'zwölf': 12, 'sechzehn': 16, 'siebzehn': 17,
    'zwanzig': 20, 'dreißig': 30, 'vierzig': 40, 'fünfzig': 50, 'sechzig': 60, 'siebzig': 70, 'achtzig': 80, 'neunzig': 90,
  },
  small: { 'hundert': 100 },
  large: {
    'tausend': 1000, 'million': 1e6, 'millionen': 1e6, 'mio.': 1e6, 'mio': 1e6, 'milliarde': 1e9, 'milliarden': 1e9, 'mrd.': 1e9, 'mrd': 1e9,
  },
  connectors: ['und'],
  vague: { 'tausende': 1000, 'hunderte': 100, 'dutzende': 12, 'zehntausende': 10000, 'mehrere tausend': 1000, 'mehrere hundert': 100 },
  before: {
    'about': ['etwa', 'rund', 'ungefähr', 'circa', 'ca.', 'knapp', 'fast', 'nahezu', 'beinahe', 'schätzungsweise', 'gut'],
    'more-than': ['mehr als', 'über', 'weit über', 'mehr denn'],
    'at-least': ['mindestens', 'wenigstens', 'zumindest'],
    'less-than': ['weniger als', 'unter'],
    'at-most': ['höchstens', 'maximal', 'nicht mehr als'],
    'up-to': ['bis zu'],
  },
  rangeWords: ['bis'],
  rangePairs: [['zwischen', 'und']],
  negators: ['nicht', 'kein', 'keine'],
  ordinal: /^\.(?=\s*\p{L})/u,
};
