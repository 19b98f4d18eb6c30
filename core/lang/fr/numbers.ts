// French number words ("dix-sept", "quatre-vingts"), separators (1 300) and bounds
// ("plus de", "environ", "au moins"). Data only, read by core/claims/numbers.ts.
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  group: [' ', '.'],
  decimal: [','],
  words: {
    'un': 1, 'une': 1, 'deux': 2, 'trois': 3, 'quatre': 4, 'cinq': 5, 'six': 6, 'sept': 7, 'huit': 8, 'neuf': 9, 'dix': 10,
    'onze': 11, 'douze': 12, 'treize': 13, 'quatorze': 14, 'quinze': 15, 'seize': 16,
    'vingt': 20, 'vingts': 20, 'trente': 30, 'quarante': 40, 'cinquante': 50, 'soixante': 60, 'soixante-dix': 70,
    'quatre-vingt': 80, 'quatre-vingts': 80, 'quatre-vingt-dix': 90,
  },
  small: { 'cent': 100, 'cents': 100 },
  large: { 'mille': 1000, 'million': 1e6, 'millions': 1e6, 'milliard': 1e9, 'milliards': 1e9, 'md': 1e9, 'mds': 1e9 },
  connectors: ['et'],
  vague: { 'des milliers': 1000, 'milliers': 1000, 'des centaines': 100, 'centaines': 100, 'des dizaines': 10, 'dizaines': 10, 'une centaine': 100, 'un millier': 1000, 'une dizaine': 10, 'une vingtaine': 20 },
  before: {
    'about': ['environ', 'près de', 'quelque', 'presque', 'autour de', 'approximativement', 'à peu près', 'pas loin de'],
    'more-than': ['plus de', 'au-delà de', 'plus d\'', 'au moins plus de'],
    'at-least': ['au moins', 'au minimum', 'pas moins de'],
    'less-than': ['moins de', 'moins d\''],
    'at-most': ['au plus', 'pas plus de', 'au maximum', 'tout au plus'],
    'up-to': ['jusqu\'à'],
  },
  rangeWords: ['à'],
  rangePairs: [['entre', 'et']],
  negators: ['ne', 'n\'', 'pas'],
  ordinal: /^(?:e|er|re|ère|ème|eme)(?![\p{L}])/u,
};
