import assert from 'node:assert/strict';
import type { Proposal } from '../../src/doc/annotation.js';
import type { DateMention, DatePrecision } from '../../src/doc/layers.js';
import { findDates } from '../../src/dates/index.js';

/** The fixed reference of these tests, as chrono-node's tests fix theirs: Tuesday 16 March 2021. */
export const REF = '2021-03-16';

/** Every mention in `text`, scanned as one span. */
export function dates(text: string, ref: string | null = REF): Proposal<DateMention>[] {
  return findDates(text, [{ start: 0, end: text.length }], ref);
}

/** The one mention in `text`, checked for offsets. */
export function only(text: string, ref: string | null = REF): Proposal<DateMention> {
  const found = dates(text, ref);
  assert.equal(found.length, 1, `${JSON.stringify(text)}: expected one mention, got ${JSON.stringify(found)}`);
  const m = found[0] as Proposal<DateMention>;
  assert.equal(text.slice(m.start, m.end), m.text);
  return m;
}

/** `text` holds one mention, `surface`, resolving to [start, end] with `precision`. */
export function expectDate(
  text: string,
  surface: string,
  start: string,
  end: string,
  precision: DatePrecision,
  ref: string | null = REF,
): Proposal<DateMention> {
  const m = only(text, ref);
  assert.deepEqual(
    { text: m.text, value: m.value, precision: m.precision },
    { text: surface, value: { start, end }, precision },
    JSON.stringify(text),
  );
  return m;
}

/** `text` holds no date mention. */
export function expectNone(text: string, ref: string | null = REF): void {
  assert.deepEqual(dates(text, ref), [], JSON.stringify(text));
}
