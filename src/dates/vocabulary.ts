/** Words the date parsers share. Patterns are plain alternations of literals, so they cannot backtrack. */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Full month names only; abbreviations need a trailing period ("Jan."). Longest first. */
export const MONTH_PATTERN =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  '(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.)';

/** The month number of a name matched by MONTH_PATTERN ("Jan." → 1). */
export function monthNumber(name: string): number | null {
  return MONTHS.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}

export const FULL_WEEKDAYS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/** Vague quantities read as their lower bound: few and several = 3, a couple = 2. */
const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6],
  ['seven', 7], ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12],
  ['a few', 3], ['few', 3], ['a couple of', 2], ['couple of', 2], ['a couple', 2], ['couple', 2], ['several', 3],
]);

export const NUMBER_PATTERN =
  '(?:\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\\s+few|few|a\\s+couple(?:\\s+of)?|couple(?:\\s+of)?|several)';

/** The value of a number matched by NUMBER_PATTERN, or null. */
export function numberValue(text: string): number | null {
  const key = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(key)) return Number(key);
  return NUMBER_WORDS.get(key) ?? null;
}

/** "this" / "next" / "last" as an offset in units. */
export function relativeOffset(word: string): number {
  const w = word.toLowerCase();
  if (w === 'next' || w === 'coming' || w === 'following') return 1;
  if (w === 'last' || w === 'previous' || w === 'past') return -1;
  return 0;
}

/**
 * Words that make a capitalised bare month a date rather than a name or a modal
 * ("in May" but not "Theresa May", "May I …", "the Long March").
 */
export const MONTH_CUE_WORDS: ReadonlySet<string> = new Set([
  'in', 'of', 'since', 'until', 'till', 'by', 'early', 'mid', 'late', 'last', 'next', 'this', 'from', 'to',
  'through', 'throughout', 'during', 'before', 'after', 'and', 'or', 'between', 'each', 'every', 'that',
  'previous', 'coming', 'past', 'on', 'for', 'as', 'around', 'about', 'end', 'beginning', 'start', 'middle',
]);
