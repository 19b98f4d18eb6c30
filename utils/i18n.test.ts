// The string lookup: placeholders, numbers in the UI language, plural categories, direction.
import { afterEach, describe, expect, it } from 'vitest';
import en from '../public/_locales/en/messages.json';
import { setLocale, t, tn, uiDir } from './i18n';

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
  it('knows right-to-left languages', () => {
    expect(uiDir('ar')).toBe('rtl');
    expect(uiDir('fa-IR')).toBe('rtl');
    expect(uiDir('zh_CN')).toBe('ltr');
  });
});
