// The spot-check sample is reproducible for a seed, spread evenly over kinds, and never repeats an item.
import { describe, expect, it } from 'vitest';
import { validateData } from '../../core/dataset/validate';
import { MINI } from '../../core/testing/mini-data';
import { candidates, drawSample, seededRandom, SPOT_KINDS } from './spot-sample';

const data = validateData([{ path: 'mini', json: MINI }]).data;

describe('spot-check sample', () => {
  it('draws the same items for the same seed and different ones for another', () => {
    const a = drawSample(data, 10, 7).map((x) => x.statement);
    expect(drawSample(data, 10, 7).map((x) => x.statement)).toEqual(a);
    expect(drawSample(data, 10, 8).map((x) => x.statement)).not.toEqual(a);
  });
  it('spreads the sample over the kinds that have candidates, without duplicates', () => {
    const s = drawSample(data, 10, 1);
    expect(new Set(s.map((x) => x.kind + x.statement)).size).toBe(s.length);
    for (const kind of SPOT_KINDS) {
      const have = candidates(data, kind).length;
      expect(s.filter((x) => x.kind === kind).length).toBe(Math.min(have, 2));
    }
  });
  it('has a PRNG in [0, 1)', () => {
    const r = seededRandom(42);
    for (let i = 0; i < 1000; i++) {
      const x = r();
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
  });
});
