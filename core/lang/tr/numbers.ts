// Turkish number words, separators (1.300) and bounds ("yaklaşık", "en az", "100'den fazla").
// Data only, read by core/claims/numbers.ts. Tested through core/claims/numbers.test.ts and this folder's claims.test.ts.
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  group: ['.', ' '],
  decimal: [','],
  words: {
    bir: 1,
    iki: 2,
    üç: 3,
    dört: 4,
    beş: 5,
    altı: 6,
    yedi: 7,
    sekiz: 8,
    dokuz: 9,
    on: 10,
    yirmi: 20,
    otuz: 30,
    kırk: 40,
    elli: 50,
    altmış: 60,
    yetmiş: 70,
    seksen: 80,
    doksan: 90,
  },
  small: { yüz: 100 },
  large: { bin: 1000, binden: 1000, bini: 1000, bine: 1000, milyon: 1e6, milyar: 1e9, mn: 1e6, mlr: 1e9 },
  vague: { binlerce: 1000, yüzlerce: 100, onlarca: 10, 'on binlerce': 10000 },
  before: {
    about: ['yaklaşık', 'yaklaşık olarak', 'neredeyse', 'tahminen', 'ortalama'],
    'at-least': ['en az', 'asgari'],
    'at-most': ['en fazla', 'azami'],
  },
  after: {
    'more-than': ['fazla', 'aşkın', 'üzerinde', 'çok'],
    about: ['civarında', 'dolayında'],
    'less-than': ['az', 'altında'],
    'up-to': ['kadar'],
  },
  negators: ['değil'],
  ordinal: /^(?:\.(?=\s*\p{L})|'?(?:inci|ıncı|uncu|üncü|nci|ncı|ncu|ncü)(?![\p{L}]))/u,
};
