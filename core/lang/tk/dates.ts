// Turkmen dates: "2022-nji ýylyň 5-nji ýanwary", weekdays ("geçen anna"), relative words,
// "şu aýyň 5-ine", "19-yna çenli". Data only, read by core/dates/extract.ts.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    'ýanwar*': 1,
    'fewral*': 2,
    'mart*': 3,
    'aprel*': 4,
    'maý*': 5,
    'iýun*': 6,
    'iýul*': 7,
    'awgust*': 8,
    'sentýabr*': 9,
    'oktýabr*': 10,
    'noýabr*': 11,
    'dekabr*': 12,
  },
  weekdays: { 'ýekşenbe*': 0, 'duşenbe*': 1, 'sişenbe*': 2, 'çarşenbe*': 3, 'penşenbe*': 4, 'anna*': 5, 'şenbe*': 6 },
  weekdayNeeds: ['güni', 'geçen', 'öten', 'indiki'],
  lastBefore: ['geçen', 'öten'],
  nextBefore: ['indiki', 'geljek'],
  relative: { düýn: -1, 'şu gün': 0, ertir: 1, öňňin: -2 },
  thisMonthBefore: ['şu aýyň', 'häzirki aýyň', 'şu aýda'],
  monthRel: { 'geçen aý': -1, 'şu aý': 0, 'indiki aý': 1 },
  yearRel: { 'geçen ýyl': -1, 'şu ýyl': 0, 'indiki ýyl': 1 },
  untilAfter: ['çenli'],
  daySuffix: ['-nji', '-njy', '-i', '-y', '-ine', '-yna', '-inde', '-ynda', '-nji güni', '-njy güni', '-ne', '-na'],
  yearAfter: ['-nji ýylyň', '-nji ýylda', '-nji ýyl', 'ýylyň', 'ýylda', 'ý.'],
  numericOrder: 'dmy',
};
