// The number scanner in every language: separators by convention, Arabic-Indic and Persian
// digits, scale and number words, vague quantities, bounds before and after, ranges, ordinals.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold } from '../text/fold';
import type { Lang } from '../types';
import { scanNumbers } from './numbers';

const scan = (text: string, lang: Lang) => {
  const f = fold(text);
  return scanNumbers(f, text, lang).map((t) => {
    const o: Record<string, unknown> = {
      text: text.slice(f.start[t.spanKs]!, f.end[t.spanKe - 1]!).trim(),
      value: t.value,
    };
    if (t.approx) o.approx = t.approx;
    if (t.range) o.range = t.range;
    if (t.ordinal) o.ordinal = true;
    return o;
  });
};
const values = (text: string, lang: Lang) => scan(text, lang).map((t) => t.value);

describe('digits and separators', () => {
  it.each([
    ['en', '1,300 and 1.5 and 12,000,000', [1300, 1.5, 12e6]],
    ['ru', '1 300 и 1\u00a0300 и 1\u202f300 и 2,5 и 1.300', [1300, 1300, 1300, 2.5, 1300]],
    ['de', '1.300 und 1.300,5 und 2,5', [1300, 1300.5, 2.5]],
    ['fr', '1 300 et 1\u202f300 et 2,5', [1300, 1300, 2.5]],
    ['tr', '1.300 ve 2,5', [1300, 2.5]],
    ['ar', '١٣٠٠ و١٬٣٠٠ و1,300 و٢٫٥', [1300, 1300, 1300, 2.5]],
    ['fa', '۱۳۰۰ و ۱٬۳۰۰ و ۷۱٫۰۹', [1300, 1300, 71.09]],
    ['zh', '1,300和1.5', [1300, 1.5]],
  ] as [Lang, string, number[]][])('%s: %s', (lang, text, want) => {
    expect(values(text, lang)).toEqual(want);
  });

  it('reads any grouped integer back (property)', () => {
    const group = (n: number, sep: string) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, sep);
    const toArabic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x0660 + Number(d)));
    const toPersian = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x06f0 + Number(d)));
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 999_999_999 }), (n) => {
        expect(values(`x ${group(n, ',')} y`, 'en')).toEqual([n]);
        expect(values(`x ${group(n, '\u00a0')} y`, 'ru')).toEqual([n]);
        expect(values(`x ${group(n, '.')} y`, 'de')).toEqual([n]);
        expect(values(`x ${group(n, '\u202f')} y`, 'fr')).toEqual([n]);
        expect(values(`x ${toArabic(group(n, '٬'))} y`, 'ar')).toEqual([n]);
        expect(values(`x ${toPersian(group(n, '٬'))} y`, 'fa')).toEqual([n]);
      }),
    );
  });
});

describe('scale words and number words', () => {
  it.each([
    ['ru', '1,3 тыс.', 1300],
    ['ru', '2,5 млн', 2.5e6],
    ['ru', 'около 5 тысяч', 5000],
    ['ru', 'двести тридцать восемь', 238],
    ['ru', 'двое', 2],
    ['ar', 'ألف', 1000],
    ['ar', 'ثلاثة آلاف', 3000],
    ['ar', 'خمسة وعشرون', 25],
    ['ar', '1.5 مليون', 1.5e6],
    ['ar', 'ألفي', 2000],
    ['en', 'two hundred and thirty-eight', 238],
    ['en', '1.3 million', 1.3e6],
    ['en', 'a dozen', 12],
    ['de', 'dreihundertachtunddreißig', 338],
    ['de', 'zwölf', 12],
    ['de', 'drei Millionen', 3e6],
    ['fr', 'dix-sept', 17],
    ['fr', 'quatre-vingt-dix', 90],
    ['fr', 'deux mille', 2000],
    ['zh', '一千三百', 1300],
    ['zh', '二百三十八', 238],
    ['zh', '十五', 15],
    ['zh', '1.3万', 13000],
    ['zh', '870亿', 870e8],
    ['kk', 'екі жүз', 200],
    ['kk', '5 мың', 5000],
    ['uz', '5 ming', 5000],
    ['uz', 'ikki yuz', 200],
    ['ky', '10 миң', 10000],
    ['tg', 'ду ҳазор', 2000],
    ['tk', 'iki ýüz', 200],
    ['fa', 'دو هزار', 2000],
    ['fa', 'بیست و پنج', 25],
    ['tr', 'iki yüz', 200],
    ['tr', '87 milyar', 87e9],
  ] as [Lang, string, number][])('%s: %s = %d', (lang, text, want) => {
    expect(values(text, lang)).toEqual([want]);
  });

  it('drops a lone "one" (too often an article)', () => {
    expect(values('ein Mann', 'de')).toEqual([]);
    expect(values('bir adam', 'tr')).toEqual([]);
    expect(values('un homme', 'fr')).toEqual([]);
  });

  it.each([
    ['en', 'thousands of people', 1000],
    ['ru', 'десятки тысяч человек', 10000],
    ['ru', 'сотни', 100],
    ['ar', 'آلاف', 1000],
    ['de', 'Tausende', 1000],
    ['fr', 'des milliers', 1000],
    ['tr', 'binlerce', 1000],
    ['kk', 'мыңдаған', 1000],
    ['uz', 'minglab', 1000],
    ['ky', 'миңдеген', 1000],
    ['tg', 'ҳазорон', 1000],
    ['tk', 'müňlerçe', 1000],
    ['fa', 'هزاران', 1000],
    ['zh', '数千', 1000],
  ] as [Lang, string, number][])('vague %s: %s', (lang, text, want) => {
    expect(scan(text, lang)[0]).toMatchObject({ value: want, approx: 'more-than' });
  });
});

