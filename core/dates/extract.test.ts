// Dates in all 13 languages: explicit dates, numeric forms, and relative dates around month and
// year boundaries (yesterday, last Friday, until the 5th, the 20th of this month).
import { describe, expect, it } from 'vitest';
import type { Lang } from '../types';
import { extractDates, monthScope, namedMonths } from './extract';
import { fold } from '../text/fold';

const one = (text: string, lang: Lang, page?: string) => {
  const hits = extractDates(text, lang, page);
  return hits.map((h) => h.date);
};

const YESTERDAY: Record<Lang, string> = {
  ar: 'أمس',
  ru: 'вчера',
  en: 'yesterday',
  kk: 'кеше',
  uz: 'kecha',
  ky: 'кечээ',
  tg: 'дирӯз',
  tk: 'düýn',
  fa: 'دیروز',
  tr: 'dün',
  zh: '昨天',
  de: 'gestern',
  fr: 'hier',
};
const LAST_FRIDAY: Record<Lang, string> = {
  ar: 'يوم الجمعة الماضي',
  ru: 'в прошлую пятницу',
  en: 'last Friday',
  kk: 'өткен жұма',
  uz: "o'tgan juma",
  ky: 'өткөн жума',
  tg: 'ҷумъаи гузашта',
  tk: 'geçen anna',
  fa: 'جمعه گذشته',
  tr: 'geçen cuma',
  zh: '上周五',
  de: 'letzten Freitag',
  fr: 'vendredi dernier',
};
const UNTIL_5: Record<Lang, string> = {
  ar: 'حتى الخامس',
  ru: 'до 5-го',
  en: 'until the 5th',
  kk: '5-іне дейін',
  uz: '5-sanagacha',
  ky: '5-ине чейин',
  tg: 'то 5-ум',
  tk: '5-ine çenli',
  fa: 'تا ۵ام',
  tr: "5'ine kadar",
  zh: '至5日',
  de: 'bis zum 5.',
  fr: "jusqu'au 5",
};
const THIS_MONTH_20: Record<Lang, string> = {
  ar: '20 من الشهر الجاري',
  ru: '20-го числа этого месяца',
  en: 'the 20th of this month',
  kk: 'осы айдың 20-сы',
  uz: 'shu oyning 20-sanasi',
  ky: 'ушул айдын 20-сы',
  tg: '20-уми ҳамин моҳ',
  tk: 'şu aýyň 20-si',
  fa: '۲۰ همین ماه',
  tr: "bu ayın 20'si",
  zh: '本月20日',
  de: 'am 20. dieses Monats',
  fr: 'le 20 de ce mois',
};
const EXPLICIT: Record<Lang, string[]> = {
  ar: ['5 يناير 2022', '5 كانون الثاني 2022', '5 كانون الثاني/يناير 2022'],
  ru: ['5 января 2022 г.', '5 января 2022 года'],
  en: ['January 5, 2022', '5 January 2022', 'Jan. 5, 2022'],
  kk: ['2022 жылғы 5 қаңтар', '5 қаңтар 2022 жыл', '2022 jylǵy 5 qańtar'],
  uz: ['2022-yil 5-yanvar', '5 январь 2022 йил'],
  ky: ['2022-жылдын 5-январы', '5-январь 2022-жыл'],
  tg: ['5 январи соли 2022', '5 январи 2022'],
  tk: ['2022-nji ýylyň 5-nji ýanwary'],
  fa: ['۱۵ دی ۱۴۰۰', '5 ژانویه 2022'],
  tr: ['5 Ocak 2022'],
  zh: ['2022年1月5日'],
  de: ['5. Januar 2022', '5. Jänner 2022'],
  fr: ['5 janvier 2022'],
};

describe('relative dates in every language', () => {
  for (const lang of Object.keys(YESTERDAY) as Lang[]) {
    it(`${lang}: yesterday across a month and a year boundary`, () => {
      expect(one(YESTERDAY[lang], lang, '2022-03-01')).toEqual(['2022-02-28']);
      expect(one(YESTERDAY[lang], lang, '2024-03-01')).toEqual(['2024-02-29']);
      expect(one(YESTERDAY[lang], lang, '2023-01-01')).toEqual(['2022-12-31']);
    });
    it(`${lang}: last Friday across a year boundary`, () => {
      expect(one(LAST_FRIDAY[lang], lang, '2022-01-05')).toEqual(['2021-12-31']);
      expect(one(LAST_FRIDAY[lang], lang, '2022-01-12')).toEqual(['2022-01-07']);
    });
    it(`${lang}: until the 5th rolls into the next month and year`, () => {
      // Persian days count in the solar month: after 7 Dey 1400 the next 5th is 5 Bahman
      const want = lang === 'fa' ? '2022-01-25' : '2022-01-05';
      expect(one(UNTIL_5[lang], lang, '2021-12-28')).toEqual([want]);
      expect(one(UNTIL_5[lang], lang, '2022-01-02')).toEqual([want]);
    });
    it(`${lang}: the 20th of this month`, () => {
      // Persian "this month" is the solar month: 20 Bahman 1400
      expect(one(THIS_MONTH_20[lang], lang, '2022-02-10')).toEqual([lang === 'fa' ? '2022-02-09' : '2022-02-20']);
    });
    it(`${lang}: explicit dates`, () => {
      for (const t of EXPLICIT[lang]) expect(one(t, lang, '2022-03-01'), t).toEqual(['2022-01-05']);
    });
    it(`${lang}: no page date, no relative dates`, () => {
      expect(one(YESTERDAY[lang], lang)).toEqual([]);
    });
  }
});

