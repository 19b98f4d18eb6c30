// Names for a reader: the UI language's form, English fallback, the page's own form beside it.
import { describe, expect, it } from 'vitest';
import { nameKeyFor, shownName, shownText } from './names';

describe('names', () => {
  it('maps UI locales to dataset name keys', () => {
    expect(nameKeyFor('ar')).toBe('ar');
    expect(nameKeyFor('zh-CN')).toBe('zh');
    expect(nameKeyFor('kk')).toBe('kk-Cyrl');
    expect(nameKeyFor('pt-BR')).toBe('en');
  });
  it('shows the UI-language form and the page form when they differ', () => {
    const forms = { en: 'Kassym-Jomart Tokayev', ar: 'قاسم جومارت توكاييف', ru: 'Касым-Жомарт Токаев' };
    expect(shownName(forms, 'x', 'en', 'توكاييف')).toEqual({
      text: 'Kassym-Jomart Tokayev',
      lang: 'en',
      page: 'توكاييف',
    });
    expect(shownName(forms, 'x', 'ru', 'Касым-Жомарт Токаев')).toEqual({ text: 'Касым-Жомарт Токаев', lang: 'ru' });
    expect(shownName({ en: ['Almaty', 'Alma-Ata'] }, 'Almaty', 'fa', 'almaty')).toEqual({ text: 'Almaty', lang: 'en' });
    expect(shownName(undefined, 'CSTO', 'de')).toEqual({ text: 'CSTO', lang: 'en' });
  });
});

describe('shownText: a sourced text in the UI language', () => {
  const fact = { text: 'Called in CSTO troops.', i18n: { ru: 'Призвал войска ОДКБ.', ar: 'استدعى قوات المنظمة.' } };
  it('gives our wording in the UI language with its lang', () => {
    expect(shownText(fact.text, fact.i18n, 'ar')).toEqual({ text: 'استدعى قوات المنظمة.', lang: 'ar' });
    expect(shownText(fact.text, fact.i18n, 'ru-RU')).toEqual({ text: 'Призвал войска ОДКБ.', lang: 'ru' });
  });
  it('falls back to the English, marked en, when that language is missing', () => {
    expect(shownText(fact.text, fact.i18n, 'fa')).toEqual({ text: 'Called in CSTO troops.', lang: 'en' });
    expect(shownText(fact.text, undefined, 'ar')).toEqual({ text: 'Called in CSTO troops.', lang: 'en' });
    expect(shownText(fact.text, fact.i18n, 'en')).toEqual({ text: 'Called in CSTO troops.', lang: 'en' });
  });
});