describe('bounds and ranges', () => {
  it.each([
    ['en', 'at least 17', 'at-least'],
    ['en', 'more than 1,300', 'more-than'],
    ['en', 'no more than 10', 'at-most'],
    ['en', 'about 1,000', 'about'],
    ['en', 'up to 10', 'up-to'],
    ['en', 'fewer than 10', 'less-than'],
    ['ru', 'не менее 17', 'at-least'],
    ['ru', 'свыше 1000', 'more-than'],
    ['ru', 'не более 10', 'at-most'],
    ['ru', 'около 1000', 'about'],
    ['ar', 'نحو 1000', 'about'],
    ['ar', 'حوالي 1000', 'about'],
    ['ar', 'أكثر من 1300', 'more-than'],
    ['ar', 'ما لا يقل عن 17', 'at-least'],
    ['de', 'mehr als 1.300', 'more-than'],
    ['de', 'mindestens 17', 'at-least'],
    ['fr', 'plus de 1 300', 'more-than'],
    ['fr', 'au moins 17', 'at-least'],
    ['tr', 'yaklaşık 1.000', 'about'],
    ['tr', 'en az 17', 'at-least'],
    ['tr', "1.300'den fazla", 'more-than'],
    ['kk', '1300-ден астам', 'more-than'],
    ['kk', 'кемінде 17', 'at-least'],
    ['uz', '100 dan ortiq', 'more-than'],
    ['ky', '1000дөн ашык', 'more-than'],
    ['tg', 'беш аз 1000', 'more-than'],
    ['tk', '1000-den gowrak', 'more-than'],
    ['fa', 'دست‌کم ۱۷', 'at-least'],
    ['fa', 'بیش از ۱۳۰۰', 'more-than'],
    ['zh', '1300多', 'more-than'],
    ['zh', '超过1300', 'more-than'],
    ['zh', '约1000', 'about'],
    ['zh', '至少17', 'at-least'],
    ['zh', '1000余', 'more-than'],
  ] as [Lang, string, string][])('%s: %s', (lang, text, approx) => {
    expect(scan(text, lang)).toEqual([expect.objectContaining({ text, approx })]);
  });

  it('turns "more than" into "no more than" after a negation', () => {
    expect(scan('ولن يستغرق ذلك أكثر من 10 أيام', 'ar')[0]).toMatchObject({ value: 10, approx: 'at-most' });
    expect(scan("it won't take more than 10 days", 'en')[0]).toMatchObject({ value: 10, approx: 'at-most' });
  });

  it.each([
    ['en', '10-15', [10, 15]],
    ['en', '10 to 15', [10, 15]],
    ['en', 'between 9,900 and 10,000', [9900, 10000]],
    ['ru', '10–15 тысяч', [10000, 15000]],
    ['ru', 'от 200 до 250', [200, 250]],
    ['de', '10 bis 15', [10, 15]],
    ['ar', 'بين 10 و15 مليون', [10e6, 15e6]],
    ['zh', '10至15', [10, 15]],
    ['fa', '۱۰ تا ۱۵', [10, 15]],
  ] as [Lang, string, [number, number]][])('range %s: %s', (lang, text, range) => {
    expect(scan(text, lang)).toEqual([expect.objectContaining({ range, value: range[0] })]);
  });

  it('does not join a year and a count into a range, or a score into anything', () => {
    expect(scan('2021-2022', 'en')).toHaveLength(2);
    expect(values('3-1', 'en')).toEqual([3, 1]);
  });
});

describe('ordinals', () => {
  it.each([
    ['en', '5th'],
    ['ru', '5-го'],
    ['ru', '5-й'],
    ['kk', '5-ші'],
    ['uz', '5-chi'],
    ['tk', '5-nji'],
    ['tg', '5-ум'],
    ['fr', '3e'],
    ['fr', '1er'],
    ['de', '3. Platz'],
    ['tr', '3. sırada'],
    ['zh', '第2'],
    ['fa', '۵م'],
  ] as [Lang, string][])('%s: %s', (lang, text) => {
    expect(scan(text, lang)[0]).toMatchObject({ ordinal: true });
  });
});
