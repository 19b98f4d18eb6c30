// Uzbek dates (Latin and Cyrillic): "5-yanvar", "2022-yil 5-yanvar", weekdays, "o'tgan juma",
// "shu oyning 5-sanasi", "19-sanagacha". Data only, read by core/dates/extract.ts.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    'yanvar*': 1, 'fevral*': 2, 'mart*': 3, 'aprel*': 4, 'may*': 5, 'iyun*': 6, 'iyul*': 7, 'avgust*': 8,
    'sentyabr*': 9, 'oktyabr*': 10, 'noyabr*': 11, 'dekabr*': 12,
    'январ*': 1, 'феврал*': 2, 'март*': 3, 'апрел*': 4, 'май*': 5, 'июн*': 6, 'июл*': 7, 'август*': 8,
    'сентябр*': 9, 'октябр*': 10, 'ноябр*': 11, 'декабр*': 12,
  },
  weekdays: { 'yakshanba*': 0, 'dushanba*': 1, 'seshanba*': 2, 'chorshanba*': 3, 'payshanba*': 4, 'juma*': 5, 'shanba*': 6, 'якшанба*': 0, 'душанба*': 1, 'сешанба*': 2, 'чоршанба*': 3, 'пайшанба*': 4, 'жума*': 5, 'шанба*': 6 },
  weekdayNeeds: ['kuni', 'куни', "o'tgan", 'ўтган', 'kelasi', 'келаси'],
  lastBefore: ["o'tgan", 'ўтган'],
  nextBefore: ['kelasi', 'келаси', 'kelgusi', 'келгуси'],
  relative: { 'kecha': -1, 'bugun': 0, 'ertaga': 1, 'кеча': -1, 'бугун': 0, 'эртага': 1, 'indinga': 2, 'ўтган куни': -2 },
  thisMonthBefore: ['shu oyning', 'joriy oyning', 'шу ойнинг', 'жорий ойнинг'],
  monthRel: { "o'tgan oy": -1, 'shu oy': 0, 'kelasi oy': 1, 'ўтган ой': -1 },
  yearRel: { "o'tgan yili": -1, "o'tgan yil": -1, 'joriy yil': 0, 'shu yil': 0, 'kelasi yil': 1, 'ўтган йили': -1, 'жорий йил': 0 },
  untilAfter: ['gacha', 'гача'],
  dayWordAfter: ['sanasi*', 'санаси*', 'sana*', 'сана*'],
  daySuffix: ['-', '-da', '-дa', '-sanasi', '-sanasida', '-sanagacha', '-gacha', '-санаси', '-санасида', '-гача', '-dan', '-дан'],
  yearAfter: ['yil', 'yilda', 'yilning', 'yilgi', 'йил', 'йилда', 'йилнинг', 'йилги', '-yil', '-йил'],
  numericOrder: 'dmy',
};
