// Tajik dates: month names ("5 январи соли 2022"), weekdays ("ҷумъаи гузашта"), relative
// words, "5-уми ҳамин моҳ", "то 19-ум". Data only, read by core/dates/extract.ts.
import { CYRILLIC_MONTH_STEMS } from '../../dates/cyrillic-months';
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    ...CYRILLIC_MONTH_STEMS,
  },
  weekdays: { 'якшанбе*': 0, 'душанбе*': 1, 'сешанбе*': 2, 'чоршанбе*': 3, 'панҷшанбе*': 4, 'ҷумъа*': 5, 'шанбе*': 6 },
  weekdayNeeds: ['рӯзи', 'гузашта', 'оянда'],
  lastAfter: ['гузашта', 'пешина'],
  nextAfter: ['оянда', 'дигар'],
  relative: { дирӯз: -1, имрӯз: 0, фардо: 1, парерӯз: -2, пасфардо: 2 },
  thisMonthAfter: ['ҳамин моҳ', 'моҳи ҷорӣ', 'моҳи равон'],
  monthRel: { 'моҳи гузашта': -1, 'моҳи ҷорӣ': 0, 'моҳи оянда': 1 },
  yearRel: { 'соли гузашта': -1, 'соли ҷорӣ': 0, 'соли оянда': 1, имсол: 0, порсол: -1 },
  untilBefore: ['то'],
  daySuffix: ['-ум', '-уми', '-юм', '-юми', 'ум', 'уми'],
  yearBefore: ['соли', 'сол'],
  yearAfter: [],
  numericOrder: 'dmy',
};
