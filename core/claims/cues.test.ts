// Cue matching on the folded key: word boundaries, '*' stems, Arabic clitics, unspaced Chinese.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fold, sliceFold } from '../text/fold';
import { splitSentences } from './extract';
import { anyCue, compileCues, cueKeySlice, findCues, spanOf } from './cues';

const find = (text: string, cues: string[], opt = {}) => {
  const f = fold(text);
  return findCues(f.key, compileCues(cues.map((c) => [c, c] as const)), opt).map((m) => {
    const { start, end } = spanOf(f, m.ks, m.ke);
    return text.slice(start, end);
  });
};

describe('findCues', () => {
  it('respects word boundaries and lets * stems continue', () => {
    expect(find('погибли и погибших', ['погиб'])).toEqual([]);
    expect(find('погибли и погибших', ['погиб*'])).toEqual(['погибли', 'погибших']);
    expect(find('recoup the coup', ['coup'])).toEqual(['coup']);
  });

  it('folds case, diacritics and Arabic letter variants', () => {
    expect(find('QAZAQSTAN Қазақстан', ['қазақстан'])).toEqual(['QAZAQSTAN', 'Қазақстан']);
    expect(find('وأُصيبَ أكثر', ['أصيب'], { clitics: 'وفبلك' })).toEqual(['أُصيبَ']);
    expect(find('وأصيب', ['أصيب'])).toEqual([]);
  });

  it('prefers the longest cue where cues overlap', () => {
    expect(find('не более 10', ['более', 'не более'])).toEqual(['не более']);
  });

  it('matches symbols without word boundaries and Chinese anywhere', () => {
    expect(find('$5 and 5%', ['$', '%'])).toEqual(['$', '%']);
    expect(find('17名安全人员死亡', ['死亡', '安全人员'], { unspaced: true })).toEqual(['安全人员', '死亡']);
  });
});

describe('findCues on a sentence read off its block', () => {
  const cues = compileCues(
    ['said*', 'more than', 'than', 'не более', 'более', 'погиб*', 'أصيب', '%', 'the', 'he'].map((c) => [c, c] as const),
    'test-slices',
  );
  const word = fc.constantFrom('said', 'saying', 'more', 'than', 'не', 'более', 'погибли', 'وأصيب', 'the', 'he', '5%');
  const sep = fc.constantFrom(' ', ', ', '. ', '! ', '? ', ' - ');
  const line = fc.array(fc.tuple(word, sep), { maxLength: 30 }).map((xs) => xs.flat().join(''));
  it('gives each sentence exactly the matches of a scan of the sentence alone', () => {
    fc.assert(
      fc.property(line, fc.constantFrom({}, { clitics: 'وفبلك' }), (body, opt) => {
        const block = fold(body);
        findCues(block.key, cues, opt); // the block is scanned first, as the claims step does
        for (const s of splitSentences(body, 'en')) {
          const sf = sliceFold(block, s.start, s.end);
          cueKeySlice('x', 'x', 0);
          const alone = findCues(sf.key, cues, opt);
          cueKeySlice(sf.key, block.key, sf.keyStart);
          expect(findCues(sf.key, cues, opt)).toEqual(alone);
          expect(findCues(sf.key, cues, opt, 2, Math.max(2, sf.key.length - 1))).toEqual(
            (cueKeySlice('x', 'x', 0), findCues(sf.key, cues, opt, 2, Math.max(2, sf.key.length - 1))),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('anyCue', () => {
  it('says whether a cue occurs in the key, word edges aside, and only inside a sentence slice', () => {
    const cues = compileCues([['числа', true] as const], 'anycue-test');
    expect(anyCue(fold('до 19 числа').key, cues)).toBe(true);
    expect(anyCue(fold('меж числами').key, cues)).toBe(true); // inside a word: a gate, not a match
    expect(anyCue(fold('до 19-го').key, cues)).toBe(false);
    expect(anyCue('anything', compileCues([], 'anycue-test'))).toBe(false);
    const block = fold('Первое. Второе числа.').key;
    const first = block.slice(0, block.indexOf('.') + 1);
    anyCue(block, cues);
    cueKeySlice(first, block, 0);
    expect(anyCue(first, cues)).toBe(false);
  });
});
