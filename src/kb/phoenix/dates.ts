import { parsePartialDate } from '../dates.js';
import type { CodeSpan, PartialDate } from '../model.js';

/**
 * Phoenix dates are yymmdd with two-digit years (the dictionaries were written in
 * 2013–15, so years below 30 are 20xx and the rest 19xx; the data holds no year
 * between 15 and 30), or yyyymmdd where the century matters ("19261225").
 */
const PIVOT = 30;

export function parsePhoenixDate(text: string): PartialDate | null {
  let iso: string;
  if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    const year = yy < PIVOT ? 2000 + yy : 1900 + yy;
    iso = `${year}-${text.slice(2, 4)}-${text.slice(4, 6)}`;
  } else if (/^\d{8}$/.test(text)) {
    iso = `${text.slice(0, 4)}-${text.slice(4, 6)}-${text.slice(6, 8)}`;
  } else {
    return null;
  }
  const parsed = parsePartialDate(iso);
  return parsed && parsed.precision === 'day' ? parsed.date : null;
}

/**
 * One bracketed code: "JPNGOV", "JPNGOV 091001-120101", "IGOUNO >070201",
 * "JPNELI <000101". Returns an error message instead when the range is malformed.
 */
export function parseCodeSpan(inner: string): CodeSpan | { error: string } {
  // "[EGYGOV > 140608]": a space after > or < is a common slip in the dictionaries.
  const parts = inner.trim().replace(/([<>])\s+/g, '$1').split(/\s+/).filter((p) => p.length > 0);
  const code = parts[0];
  if (!code) return { error: 'empty code' };
  if (parts.length === 1) return { code, start: null, end: null };
  if (parts.length > 2) return { error: `unexpected text in code '[${inner.trim()}]'` };
  const range = parts[1] ?? '';
  if (range.startsWith('>')) {
    const start = parsePhoenixDate(range.slice(1));
    return start ? { code, start, end: null } : { error: `bad date '${range}' in '[${inner.trim()}]'` };
  }
  if (range.startsWith('<')) {
    const end = parsePhoenixDate(range.slice(1));
    return end ? { code, start: null, end } : { error: `bad date '${range}' in '[${inner.trim()}]'` };
  }
  const dash = range.indexOf('-');
  if (dash < 0) return { error: `bad date range '${range}' in '[${inner.trim()}]'` };
  const start = parsePhoenixDate(range.slice(0, dash));
  const end = parsePhoenixDate(range.slice(dash + 1));
  if (!start || !end) return { error: `bad date range '${range}' in '[${inner.trim()}]'` };
  return { code, start, end };
}
