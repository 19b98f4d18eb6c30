// English dates: month names and abbreviations, weekdays with last/next, yesterday/today,
// "the 5th of this month", "until the 19th". Data only, read by core/dates/extract.ts.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    'january': 1, 'february': 2, 'march': 3, 'april': 4, 'may': 5, 'june': 6, 'july': 7, 'august': 8, 'september': 9,
    'october': 10, 'november': 11, 'december': 12,
    'jan': 1, 'jan.': 1, 'feb': 2, 'feb.': 2, 'mar.': 3, 'apr': 4, 'apr.': 4, 'jun.': 6, 'jul.': 7, 'aug': 8, 'aug.': 8,
    'sep': 9, 'sep.': 9, 'sept': 9, 'sept.': 9, 'oct': 10, 'oct.': 10, 'nov': 11, 'nov.': 11, 'dec': 12, 'dec.': 12,
  },
  weekdays: { 'sunday': 0, 'monday': 1, 'tuesday': 2, 'wednesday': 3, 'thursday': 4, 'friday': 5, 'saturday': 6 },
  lastBefore: ['last', 'this past', 'on last', 'past'],
  nextBefore: ['next', 'this coming', 'coming', 'on next'],
  relative: { 'yesterday': -1, 'today': 0, 'tomorrow': 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 },
  thisMonthAfter: ['of this month', 'of the month', 'this month'],
  monthRel: { 'last month': -1, 'this month': 0, 'next month': 1 },
  yearRel: { 'last year': -1, 'this year': 0, 'next year': 1 },
  untilBefore: ['until the', 'till the', 'until', 'by the', 'through the'],
  daySuffix: ['st', 'nd', 'rd', 'th'],
  dayLead: ['on the', 'the'],
  yearBefore: ['in'],
  numericOrder: 'mdy',
};
