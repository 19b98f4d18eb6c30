// Acceptance of single raw hits over the mini test dataset: boundaries, proclitics, suffixes,
// the case rule, titles and place words, each alone.
import { describe, expect, it } from 'vitest';
import { morphFor } from '../lang/registry';
import { exactPattern, loadAutomaton } from '../match/automaton';
import { miniIndex } from '../testing/mini-data';
import { fold, foldKey } from '../text/fold';
import type { Lang } from '../types';
import { accept, insideWord, nearPlaceWord, titleBefore } from './accept';

const index = miniIndex();
const automaton = loadAutomaton(index.automaton as never);

/** accept() for the first occurrence of `name`'s key in `text`, as the scanner would call it. */
function hit(text: string, name: string, lang: Lang, script: 'latn' | 'cyrl' | 'arab' | 'hani') {
  const f = fold(text);
  const k = foldKey(name);
  const ks = f.key.indexOf(k);
  if (ks < 0) throw new Error(`no ${k} in ${f.key}`);
  const p = exactPattern(automaton, k);
  if (p < 0) throw new Error(`no pattern ${k}`);
  const m = accept(text, f, index.patterns[p]!, ks, ks + k.length, morphFor(lang, script));
  return m && { span: text.slice(m.start, m.end), ids: m.ids, title: m.title, weak: m.weak };
}

describe('accept', () => {
  it('takes suffixes of the block language only', () => {
    expect(hit('Тоқаевтың сөзі', 'Тоқаев', 'kk', 'cyrl')?.span).toBe('Тоқаевтың');
    expect(hit('Токаевым', 'Токаев', 'ru', 'cyrl')?.span).toBe('Токаевым');
    expect(hit('Токаевизм', 'Токаев', 'ru', 'cyrl')).toBeNull();
  });
  it('leaves Arabic proclitics out of the span', () => {
    expect(hit('وبكازاخستان', 'كازاخستان', 'ar', 'arab')?.span).toBe('كازاخستان');
    expect(hit('سكازاخستان', 'كازاخستان', 'ar', 'arab')).toBeNull();
  });
  it('needs a capital for capitalised names and keeps ordinary words weak', () => {
    expect(hit('the kazakhstan', 'Kazakhstan', 'en', 'latn')).toBeNull();
    expect(hit('in Osh today', 'Osh', 'en', 'latn')).toMatchObject({ span: 'Osh', weak: true });
  });
  it('joins a title before a person', () => {
    expect(hit('President Tokayev said', 'Tokayev', 'en', 'latn')).toMatchObject({
      span: 'President Tokayev',
      title: 'president',
    });
    expect(hit('总统托卡耶夫', '托卡耶夫', 'zh', 'hani')).toMatchObject({ span: '总统托卡耶夫', title: 'president' });
  });
  it('takes a Turkish apostrophe suffix', () => {
    expect(hit("Kazakistan'da", 'Kazakistan', 'tr', 'latn')?.span).toBe("Kazakistan'da");
  });
});

describe('helpers', () => {
  it('insideWord: Latin letters before a hit, not Arabic or Han', () => {
    expect(insideWord(foldKey('xalmaty'), 1)).toBe(true);
    expect(insideWord(foldKey('in almaty'), 3)).toBe(false);
    expect(insideWord(foldKey('وكازاخستان'), 1)).toBe(false);
  });
  it('titleBefore finds the longest title right before the name', () => {
    const f = fold('премьер-министр Жапаров');
    expect(titleBefore(f, f.key.indexOf('japarov'), morphFor('ru', 'cyrl'))).toMatchObject({
      start: 0,
      role: 'prime-minister',
    });
    const g = fold('said Japarov');
    expect(titleBefore(g, g.key.indexOf('japarov'), morphFor('en', 'latn'))).toBeNull();
  });
  it('nearPlaceWord looks one word either side', () => {
    const key = foldKey('город Ош и');
    const ks = key.indexOf('osh');
    expect(nearPlaceWord(key, ks, ks + 3, morphFor('ru', 'cyrl'))).toBe(true);
    const k2 = foldKey('Ош и Бишкек');
    expect(nearPlaceWord(k2, 0, 3, morphFor('ru', 'cyrl'))).toBe(false);
  });
});
