/**
 * Pure calendar arithmetic on ISO dates (YYYY-MM-DD), done on UTC day numbers
 * so that results never depend on the machine's timezone or DST.
 */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a proleptic Gregorian date (month 1-12). */
export function dayNumber(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  return Math.floor(d.getTime() / DAY_MS);
}

export interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function fromDayNumber(n: number): Ymd {
  const d = new Date(n * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return MONTH_LENGTHS[month - 1] ?? 30;
}

export function toIso(ymd: Ymd): string {
  const y = String(ymd.year).padStart(4, '0');
  const m = String(ymd.month).padStart(2, '0');
  const d = String(ymd.day).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** Parses a strict YYYY-MM-DD date; null for anything else or an impossible date. */
export function parseIso(text: string): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidYmd(year, month, day) ? { year, month, day } : null;
}

export function addDays(ymd: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(ymd.year, ymd.month, ymd.day) + days);
}

/** Adds months, clamping the day to the target month's length (Mar 31 + 1 month = Apr 30). */
export function addMonths(ymd: Ymd, months: number): Ymd {
  const index = ymd.year * 12 + (ymd.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(ymd.day, daysInMonth(year, month)) };
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(ymd: Ymd): number {
  const n = dayNumber(ymd.year, ymd.month, ymd.day);
  // 1970-01-01 was a Thursday (4).
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the (Monday–Sunday) week holding this day. */
export function startOfWeek(ymd: Ymd): Ymd {
  return addDays(ymd, 1 - isoWeekday(ymd));
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return dayNumber(a.year, a.month, a.day) - dayNumber(b.year, b.month, b.day);
}

export function maxYmd(a: Ymd, b: Ymd): Ymd {
  return compareYmd(a, b) >= 0 ? a : b;
}

export function minYmd(a: Ymd, b: Ymd): Ymd {
  return compareYmd(a, b) <= 0 ? a : b;
}

/** An inclusive range of days. */
export interface DayRange {
  readonly start: Ymd;
  readonly end: Ymd;
}

export type CalendarUnit = 'week' | 'month' | 'year';

/** The calendar week (Monday–Sunday), month or year holding `ymd`, moved by `offset` units. */
export function calendarUnit(ymd: Ymd, unit: CalendarUnit, offset: number): DayRange {
  if (unit === 'week') {
    const start = addDays(startOfWeek(ymd), offset * 7);
    return { start, end: addDays(start, 6) };
  }
  if (unit === 'month') {
    const first = addMonths({ year: ymd.year, month: ymd.month, day: 1 }, offset);
    return { start: first, end: { ...first, day: daysInMonth(first.year, first.month) } };
  }
  const year = ymd.year + offset;
  return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 } };
}

/**
 * Of the candidate years around `reference`, the one that puts (month, day)
 * nearest to it — chrono-node's rule for a date written without a year
 * when forwardDate is off ("Jan. 20" in a March 2021 article is 2021-01-20).
 */
export function nearestYear(reference: Ymd, month: number, day: number): number {
  const ref = dayNumber(reference.year, reference.month, reference.day);
  let best = reference.year;
  let bestDistance = Infinity;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const distance = Math.abs(dayNumber(year, month, Math.min(day, daysInMonth(year, month))) - ref);
    if (distance < bestDistance) {
      best = year;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * The year of a month named without one, by tense: in a future context the
 * first such month from the reference's month on; otherwise the latest one up
 * to the reference's month, unless that lies more than eight months back and
 * the next one at most three months ahead ("June" in a March article is the
 * coming June, "March" in an October article the past one).
 */
export function yearForMonth(reference: Ymd, month: number, future: boolean): number {
  const back = (reference.month - month + 12) % 12;
  const pastYear = month <= reference.month ? reference.year : reference.year - 1;
  const futureYear = month >= reference.month ? reference.year : reference.year + 1;
  if (future) return futureYear;
  return back <= 8 ? pastYear : futureYear;
}
