// The committed Traditional -> Simplified table is what scripts/build-zh-fold.ts makes from
// OpenCC's tables (opencc-js, a dev dependency), one BMP character for one, without chains.
import { describe, expect, it } from 'vitest';
import { tableSource, tradToSimpPairs } from '../../scripts/build-zh-fold';
import { FROM, TO } from './zh-trad';

describe('zh-trad table', () => {
  it('is one character for one, with no target converted again', () => {
    expect(FROM.length).toBe(TO.length);
    expect(FROM.length).toBeGreaterThan(2500);
    const from = new Set(FROM);
    expect([...TO].filter((c) => from.has(c))).toEqual([]);
  });
  it('matches a fresh build from OpenCC', async () => {
    const { readFileSync } = await import('node:fs');
    const committed = readFileSync(new URL('./zh-trad.ts', import.meta.url), 'utf8');
    expect(committed).toBe(tableSource(tradToSimpPairs()));
  }, 60_000);
});
