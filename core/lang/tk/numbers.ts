// Turkmen number words, separators and bounds ("1000-den gowrak"). Data only, read by
// core/claims/numbers.ts. Tested through core/claims/numbers.test.ts and this folder's claims.test.ts.
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  group: [' ', '.'],
  decimal: [','],
  words: {
    bir: 1,
    iki: 2,
    üç: 3,
    dört: 4,
    bäş: 5,
    alty: 6,
    ýedi: 7,
    sekiz: 8,
    dokuz: 9,
    on: 10,
    ýigrimi: 20,
    otuz: 30,
    kyrk: 40,
    elli: 50,
    altmyş: 60,
    ýetmiş: 70,
    segsen: 80,
    togsan: 90,
  },
  small: { ýüz: 100 },
  large: { 'müň*': 1000, million: 1e6, mln: 1e6, milliard: 1e9, mlrd: 1e9 },
  vague: { müňlerçe: 1000, ýüzlerçe: 100, onlarça: 10 },
  before: {
    about: ['takmynan', 'ýakyn', 'takmyn'],
    'at-least': ['azyndan', 'iň azyndan'],
    'at-most': ['iň köp'],
  },
  after: {
    'more-than': ['gowrak', 'köp', 'artyk', 'geçdi'],
    about: ['ýakyn', 'töweregi', 'çemesi'],
    'less-than': ['az', 'kem'],
    'up-to': ['çenli'],
  },
  negators: ['däl'],
  ordinal: /^-?(?:nji|njy|nçi|nçy|inji|ynjy|unjy|ünji)(?![\p{L}])/iu,
};
