// Blocks: one per line with its language; binary search of a position; the majority language.
import { describe, expect, it } from 'vitest';
import { blockAt, majorityLang, splitBlocks } from './blocks';

describe('splitBlocks', () => {
  it('gives each line its own language and script', () => {
    const text =
      'Президент Казахстана провёл встречу с инвесторами в столице страны.\n' +
      'The President of Kazakhstan met investors in the capital on Monday.';
    const b = splitBlocks(text);
    expect(b.map((x) => [x.lang, x.script])).toEqual([
      ['ru', 'cyrl'],
      ['en', 'latn'],
    ]);
    expect(text.slice(b[1]!.start, b[1]!.end)).toMatch(/^The President/);
  });
  it('takes a forced language and still reads the script', () => {
    const b = splitBlocks('托卡耶夫', 'zh');
    expect(b).toHaveLength(1);
    expect([b[0]!.lang, b[0]!.script]).toEqual(['zh', 'hani']);
  });
  it('skips empty lines', () => {
    expect(splitBlocks('\n\nOne line here.\n\n')).toHaveLength(1);
  });
});

describe('blockAt and majorityLang', () => {
  const blocks = [
    { start: 0, end: 10, lang: 'ru' as const },
    { start: 11, end: 50, lang: 'en' as const },
    { start: 51, end: 55, lang: 'und' as const },
  ];
  it('finds the block holding a position', () => {
    expect([0, 9, 11, 40, 51, 54].map((p) => blockAt(blocks, p))).toEqual([0, 0, 1, 1, 2, 2]);
  });
  it('counts characters, never und', () => {
    expect(majorityLang(blocks)).toBe('en');
    expect(majorityLang([{ start: 0, end: 5, lang: 'und' }])).toBe('und');
  });
});
