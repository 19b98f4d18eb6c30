// Turkish dates: month names ("5 Ocak 2022"), weekdays ("geçen cuma"), relative words,
// "bu ayın 5'inde", "ayın 19'una kadar". Data only, read by core/dates/extract.ts.
import type { DatesLang } from '../../dates/lang-spec';

export const dates: DatesLang = {
  months: {
    'ocak*': 1, 'şubat*': 2, 'mart*': 3, 'nisan*': 4, 'mayıs*': 5, 'haziran*': 6, 'temmuz*': 7, 'ağustos*': 8,
    'eylül*': 9, 'ekim*': 10, 'kasım*': 11, 'aralık*': 12,
  },
  weekdays: { 'pazar*': 0, 'pazartesi*': 1, 'salı*': 2, 'çarşamba*': 3, 'perşembe*': 4, 'cuma*': 5, 'cumartesi*': 6 },
  weekdayNeeds: ['günü', 'geçen', 'geçtiğimiz', 'önümüzdeki', 'gelecek'],
  lastBefore: ['geçen', 'geçtiğimiz'],
  nextBefore: ['gelecek', 'önümüzdeki'],
  relative: { 'dün': -1, 'bugün': 0, 'yarın': 1, 'evvelsi gün': -2, 'öbür gün': 2 },
  thisMonthBefore: ['bu ayın', 'içinde bulunduğumuz ayın', 'ayın'],
  monthRel: { 'geçen ay': -1, 'bu ay': 0, 'gelecek ay': 1 },
  yearRel: { 'geçen yıl': -1, 'bu yıl': 0, 'gelecek yıl': 1 },
  untilAfter: ['kadar'],
  daySuffix: ["'inde", "'ında", "'unda", "'ünde", "'nde", "'nda", "'i", "'ı", "'u", "'ü", "'si", "'sı", "'una", "'üne", "'ine", "'ına", "'ne", "'na", "'sinde", "'sında", "'ye", "'ya", "'e", "'a"],
  yearAfter: ['yılı', 'yılında', 'yılının', 'yıl'],
  numericOrder: 'dmy',
};
