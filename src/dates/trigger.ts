/**
 * A cheap test for "this span may hold a date": a month or weekday stem, a
 * relative word with a unit, or four digits. Spans without one skip chrono,
 * which is most of the cost. One pass, no backtracking: each alternative is a
 * short literal after a word boundary.
 */
const TRIGGER =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|night|morning|afternoon|evening|day|week|month|year|quarter|half|q[1-4]|h[12]|decade)|\d{4}|\d\/\d|\d0['’]?s\b/i;

export function hasDateTrigger(text: string): boolean {
  return TRIGGER.test(text);
}
