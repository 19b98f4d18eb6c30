// The Russian-derived month stems that Kyrgyz, Tajik and Uzbek Cyrillic write ("5 январи", "январь айы",
// "5-январ"): one table for the three languages' date data. Data only; Russian keeps its own table (it
// lists март/май forms one by one). Read through core/lang/{ky,tg,uz}/dates.ts; tested in core/dates/extract.test.ts.
import type { DatesLang } from './lang-spec';

export const CYRILLIC_MONTH_STEMS: DatesLang['months'] = {
  'январ*': 1,
  'феврал*': 2,
  'март*': 3,
  'апрел*': 4,
  'май*': 5,
  'июн*': 6,
  'июл*': 7,
  'август*': 8,
  'сентябр*': 9,
  'октябр*': 10,
  'ноябр*': 11,
  'декабр*': 12,
};
