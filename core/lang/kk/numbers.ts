// Kazakh (Cyrillic and Latin) number words, separators and bounds ("1300-ден астам").
// Data only, read by core/claims/numbers.ts. Tested in numbers.test.ts.
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  group: [' ', '.'],
  decimal: [','],
  words: {
    'бір': 1, 'екі': 2, 'үш': 3, 'төрт': 4, 'бес': 5, 'алты': 6, 'жеті': 7, 'сегіз': 8, 'тоғыз': 9, 'он': 10,
    'жиырма': 20, 'отыз': 30, 'қырық': 40, 'елу': 50, 'алпыс': 60, 'жетпіс': 70, 'сексен': 80, 'тоқсан': 90,
    'bir': 1, 'eki': 2, 'úsh': 3, 'tórt': 4, 'bes': 5, 'alty': 6, 'jeti': 7, 'segiz': 8, 'toǵyz': 9, 'jıyrma': 20, 'otyz': 30, 'elý': 50,
  },
  small: { 'жүз': 100, 'júz': 100 },
  large: { 'мың*': 1000, 'myń*': 1000, 'миллион': 1e6, 'млн': 1e6, 'million': 1e6, 'миллиард': 1e9, 'млрд': 1e9, 'mıllıard': 1e9 },
  vague: { 'мыңдаған': 1000, 'жүздеген': 100, 'ондаған': 10, 'бірнеше мың': 1000, 'myńdaǵan': 1000 },
  before: {
    'about': ['шамамен', 'шамасы', 'жуық', 'shamamen'],
    'at-least': ['кемінде', 'кем дегенде', 'keminde'],
    'more-than': ['астам'],
  },
  after: {
    'more-than': ['астам', 'артық', 'аса', 'asta', 'astam', 'artyq'],
    'about': ['жуық', 'шақты', 'шамасында', 'juyq'],
    'less-than': ['кем', 'аз'],
    'up-to': ['дейін', 'deıin'],
  },
  negators: ['емес'],
  ordinal: /^-?(?:ші|шы|інші|ыншы|нші|ншы|shi|inshi)(?![\p{L}])/iu,
};
