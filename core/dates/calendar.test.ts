// Calendar arithmetic and the Jalali conversion (known dates and a round-trip property).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  fromDays,
  gregorianToJalali,
  iso,
  isJalaliLeap,
  jalaliToGregorian,
  toDays,
  weekday,
} from './calendar';

describe('calendar', () => {
  it('converts known Jalali dates', () => {
    expect(iso(jalaliToGregorian(1400, 10, 22))).toBe('2022-01-12');
    expect(iso(jalaliToGregorian(1403, 1, 1))).toBe('2024-03-20');
    expect(iso(jalaliToGregorian(1399, 12, 30))).toBe('2021-03-20');
    expect(gregorianToJalali({ y: 2022, m: 1, d: 12 })).toEqual({ y: 1400, m: 10, d: 22 });
    expect(isJalaliLeap(1399)).toBe(true);
    expect(isJalaliLeap(1400)).toBe(false);
  });

  it('round-trips every day between 1950 and 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: toDays({ y: 1950, m: 1, d: 1 }), max: toDays({ y: 2100, m: 12, d: 31 }) }), (n) => {
        const g = fromDays(n);
        const j = gregorianToJalali(g);
        expect(jalaliToGregorian(j.y, j.m, j.d)).toEqual(g);
      }),
    );
  });

  it('adds days across leap days and years; weekdays', () => {
    expect(iso(addDays({ y: 2024, m: 3, d: 1 }, -1))).toBe('2024-02-29');
    expect(iso(addDays({ y: 2022, m: 12, d: 31 }, 1))).toBe('2023-01-01');
    expect(weekday({ y: 2022, m: 1, d: 12 })).toBe(3);
  });
});
