// sentenceSpan over splitSentences: the sentence a span sits in, or the run of sentences it crosses.
import { describe, expect, it } from 'vitest';
import { splitSentences } from './extract';
import { sentenceSpan } from './sentence-span';

const around = (text: string, words: string, lang: 'en' | 'ar' = 'en') => {
  const start = text.indexOf(words);
  const s = sentenceSpan(splitSentences(text, lang), start, start + words.length);
  return s ? text.slice(s.start, s.end) : null;
};

describe('sentenceSpan', () => {
  it('finds the sentence a span sits in, first, middle and last', () => {
    const t = 'One said 5. Two said 6. Three said 7';
    expect(around(t, '5')).toBe('One said 5.');
    expect(around(t, 'said 6')).toBe('Two said 6.');
    expect(around(t, '7')).toBe('Three said 7');
    expect(around('الأول. قال 5 أشخاص؟ الثالث', 'قال 5', 'ar')).toBe('قال 5 أشخاص؟');
  });
  it('spans every sentence a span crosses, and takes the sentence before for a span in a gap', () => {
    const t = 'One.  Two three. Four.';
    expect(around(t, 'three. Four')).toBe('Two three. Four.');
    expect(sentenceSpan(splitSentences(t, 'en'), 4, 5)).toEqual({ start: 0, end: 4 });
    expect(sentenceSpan(splitSentences(t, 'en'), 5, 6)).toEqual({ start: 0, end: 4 });
  });
  it('gives null for a text with no sentence', () => {
    expect(sentenceSpan(splitSentences('   ', 'en'), 0, 1)).toBeNull();
  });
});
