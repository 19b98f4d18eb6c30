// The string lookup: placeholders, numbers in the UI language, plural categories, direction.
import { afterEach, describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import ru from '../public/_locales/ru/messages.json';
import ar from '../public/_locales/ar/messages.json';
import {
  applyUiLanguage,
  loadUiLocale,
  matchUiLocale,
  messagesPath,
  parseMessages,
  resolveUiLocale,
  setLocale,
  t,
  textDir,
  tn,
  uiDir,
  uiLocale,
} from './i18n';
import { repairUiLanguage } from './storage';

afterEach(() => setLocale('en', en));

describe('i18n', () => {
  it('fills $1 with a number formatted for the UI language', () => {
    expect(tn('count_people', 1)).toBe('1 person');
    expect(tn('count_people', 1200)).toBe('1,200 people');
    setLocale('ar', { count_people_few: { message: '$1 أشخاص' } });
    expect(tn('count_people', 3)).toBe(`${new Intl.NumberFormat('ar').format(3)} أشخاص`);
  });
  it('falls back to English for a key the locale lacks', () => {
    setLocale('ru', {});
    expect(t('loading')).toBe('Loading…');
  });
  it("tells a text's direction from its first letter", () => {
    expect(textDir('ألماتي')).toBe('rtl');
    expect(textDir('— «Almaty»')).toBe('ltr');
    expect(textDir('(١٢) کابل')).toBe('rtl');
    expect(textDir('12 Almaty')).toBe('ltr');
    expect(textDir('12 كابل')).toBe('rtl');
    expect(textDir('阿拉木图')).toBe('ltr');
    expect(textDir('')).toBe('ltr');
  });
  it('knows right-to-left languages', () => {
    expect(uiDir('ar')).toBe('rtl');
    expect(uiDir('fa-IR')).toBe('rtl');
    expect(uiDir('zh_CN')).toBe('ltr');
  });

  it('maps browser language tags to the 14 UI locales', () => {
    expect(matchUiLocale('ru-RU')).toBe('ru');
    // Chinese: by script, else by region (Traditional in Taiwan, Hong Kong, Macau), else Simplified
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-HK', 'zh-Hant-CN', 'zh_MO', 'zh-hant-tw'])
      expect(matchUiLocale(tag), tag).toBe('zh_TW');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans-HK', 'zh-Hans']) expect(matchUiLocale(tag), tag).toBe('zh_CN');
    expect(matchUiLocale('zhx-TW')).toBe('en');
    expect(matchUiLocale('uz-Latn-UZ')).toBe('uz');
    expect(matchUiLocale('kk_KZ')).toBe('kk');
    expect(matchUiLocale('pt-BR')).toBe('en');
    expect(matchUiLocale(undefined)).toBe('en');
    expect(resolveUiLocale('auto', 'ar-EG')).toBe('ar');
    expect(resolveUiLocale('tg', 'ar-EG')).toBe('tg');
    expect(resolveUiLocale('xx' as 'tg', 'de-AT')).toBe('de');
  });
  it('repairs a stored UI-language setting to auto', () => {
    expect(repairUiLanguage('fa')).toBe('fa');
    expect(repairUiLanguage('zh_CN')).toBe('zh_CN');
    for (const bad of ['zh-CN', 'toString', '', 3, null, { ar: 1 }]) expect(repairUiLanguage(bad)).toBe('auto');
  });
  it('loads only the chosen locale file, and stays English when it cannot', async () => {
    const asked: string[] = [];
    expect(await loadUiLocale('ru', async (p) => (asked.push(p), ru))).toBeUndefined();
    expect(asked).toEqual([messagesPath('ru')]);
    expect(t('options_add')).toBe('Добавить');
    const err = await loadUiLocale('ar', async () => {
      throw new Error('404');
    });
    expect(err?.message).toBe('404');
    expect(uiLocale()).toBe('en');
    expect(t('options_add')).toBe('Add');
  });
  it('keeps only well-formed messages of a broken file', () => {
    expect(parseMessages({ a: { message: 'x' }, b: { message: '' }, c: 'y', d: { message: 3 } })).toEqual({
      a: { message: 'x' },
    });
    expect(parseMessages([1])).toEqual({});
    expect(parseMessages(null)).toEqual({});
  });
  it("uses each language's plural categories (Russian one/few/many, Arabic zero…other)", () => {
    setLocale('ru', ru);
    expect([1, 3, 5, 21].map((n) => tn('count_people', n))).toEqual([
      '1 человек',
      '3 человека',
      '5 человек',
      '21 человек',
    ]);
    setLocale('ar', ar);
    expect(tn('count_people', 0)).toBe('لا أحد');
    expect(tn('count_people', 2)).toBe('شخصان');
    expect(tn('count_people', 11)).toBe(`${new Intl.NumberFormat('ar').format(11)} شخصًا`);
  });
  it('sets lang and dir on a page root', () => {
    const root = { lang: 'en', dir: 'ltr' };
    setLocale('fa', {});
    applyUiLanguage(root);
    expect(root).toEqual({ lang: 'fa', dir: 'rtl' });
    setLocale('zh_CN', {});
    applyUiLanguage(root);
    expect(root).toEqual({ lang: 'zh-CN', dir: 'ltr' });
    setLocale('zh_TW', {});
    applyUiLanguage(root);
    expect(root).toEqual({ lang: 'zh-TW', dir: 'ltr' });
  });
});
