// Chinese numbers: digits with 万/亿, numerals (一千三百, 两), bounds (约, 超过, 多, 余, 以上).
// Data only, read by core/claims/numbers.ts (unspaced: no word boundaries).
import type { NumberLang } from '../../claims/lang-spec';

export const numbers: NumberLang = {
  ordinalBefore: ['第'],
  group: [','],
  decimal: ['.'],
  words: { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 },
  small: { 十: 10, 百: 100, 千: 1000 },
  large: { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 },
  vague: {
    数千: 1000,
    上千: 1000,
    几千: 1000,
    数百: 100,
    上百: 100,
    几百: 100,
    数十: 10,
    几十: 10,
    数万: 1e4,
    上万: 1e4,
  },
  before: {
    about: ['约', '大约', '近', '将近', '接近', '约有', '大概'],
    'more-than': ['超过', '逾', '超', '多于'],
    'at-least': ['至少', '不少于', '起码'],
    'less-than': ['不到', '不足', '少于'],
    'at-most': ['最多', '不超过', '至多'],
    'up-to': ['多达', '高达'],
  },
  after: {
    'more-than': ['多', '余', '以上'],
    about: ['左右', '上下'],
    'less-than': ['以下'],
  },
  rangeWords: ['至', '到'],
  negators: ['不'],
};
