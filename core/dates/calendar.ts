// Calendar arithmetic on ISO dates (UTC, no time zones) and the Persian solar (Jalali) calendar.
// Pure; tested in calendar.test.ts.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function parseIso(s: string | undefined): Ymd | undefined {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return undefined;
  const r = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValid(r) ? r : undefined;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValid({ y, m, d }: Ymd): boolean {
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const iso = ({ y, m, d }: Ymd) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
export const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

export function toDays({ y, m, d }: Ymd): number {
  return Math.floor(Date.UTC(y, m - 1, d) / 86400000);
}
export function fromDays(n: number): Ymd {
  const dt = new Date(n * 86400000);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}
export const addDays = (a: Ymd, n: number) => fromDays(toDays(a) + n);
/** 0 = Sunday */
export const weekday = (a: Ymd) => new Date(toDays(a) * 86400000).getUTCDay();

export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const t = y * 12 + (m - 1) + n;
  return { y: Math.floor(t / 12), m: (t % 12) + 1 };
}

// Jalali <-> Gregorian (the arithmetic algorithm used by jalaali-js, after Borkowski).
const div = (a: number, b: number) => Math.trunc(a / b);
const BREAKS = [
  -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
];

function jalCal(jy: number): { gy: number; march: number } {
  const gy = jy + 621;
  let leapJ = -14;
  let jp = BREAKS[0]!;
  let jump = 0;
  for (let i = 1; i < BREAKS.length; i++) {
    const jm = BREAKS[i]!;
    jump = jm - jp;
    if (jy < jm) break;
    leapJ += div(jump, 33) * 8 + div(jump % 33, 4);
    jp = jm;
  }
  let n = jy - jp;
  leapJ += div(n, 33) * 8 + div((n % 33) + 3, 4);
  if (jump % 33 === 4 && jump - n === 4) leapJ += 1;
  const leapG = div(gy, 4) - div((div(gy, 100) + 1) * 3, 4) - 150;
  const march = 20 + leapJ - leapG;
  return { gy, march };
}

function g2d(gy: number, gm: number, gd: number): number {
  let d = div((gy + div(gm - 8, 6) + 100100) * 1461, 4) + div(153 * ((gm + 9) % 12) + 2, 5) + gd - 34840408;
  d = d - div(div(gy + 100100 + div(gm - 8, 6), 100) * 3, 4) + 752;
  return d;
}
function d2g(jdn: number): Ymd {
  let j = 4 * jdn + 139361631;
  j = j + div(div(4 * jdn + 183187720, 146097) * 3, 4) * 4 - 3908;
  const i = div(j % 1461, 4) * 5 + 308;
  const d = div(i % 153, 5) + 1;
  const m = (div(i, 153) % 12) + 1;
  const y = div(j, 1461) - 100100 + div(8 - m, 6);
  return { y, m, d };
}

export function jalaliToGregorian(jy: number, jm: number, jd: number): Ymd {
  const r = jalCal(jy);
  const jdn = g2d(r.gy, 3, r.march) + (jm - 1) * 31 - div(jm, 7) * (jm - 7) + jd - 1;
  return d2g(jdn);
}

export function gregorianToJalali(a: Ymd): Ymd {
  const n = toDays(a);
  let jy = a.y - 621;
  if (toDays(jalaliToGregorian(jy, 1, 1)) > n) jy -= 1;
  const k = n - toDays(jalaliToGregorian(jy, 1, 1));
  if (k < 186) return { y: jy, m: 1 + div(k, 31), d: (k % 31) + 1 };
  const r = k - 186;
  return { y: jy, m: 7 + div(r, 30), d: (r % 30) + 1 };
}

export function isJalaliLeap(jy: number): boolean {
  // a year is leap when the next year's Farvardin 1 is 366 days after this one's
  const a = jalaliToGregorian(jy, 1, 1);
  const b = jalaliToGregorian(jy + 1, 1, 1);
  return toDays(b) - toDays(a) === 366;
}
