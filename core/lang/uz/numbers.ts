// Uzbek (Latin and Cyrillic) number words, separators and bounds ("100 dan ortiq").
// Data only, read by core/claims/numbers.ts. Tested in numbers.test.ts.
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  group: [' ', '.'],
  decimal: [','],
  words: {
    'bir': 1, 'ikki': 2, 'uch': 3, "to'rt": 4, 'besh': 5, 'olti': 6, 'yetti': 7, 'sakkiz': 8, "to'qqiz": 9, "o'n": 10,
    'yigirma': 20, "o'ttiz": 30, 'qirq': 40, 'ellik': 50, 'oltmish': 60, 'yetmish': 70, 'sakson': 80, "to'qson": 90,
    'бир': 1, 'икки': 2, 'уч': 3, 'тўрт': 4, 'беш': 5, 'олти': 6, 'етти': 7, 'саккиз': 8, 'тўққиз': 9, 'ўн': 10, 'йигирма': 20, 'ўттиз': 30,
  },
  small: { 'yuz': 100, 'юз': 100 },
  large: { 'ming*': 1000, 'минг*': 1000, 'million': 1e6, 'mln': 1e6, 'миллион': 1e6, 'млн': 1e6, 'milliard': 1e9, 'mlrd': 1e9, 'миллиард': 1e9, 'млрд': 1e9 },
  vague: { 'minglab': 1000, 'yuzlab': 100, "o'nlab": 10, 'минглаб': 1000, 'юзлаб': 100, 'ўнлаб': 10 },
  before: {
    'about': ['qariyb', 'taxminan', 'тахминан', 'қарийб', 'salkam', 'салкам'],
    'at-least': ['kamida', 'камида', 'eng kamida', 'энг камида'],
  },
  after: {
    'more-than': ['ortiq', 'ziyod', 'ko\'proq', 'ортиқ', 'зиёд', 'кўпроқ', 'oshiq', 'ошиқ'],
    'about': ['yaqin', 'яқин', 'atrofida', 'атрофида'],
    'less-than': ['kam', 'кам'],
    'up-to': ['gacha', 'гача'],
  },
  negators: ['emas', 'эмас'],
  ordinal: /^-?(?:chi|inchi|nchi|чи|инчи|нчи)(?![\p{L}])/iu,
};
