// within / addDays at year, month and day precision.
import { describe, expect, it } from 'vitest';
import { addDays, within } from './dates';

describe('within', () => {
  it('compares at the precision of the bounds', () => {
    expect(within('2022-01-05', '2022')).toBe(true);
    expect(within('2021-12-31', '2022')).toBe(false);
    expect(within('2022-12-31', undefined, '2022')).toBe(true);
    expect(within('2023-01-01', undefined, '2022')).toBe(false);
    expect(within('2022-03-31', '2022-03', '2022-03')).toBe(true);
    expect(within('2022-04-01', '2022-03', '2022-03')).toBe(false);
    expect(within('2024-06-01')).toBe(true);
  });
});

describe('addDays', () => {
  it('adds across months and years', () => {
    expect(addDays('2022-01-11', 60)).toBe('2022-03-12');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2022', 1)).toBe('2023-01-01');
    expect(addDays('2022-02', 1)).toBe('2022-03-01');
  });
});
