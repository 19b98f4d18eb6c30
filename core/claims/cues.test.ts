// Cue matching on the folded key: word boundaries, '*' stems, Arabic clitics, unspaced Chinese.
import { describe, expect, it } from 'vitest';
import { fold } from '../text/fold';
import { compileCues, findCues, spanOf } from './cues';

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
