// Kazakh Cyrillic → Arabic script: the hamza rule, the letter table, and agreement with the kk_Arab
// names of Unicode CLDR (attested forms, read through Intl when the runtime's ICU carries them).
import { describe, expect, it } from 'vitest';
import { HIGH_HAMZA, kazakhCyrillicToArabic, takesHamza } from './arabic-script';

const arab = (s: string) => kazakhCyrillicToArabic(s);
const H = HIGH_HAMZA;

describe('the hamza rule', () => {
  it('marks a word whose front vowels share letters with back ones (ә ө ү і), once, before it', () => {
    expect(arab('тіл')).toBe(`${H}تىل`);
    expect(arab('Үндістан')).toBe(`${H}ۇندىستان`);
    expect(arab('Әзірбайжан')).toBe(`${H}ازىربايجان`);
    expect(arab('Үрімжі')).toBe(`${H}ۇرىمجى`);
    expect(arab('Мәжіліс')).toBe(`${H}ماجىلىس`);
  });
  it('leaves it out when ە (е, э), ك, گ, ق or ع (к, г, қ, ғ) already shows the vowels', () => {
    for (const w of ['Тәжікстан', 'Өзбекстан', 'Іле', 'Түркия', 'Бішкек', 'Өскемен', 'Күләш', 'Әуезов']) {
      expect(takesHamza(w), w).toBe(false);
    }
    expect(arab('Тәжікстан')).toBe('تاجىكستان');
    expect(arab('Іле')).toBe('ىلە');
  });
  it('never marks a back-vowel word', () => {
    expect(arab('Қытай')).toBe('قىتاي');
    expect(arab('Алматы')).toBe('الماتى');
    expect(takesHamza('Астана')).toBe(false);
  });
  it('treats each word of a name alone', () => {
    expect(arab('Оңтүстік Корея')).toBe('وڭتۇستىك كورەيا');
    expect(arab('қазақ тілі')).toBe(`قازاق ${H}تىلى`);
    expect(arab('Нұрсұлтан Әбішұлы')).toBe(`نۇرسۇلتان ${H}ابىشۇلى`);
  });
  it('writes the sign as U+0674 by default, U+0621 on request (CLDR writes ء)', () => {
    expect(H).toBe('\u0674');
    expect(kazakhCyrillicToArabic('тіл', { hamza: 'ء' })).toBe('ءتىل');
  });
});

describe('the letter table', () => {
  it('writes the Kazakh letters with the Arabic-script Kazakh letters', () => {
    expect(arab('Моңғолия')).toBe('موڭعوليا');
    expect(arab('Ауғанстан')).toBe('اۋعانستان');
    expect(arab('Ұлыбритания')).toBe('ۇلىبريتانيا');
    expect(arab('Жапония')).toBe('جاپونيا');
    expect(arab('Америка Құрама Штаттары')).toBe('امەريكا قۇراما شتاتتارى');
    expect(arab('Тоқаев')).toBe('توقاەۆ');
    expect(arab('Һ ч х')).toBe('ھ چ ح');
  });
  it('handles the glides and loan clusters as CLDR writes them', () => {
    expect(arab('Италия')).toBe('يتاليا');
    expect(arab('Маврикий')).toBe('ماۆريكي');
    expect(arab('Вьетнам')).toBe('ۆيەتنام');
    expect(arab('Мьянма')).toBe('ميانما');
    expect(arab('Фиджи')).toBe('فيجي');
    expect(arab('Герцеговина')).toBe('گەرتسەگوۆينا');
  });
  it('spells an acronym letter by letter and keeps what is not Cyrillic', () => {
    expect(arab('АҚШ-тың')).toBe('ا ق ش-تىڭ');
    expect(arab('Astana 2026, Алматы')).toBe('Astana 2026، الماتى');
  });
  it('is deterministic', () => {
    expect(arab('Қасым-Жомарт Тоқаев')).toBe(arab('Қасым-Жомарт Тоқаев'));
    expect(arab('Қасым-Жомарт Тоқаев')).toBe('قاسىم-جومارت توقاەۆ');
  });
});

// CLDR's kk_Arab locale names every territory and language; where its name is the same word as the
// Cyrillic kk one (not another name, e.g. Венгрия / ماجارستان), we should write what CLDR writes.
const regionsArab = new Intl.DisplayNames(['kk-Arab'], { type: 'region' });
const hasKkArab = regionsArab.resolvedOptions().locale === 'kk-Arab' && regionsArab.of('CN') === 'قىتاي';

describe.skipIf(!hasKkArab)('agreement with CLDR kk_Arab (skipped when ICU lacks kk-Arab data)', () => {
  it('matches at least 90% of the territory and language names, and every one listed here', () => {
    const regions = (
      'AE AF AM AR AT AU AZ BE BG BR BY CA CH CN CU CZ DE DK EE EG ES FI FR GB GE GR HU ID IL IN IQ IR IT ' +
      'JP KG KP KR KZ LT LV MN MX NL NO PK PL PT RO RS RU SA SE SY TJ TM TR UA US UZ VN'
    ).split(' ');
    const langs = 'ar az be de en es fa fr hi hy it ja ka kk ko ky mn pl ps ru tg tk tr ug uk ur uz zh'.split(' ');
    const langArab = new Intl.DisplayNames(['kk-Arab'], { type: 'language' });
    const langCyrl = new Intl.DisplayNames(['kk'], { type: 'language' });
    const regionsCyrl = new Intl.DisplayNames(['kk'], { type: 'region' });
    const pairs: [string, string][] = [
      ...regions.map((r): [string, string] => [regionsCyrl.of(r)!, regionsArab.of(r)!]),
      ...langs.map((l): [string, string] => [langCyrl.of(l)!, langArab.of(l)!]),
    ];
    const ours = (c: string) => kazakhCyrillicToArabic(c, { hamza: 'ء' });
    const agree = pairs.filter(([c, a]) => ours(c) === a).length;
    expect(agree / pairs.length).toBeGreaterThanOrEqual(0.9);
    for (const [c, a] of pairs.filter(([c]) => ['Үндістан', 'Тәжікстан', 'Түрікменстан', 'неміс тілі'].includes(c))) {
      expect(ours(c), c).toBe(a);
    }
  });
});
