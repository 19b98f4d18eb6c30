// Partial dates: bounds, order against a day, and words in several UI languages.
import { describe, expect, it } from 'vitest';
import { endOf, formatDate, isAfter, isBefore, startOf } from './dates';

describe('partial dates', () => {
  it('bounds a year, a month and a day', () => {
    expect(startOf('2022')).toBe('2022-01-01');
    expect(endOf('2022')).toBe('2022-12-31');
    expect(endOf('2024-02')).toBe('2024-02-29');
    expect(endOf('2022-01-12')).toBe('2022-01-12');
    expect(startOf('not a date')).toBeUndefined();
  });
  it('orders a partial date against a day', () => {
    expect(isAfter('2022-01-28', '2022-01-12')).toBe(true);
    expect(isAfter('2022-01', '2022-01-12')).toBe(false);
    expect(isBefore('2021', '2022-01-12')).toBe(true);
    expect(isBefore('2022-01', '2022-01-12')).toBe(false);
  });
  it('writes dates in words in the UI language, never ISO', () => {
    expect(formatDate('2022-01-12', 'en-GB')).toBe('12 January 2022');
    expect(formatDate('2022-01', 'en')).toBe('January 2022');
    expect(formatDate('2019', 'en')).toBe('2019');
    expect(formatDate('2022-01-12', 'ru')).toMatch(/12 января 2022/);
    const ar = formatDate('2022-01-12', 'ar');
    expect(ar).not.toMatch(/2022-01/);
    expect(ar).toMatch(/يناير|كانون/);
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
