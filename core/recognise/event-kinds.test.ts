// Event kinds from ids and from words in 13 languages; years in text.
import { describe, expect, it } from 'vitest';
import { foldKey } from '../text/fold';
import type { Lang } from '../types';
import { eventKindsOf, kindsIn, yearsIn } from './event-kinds';

const kinds = (text: string, lang: Lang) => {
  const k = foldKey(text);
  return [...kindsIn(k, 0, k.length, lang)].sort();
};

describe('event kinds', () => {
  it('reads kinds from event ids', () => {
    expect(eventKindsOf('event:2021-uzbekistan-presidential-election')).toEqual(['election', 'presidential']);
    expect(eventKindsOf('event:2022-kyrgyz-tajik-clashes')).toEqual(['clash']);
    expect(eventKindsOf('event:2022-kazakhstan-unrest')).toEqual(['unrest', 'protest']);
    expect(eventKindsOf('event:2019-kazakhstan-transition')).toEqual([]);
  });
  it('finds kind words with endings, clitics and compounds', () => {
    expect(kinds('Қаңтар оқиғасы кезінде', 'kk')).toEqual(['unrest']);
    // Kazakh in Arabic script: the Cyrillic words transliterated
    expect(kinds('قاڭتار وقيعاسى كەزىندە', 'kk')).toEqual(['unrest']);
    expect(kinds('哈萨克斯坦骚乱期间', 'zh')).toEqual(['unrest']);
    expect(kinds('Интихоботи президентӣ', 'tg')).toEqual(['election', 'presidential']);
    expect(kinds('وبالانتخابات الرئاسية', 'ar')).toEqual(['election', 'presidential']);
    expect(kinds('die Präsidentschaftswahl', 'de')).toEqual(['election', 'presidential']);
    expect(kinds('столкновения на границе', 'ru')).toEqual(['clash']);
    expect(kinds('the selection committee', 'en')).toEqual([]);
  });
  it('reads years in any digits', () => {
    expect([...yearsIn(foldKey('في عام ٢٠٢٢ و 1999, not 12345'))].sort()).toEqual([1999, 2022]);
  });
});
