// English word numbers through compromise (loaded on demand) agree with the built-in table.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractClaims } from '../../claims/extract';
import { en } from '../../claims/fixtures/en';
import { entityHits } from '../../claims/fixtures/types';
import { englishNumbersLoaded, englishWordNumbers, loadEnglishNumbers } from './numbers';

describe('English numbers with compromise', () => {
  const entities = entityHits(en.text, en.entities);
  const before = extractClaims(en.text, 'en', { pageDate: en.pageDate, entities });

  beforeAll(async () => {
    expect(englishWordNumbers('two people')).toBeUndefined();
    await loadEnglishNumbers();
  });

  it('reads word numbers with offsets', () => {
    expect(englishNumbersLoaded()).toBe(true);
    expect(englishWordNumbers('Police said two hundred and thirty-eight people died.')).toEqual([
      { start: 12, end: 40, value: 238 },
    ]);
    expect(englishWordNumbers('1,300 people')).toEqual([]);
  });

  it('gives the same claims on the English fixture as the table does', () => {
    const after = extractClaims(en.text, 'en', { pageDate: en.pageDate, entities });
    expect(after).toEqual(before);
  });
});
