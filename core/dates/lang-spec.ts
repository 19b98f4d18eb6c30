// Shape of the per-language date data in core/lang/<code>/dates.ts. Data only; cues are folded
// at compile time (core/claims/cues.ts), a trailing '*' lets a cue match a longer word.

export interface DatesLang {
  /** month names (all cases/forms needed) -> 1..12 */
  months: Record<string, number>;
  /** Persian solar (Jalali) month names -> 1..12; converted to Gregorian */
  solarMonths?: Record<string, number>;
  /** weekday names -> 0 (Sunday) .. 6 (Saturday) */
  weekdays: Record<string, number>;
  /** a weekday needs this word next to it to count when bare (Arabic يوم) */
  weekdayNeeds?: string[];
  /** "last" next to a weekday, before or after it */
  lastBefore?: string[];
  lastAfter?: string[];
  nextBefore?: string[];
  nextAfter?: string[];
  /** words -> day offset from the page date (yesterday -1) */
  relative: Record<string, number>;
  /** words that block a relative word when right before it ("heute Morgen": morning) */
  relativeBlockers?: string[];
  /** "of this month", written after the day (or before it where the language puts it there) */
  thisMonthAfter?: string[];
  thisMonthBefore?: string[];
  /** "last month", "this year" ... -> month/year offsets (partial dates) */
  monthRel?: Record<string, number>;
  yearRel?: Record<string, number>;
  /** "until" before / after a day number */
  untilBefore?: string[];
  untilAfter?: string[];
  /** word next to a bare day number that makes it a day of the month ("числа", "sanasi") */
  dayWordAfter?: string[];
  /** ordinal suffix written after a day number (ru "-го", kk "-і", en "th"), folded */
  daySuffix?: string[];
  /** ordinal day words -> 1..31 (Arabic الخامس) */
  dayOrdinals?: Record<string, number>;
  /** words before a day number ("the", "le", "am") that may be swallowed into the span */
  dayLead?: string[];
  /** year markers after / before a 4-digit year ("года", "yil", "عام", "in") */
  yearAfter?: string[];
  yearBefore?: string[];
  /** numeric dates: day-month-year (default) or month-day-year (US English) */
  numericOrder?: 'dmy' | 'mdy';
  clitics?: string;
  unspaced?: boolean;
  /** year-month-day written with unit characters (2022年1月5日) */
  unitDates?: boolean;
  /** "last/next" + weekday means the previous/next calendar week (上周五), not the last such day */
  calendarWeeks?: boolean;
  /** the solar hijri (Jalali) calendar is in everyday use: 4-digit years 1300..1500 are solar years
   * (converted to Gregorian) and "this month" is the solar month of the page date */
  solarCalendar?: boolean;
}
