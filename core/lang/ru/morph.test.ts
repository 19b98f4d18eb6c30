// Russian: one case ending. Unit tests for core/lang/ru/morph.ts.
import { describe, expect, it } from 'vitest';
import { acceptsSuffix, compileMorph } from '../morph';
import { foldKey } from '../../text/fold';
import { morph } from './morph';

const m = compileMorph(morph);
describe('ru morphology', () => {
  it.each(['а', 'у', 'ым', 'ом', 'е', 'ой', 'ы', 'ами', 'ых'])('accepts the suffix %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(true);
  });
  it.each(['ский', 'ская', 'ам а', 'изм', 'ович'])('rejects %s', (s) => {
    expect(acceptsSuffix(m, foldKey(s))).toBe(false);
  });
  it('accepts a bare name', () => {
    expect(acceptsSuffix(m, '')).toBe(true);
  });
  it('knows the title президент', () => {
    expect(m.titles.some((t) => t.key === foldKey('президент') && t.role === 'president')).toBe(true);
  });
  it('generates case forms of vowel-final names', async () => {
    const { russianCaseForms } = await import('./morph');
    expect(russianCaseForms('Астана', 'place')).toEqual(['Астаны', 'Астане', 'Астану', 'Астаной']);
    expect(russianCaseForms('Россия', 'place')).toEqual(['России', 'Россию', 'Россией']);
    expect(russianCaseForms('Токаева', 'person')).toEqual(['Токаевой', 'Токаеву']);
    expect(russianCaseForms('Алматы', 'place')).toEqual([]);
    expect(russianCaseForms('Tokayev', 'person')).toEqual([]);
    expect(russianCaseForms('Ферганская долина', 'place')).toEqual(
      expect.arrayContaining(['Ферганской долины', 'Ферганской долине', 'Ферганскую долину']),
    );
    // feminine soft-sign nouns (область) in every case, and the abbreviation обл.
    expect(russianCaseForms('Баткенская область', 'place')).toEqual(
      expect.arrayContaining(['Баткенской области', 'Баткенскую область', 'Баткенской областью', 'Баткенской обл.']),
    );
    expect(russianCaseForms('Согдийская область', 'place')).toContain('Согдийской областью');
    expect(russianCaseForms('Токтогульское водохранилище', 'facility')).toEqual(
      expect.arrayContaining(['Токтогульского водохранилища', 'Токтогульском водохранилище']),
    );
    expect(russianCaseForms('Каспийское море', 'place')).toEqual(
      expect.arrayContaining(['Каспийского моря', 'Каспийском море']),
    );
  });
});