describe('spans and details', () => {
  it('returns UTF-16 spans into the text', () => {
    const text = 'Вчера, 5 января 2022 года, в прошлую пятницу.';
    for (const h of extractDates(text, 'ru', '2022-01-12')) expect(text.slice(h.start, h.end)).toBe(h.text);
    expect(extractDates(text, 'ru', '2022-01-12').map((h) => h.text)).toEqual([
      'Вчера',
      '5 января 2022 года',
      'в прошлую пятницу',
    ]);
  });

  it('infers the year of a day and month from the page date (nearest)', () => {
    expect(one('28 декабря', 'ru', '2022-01-03')).toEqual(['2021-12-28']);
    expect(one('3 января', 'ru', '2021-12-30')).toEqual(['2022-01-03']);
    expect(one('28 декабря', 'ru')).toEqual([]);
  });

  it('reads month-year and year-only forms', () => {
    expect(one('в январе 2022 года', 'ru')).toEqual(['2022-01']);
    expect(one('in 2021', 'en')).toEqual(['2021']);
    expect(one('عام 2010', 'ar')).toEqual(['2010']);
    expect(one('в прошлом месяце', 'ru', '2022-01-10')).toEqual(['2021-12']);
    expect(one('去年', 'zh', '2022-01-10')).toEqual(['2021']);
  });

  it('reads numeric dates by language convention', () => {
    expect(one('05.01.2022', 'ru')).toEqual(['2022-01-05']);
    expect(one('2022-01-05', 'kk')).toEqual(['2022-01-05']);
    expect(one('01/05/2022', 'en')).toEqual(['2022-01-05']);
    expect(one('13/05/2022', 'en')).toEqual(['2022-05-13']);
    expect(one('05/01/2022', 'fr')).toEqual(['2022-01-05']);
    expect(one('٠٥/٠١/٢٠٢٢', 'ar')).toEqual(['2022-01-05']);
    expect(one('۱۴۰۰/۱۰/۱۵', 'fa')).toEqual(['2022-01-05']);
    expect(one('32.01.2022', 'ru')).toEqual([]);
  });

  it('needs a cue for a bare weekday where the word is ambiguous (Dushanbe is a city)', () => {
    expect(one('в Душанбе', 'tg', '2022-01-12')).toEqual([]);
    expect(one('рӯзи душанбе', 'tg', '2022-01-12')).toEqual(['2022-01-10']);
    expect(one('on Friday', 'en', '2022-01-12')).toEqual(['2022-01-07']);
    expect(one('next Friday', 'en', '2022-01-12')).toEqual(['2022-01-14']);
    expect(one('下周五', 'zh', '2022-01-12')).toEqual(['2022-01-21']);
  });

  it('keeps German "heute Morgen" (this morning) from reading as tomorrow', () => {
    expect(one('heute Morgen', 'de', '2022-01-12')).toEqual(['2022-01-12']);
    expect(one('morgen', 'de', '2022-01-12')).toEqual(['2022-01-13']);
  });

  it('reads Arabic ordinal day words up to the thirty-first', () => {
    expect(one('التاسع عشر من الشهر الجاري', 'ar', '2022-01-12')).toEqual(['2022-01-19']);
    expect(one('الحادي والثلاثين من الشهر الجاري', 'ar', '2022-01-12')).toEqual(['2022-01-31']);
    expect(one('الحادي والثلاثين من الشهر الجاري', 'ar', '2022-02-12')).toEqual([]);
  });
});

describe('namedMonths (event evidence without a page date)', () => {
  const months = (text: string, lang: Lang) => namedMonths(fold(text).key, lang);
  it('keeps a month written with a day or a year, in any of the languages', () => {
    expect(months('çatışma 16 Eylül sabahı başladı', 'tr')).toEqual([{ m: 9, d: 16 }]);
    expect(months('on May 18 the leaders met', 'en')).toEqual([{ m: 5, d: 18 }]);
    expect(months('в сентябре 2022 года', 'ru')).toEqual([{ m: 9, y: 2022 }]);
    expect(months('將於 6 月 9 日舉行總統大選', 'zh')).toEqual([{ m: 6, d: 9 }]);
    expect(months('2022年11月26日', 'zh')).toEqual([{ m: 11, d: 26, y: 2022 }]);
  });
  it('leaves out a bare month name (also an ordinary word)', () => {
    expect(months('you may say so', 'en')).toEqual([]);
    expect(months('в сентябре', 'ru')).toEqual([]);
    expect(months('11月', 'zh')).toEqual([]);
  });
});

describe('monthScope (a page keeps its month finds from the entity pass for its dates)', () => {
  const texts: [string, Lang][] = [
    ['Выборы прошли 16 сентября 2022 года, а 3 октября объявили итоги.', 'ru'],
    ['The summit opened on May 18, 2023 in Xi’an; talks resume in June.', 'en'],
    ['Les élections du 26 novembre 2022 ont eu lieu.', 'fr'],
  ];
  it('gives the same months and dates with the scope on as with it off', () => {
    for (const [text, lang] of texts) {
      const K = fold(text).key;
      monthScope(false);
      const months = namedMonths(K, lang);
      const dates = extractDates(text, lang, '2022-12-01');
      monthScope(true);
      const monthsOn = namedMonths(K, lang);
      const datesOn = extractDates(text, lang, '2022-12-01');
      const again = namedMonths(K, lang); // read back from the page's finds
      monthScope(false);
      expect(months.length).toBeGreaterThan(0);
      expect(monthsOn).toEqual(months);
      expect(again).toEqual(months);
      expect(datesOn).toEqual(dates);
    }
  });
});
