// The language registry: one descriptor per reading language, consistent with itself and with
// the dataset's name languages; views derived from it.
import { describe, expect, it } from 'vitest';
import { NAME_LANGS } from '../dataset/schema';
import { LANGS } from '../types';
import { cliticsOf, isUnspacedLang, LANGUAGES, morphFor, nameConvention, SCRIPT_LANGS } from './registry';

describe('language registry', () => {
  it('has one descriptor per language, each under its own code', () => {
    expect(Object.keys(LANGUAGES).sort()).toEqual([...LANGS].sort());
    for (const [code, l] of Object.entries(LANGUAGES)) {
      expect(l.code).toBe(code);
      expect(l.morph.lang).toBe(code);
      expect(l.scripts.length).toBeGreaterThan(0);
    }
  });
  it('gives every dataset name language exactly one owner with a convention', () => {
    const owners = NAME_LANGS.map((n) =>
      Object.values(LANGUAGES)
        .filter((l) => l.nameLangs.includes(n))
        .map((l) => l.code),
    );
    expect(owners.every((o) => o.length === 1)).toBe(true);
    for (const l of Object.values(LANGUAGES)) for (const n of l.nameLangs) expect(l.names[n]).toBeDefined();
  });
  it('answers per-language questions without a language test in shared code', () => {
    expect(cliticsOf('ar')).toBe('وفبلك');
    expect(cliticsOf('ru')).toBeUndefined();
    expect(isUnspacedLang('zh')).toBe(true);
    expect(isUnspacedLang('en')).toBe(false);
    expect(nameConvention('zh').initials).toBe(false);
    expect(nameConvention('ar').forms?.('الأمم المتحدة', 'organisation')).toEqual(['للأمم المتحدة']);
    expect(nameConvention('kk-Cyrl').forms?.('Астана', 'place')).toContain('Астаны');
  });
  it('lists the languages of each script and gives Arabic-script blocks the Arabic proclitics', () => {
    expect(SCRIPT_LANGS.arab).toEqual(['ar', 'fa']);
    expect(SCRIPT_LANGS.cyrl).toEqual(expect.arrayContaining(['ru', 'kk', 'ky', 'tg', 'uz']));
    expect(morphFor('fa', 'arab').scriptProclitic?.test('وب')).toBe(true);
    expect(morphFor('ru', 'cyrl').scriptProclitic).toBeUndefined();
  });
});
