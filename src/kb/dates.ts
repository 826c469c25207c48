import type { DatePrecision, PartialDate } from './model.js';

/**
 * Partial dates: sources give years ('1998'), months ('2018-03') or days. Comparisons
 * widen a partial date to the range it stands for, so a term "from 2021" covers
 * March 2021 and a term "to 2022" runs to the end of 2022.
 */

const ISO_PARTIAL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function precisionOf(date: PartialDate): DatePrecision | null {
  // Stored dates are already validated, so their length says their precision (hot path).
  if (date.length === 4) return 'year';
  if (date.length === 7 && date[4] === '-') return 'month';
  if (date.length === 10 && date[4] === '-' && date[7] === '-') return 'day';
  const m = ISO_PARTIAL.exec(date);
  if (!m) return null;
  if (m[3] !== undefined) return 'day';
  if (m[2] !== undefined) return 'month';
  return 'year';
}

/** Accepts 'YYYY', 'YYYY-MM', 'YYYY-MM-DD' (and 'YYYY-00-00' from Wikidata); null when not a date. */
export function parsePartialDate(text: string | undefined | null): { date: PartialDate; precision: DatePrecision } | null {
  if (!text) return null;
  const m = ISO_PARTIAL.exec(text.trim());
  if (!m || m[1] === undefined) return null;
  const year = m[1];
  const month = m[2];
  const day = m[3];
  if (month === undefined || month === '00') return { date: year, precision: 'year' };
  const mo = Number(month);
  if (mo < 1 || mo > 12) return null;
  if (day === undefined || day === '00') return { date: `${year}-${month}`, precision: 'month' };
  const d = Number(day);
  if (d < 1 || d > daysInMonth(Number(year), mo)) return null;
  return { date: `${year}-${month}-${day}`, precision: 'day' };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first day a partial date stands for. */
export function lowerBound(date: PartialDate): string {
  const p = precisionOf(date);
  if (p === 'year') return `${date}-01-01`;
  if (p === 'month') return `${date}-01`;
  return date;
}

/** The last day a partial date stands for. */
export function upperBound(date: PartialDate): string {
  const p = precisionOf(date);
  if (p === 'year') return `${date}-12-31`;
  if (p === 'month') {
    const [y, m] = date.split('-').map(Number);
    return `${date}-${String(daysInMonth(y ?? 0, m ?? 1)).padStart(2, '0')}`;
  }
  return date;
}

/**
 * Whether a term covers a day. A day-precise end is exclusive (the successor takes
 * office that day); a coarser end covers its whole year or month.
 */
export function termCovers(start: PartialDate | null, end: PartialDate | null, day: string): boolean {
  if (start && lowerBound(start) > day) return false;
  if (end) {
    if (precisionOf(end) === 'day') return day < end;
    return day <= upperBound(end);
  }
  return true;
}

/** Whether two terms share at least one day (open ends run forever). */
export function termsOverlap(
  a: { start: PartialDate | null; end: PartialDate | null },
  b: { start: PartialDate | null; end: PartialDate | null },
): boolean {
  const aStart = a.start ? lowerBound(a.start) : '0000-01-01';
  const bStart = b.start ? lowerBound(b.start) : '0000-01-01';
  const aEnd = a.end ? upperBound(a.end) : '9999-12-31';
  const bEnd = b.end ? upperBound(b.end) : '9999-12-31';
  return aStart < bEnd && bStart < aEnd;
}

const MONTHS: Readonly<Record<string, string>> = {
  january: '01', february: '02', march: '03', april: '04', may: '05', june: '06',
  july: '07', august: '08', september: '09', october: '10', november: '11', december: '12',
};

/** "12 December 2019", "December 2019" or "1997" (the Factbook's "since" dates). */
export function parseEnglishDate(text: string): { date: PartialDate; precision: DatePrecision } | null {
  const words = text.trim().toLowerCase().split(/\s+/);
  if (words.length === 3 && /^\d{1,2}$/.test(words[0] ?? '') && MONTHS[words[1] ?? ''] && /^\d{4}$/.test(words[2] ?? '')) {
    return parsePartialDate(`${words[2]}-${MONTHS[words[1] ?? '']}-${(words[0] ?? '').padStart(2, '0')}`);
  }
  if (words.length === 2 && MONTHS[words[0] ?? ''] && /^\d{4}$/.test(words[1] ?? '')) {
    return parsePartialDate(`${words[1]}-${MONTHS[words[0] ?? '']}`);
  }
  if (words.length === 1 && /^\d{4}$/.test(words[0] ?? '')) return parsePartialDate(words[0]);
  return null;
}
