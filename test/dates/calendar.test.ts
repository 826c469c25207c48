import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addDays, addMonths, calendarUnit, daysInMonth, isoWeekday, nearestYear, parseIso, startOfWeek, toIso, yearForMonth,
} from '../../src/dates/calendar.js';

const d = (s: string) => {
  const v = parseIso(s);
  assert.ok(v, s);
  return v;
};

describe('calendar', () => {
  it('parses strict ISO dates only', () => {
    assert.deepEqual(parseIso('2021-03-16'), { year: 2021, month: 3, day: 16 });
    for (const bad of ['2021-02-29', '2021-13-01', '2021-3-16', '', '2021-03-16T00:00', 'x']) assert.equal(parseIso(bad), null, bad);
    assert.deepEqual(parseIso('2024-02-29'), { year: 2024, month: 2, day: 29 });
  });
  it('adds days and months across boundaries', () => {
    assert.equal(toIso(addDays(d('2021-03-01'), -1)), '2021-02-28');
    assert.equal(toIso(addDays(d('2020-12-31'), 1)), '2021-01-01');
    assert.equal(toIso(addMonths(d('2021-03-31'), 1)), '2021-04-30');
    assert.equal(toIso(addMonths(d('2021-01-15'), -1)), '2020-12-15');
    assert.equal(daysInMonth(2024, 2), 29);
    assert.equal(daysInMonth(2100, 2), 28);
  });
  it('weeks run Monday to Sunday', () => {
    assert.equal(isoWeekday(d('2021-03-16')), 2);
    assert.equal(isoWeekday(d('2021-03-21')), 7);
    assert.equal(toIso(startOfWeek(d('2021-03-21'))), '2021-03-15');
    const w = calendarUnit(d('2021-03-16'), 'week', 1);
    assert.deepEqual([toIso(w.start), toIso(w.end)], ['2021-03-22', '2021-03-28']);
  });
  it('does not depend on the timezone', () => {
    // Day numbers are UTC: the same answers whatever TZ the process runs in.
    assert.equal(toIso(addDays(d('2021-03-28'), 1)), '2021-03-29');
    assert.equal(toIso(addDays(d('2021-10-31'), 1)), '2021-11-01');
  });
  it('the year of a month by tense', () => {
    const ref = d('2021-03-16');
    assert.equal(yearForMonth(ref, 3, false), 2021);
    assert.equal(yearForMonth(ref, 7, false), 2020); // eight months back
    assert.equal(yearForMonth(ref, 6, false), 2021); // nine back: the coming June
    assert.equal(yearForMonth(ref, 1, true), 2022);
    assert.equal(yearForMonth(ref, 3, true), 2021);
  });
  it('the year nearest the reference', () => {
    assert.equal(nearestYear(d('2021-03-16'), 1, 20), 2021);
    assert.equal(nearestYear(d('2021-03-16'), 12, 20), 2020);
    assert.equal(nearestYear(d('2021-11-16'), 1, 20), 2022);
  });
});
