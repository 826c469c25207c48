/**
 * Cheap tests for "a date may be here": a month or weekday stem, a relative
 * word with a unit, or four digits. Text without one skips chrono, which is
 * most of the cost. No backtracking: each alternative is a short literal after
 * a word boundary.
 */
const TRIGGER_SOURCE =
  '\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|tomorrow|yesterday|night|morning|afternoon|evening|day|hour|week|month|year|quarter|half|q[1-4]|h[12]|decade)|\\d{4}|\\d\\/\\d|\\d0[\'’]?s\\b';

const TRIGGER = new RegExp(TRIGGER_SOURCE, 'i');
/** The same, global, for triggerWindows (synchronous use only: lastIndex is reset on each call). */
const TRIGGERS = new RegExp(TRIGGER_SOURCE, 'gi');

export function hasDateTrigger(text: string): boolean {
  return TRIGGER.test(text);
}

/** How far a window reaches before and after a trigger: longer than any date expression's other part. */
const BEFORE = 48;
const AFTER = 80;
/** How far a window's edge may move to reach whitespace. */
const SNAP = 24;

export interface Window {
  readonly start: number;
  readonly end: number;
}

function isSpace(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
}

/**
 * The parts of [start, end) worth handing to chrono: a window around each
 * trigger, from BEFORE characters ahead of it to AFTER past it, widened to
 * whitespace and merged where they touch. A date expression is local ("the
 * first quarter of 2021" has its trigger within a few words of either end),
 * so this finds what scanning the whole sentence finds, at a fraction of the cost.
 */
export function triggerWindows(text: string, start: number, end: number): Window[] {
  const windows: Window[] = [];
  const re = TRIGGERS;
  re.lastIndex = 0;
  const slice = text.slice(start, end);
  let m: RegExpExecArray | null;
  while ((m = re.exec(slice)) !== null) {
    const at = start + m.index;
    let a = Math.max(start, at - BEFORE);
    for (let i = 0; i < SNAP && a > start && !isSpace(text, a - 1); i++) a--;
    let b = Math.min(end, at + m[0].length + AFTER);
    for (let i = 0; i < SNAP && b < end && !isSpace(text, b); i++) b++;
    const last = windows[windows.length - 1];
    if (last && a <= last.end) windows[windows.length - 1] = { start: last.start, end: Math.max(last.end, b) };
    else windows.push({ start: a, end: b });
    // Skip to the window's end: triggers inside it add nothing new.
    if (b - start > re.lastIndex) re.lastIndex = Math.max(re.lastIndex, b - start - AFTER);
  }
  return windows;
}
