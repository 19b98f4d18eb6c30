// Page dates from hints: ISO timestamps, dated URL paths, impossible and future dates refused,
// the first hint that parses wins.
import { describe, expect, it } from 'vitest';
import { parseDateHint, resolvePageDate } from './page-date';

const TODAY = '2026-11-29';

describe('parseDateHint', () => {
  it('reads ISO timestamps from meta tags and JSON-LD', () => {
    expect(parseDateHint('2022-01-06T09:15:00+06:00', TODAY)).toBe('2022-01-06');
    expect(parseDateHint(' 2022-01-05 ', TODAY)).toBe('2022-01-05');
  });
  it('reads dates from URL paths', () => {
    expect(parseDateHint('https://kun.uz/news/2022/01/07/csto-troops', TODAY)).toBe('2022-01-07');
    expect(parseDateHint('https://24.kg/2022-1-9/story', TODAY)).toBe('2022-01-09');
    expect(parseDateHint('https://www.rferl.org/a/kazakhstan-20220110.html', TODAY)).toBe('2022-01-10');
  });
  it('rejects impossible and future dates and plain numbers', () => {
    expect(parseDateHint('2022-02-30', TODAY)).toBeUndefined();
    expect(parseDateHint('2031-01-01', TODAY)).toBeUndefined();
    expect(parseDateHint('https://kun.uz/news/12345', TODAY)).toBeUndefined();
    expect(parseDateHint('yesterday', TODAY)).toBeUndefined();
  });
});

describe('resolvePageDate', () => {
  it('takes the first hint that parses', () => {
    expect(resolvePageDate(['', 'soon', '2022-01-06T00:00:00Z', '2021-12-31'], TODAY)).toBe('2022-01-06');
    expect(resolvePageDate([], TODAY)).toBeUndefined();
  });
});
