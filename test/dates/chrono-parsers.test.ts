import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dates, expectDate, only } from './support.js';

describe("chrono-node's parsers through Attaché's configuration", () => {
  it('full dates (ENMonthNameMiddleEndianParser)', () => {
    const m = expectDate('Talks in Tokyo on March 16, 2021', 'March 16, 2021', '2021-03-16', '2021-03-16', 'day');
    assert.equal(m.rule, 'ENMonthNameMiddleEndianParser');
    expectDate('(Reuters file photo, Jan. 8, 2021)', 'Jan. 8, 2021', '2021-01-08', '2021-01-08', 'day');
  });
  it('a date without a year is the one nearest the reference (forwardDate off)', () => {
    expectDate('took office on Jan. 20.', 'Jan. 20', '2021-01-20', '2021-01-20', 'day');
    expectDate('on Dec. 20', 'Dec. 20', '2020-12-20', '2020-12-20', 'day');
    expectDate('on March 5', 'March 5', '2021-03-05', '2021-03-05', 'day');
  });
  it('day-first dates (ENMonthNameLittleEndianParser)', () => {
    expectDate('on 23 March 2022', '23 March 2022', '2022-03-23', '2022-03-23', 'day');
    expectDate('on the 8th of May, 1945', '8th of May, 1945', '1945-05-08', '1945-05-08', 'day');
  });
  it('day ranges are spans', () => {
    expectDate('March 5-7', 'March 5-7', '2021-03-05', '2021-03-07', 'span');
    expectDate('from March 5 to March 7', 'March 5 to March 7', '2021-03-05', '2021-03-07', 'span');
    expectDate('from July 12 to July 15, 2021', 'July 12 to July 15, 2021', '2021-07-12', '2021-07-15', 'span');
    expectDate('Portugal June 27-June 29 to lead', 'June 27-June 29', '2021-06-27', '2021-06-29', 'span');
  });
  it('months (ENMonthNameParser)', () => {
    expectDate('in May 2020', 'May 2020', '2020-05-01', '2020-05-31', 'month');
    expectDate('since September 2019', 'September 2019', '2019-09-01', '2019-09-30', 'month');
    expectDate('in August', 'August', '2020-08-01', '2020-08-31', 'month');
    expectDate('will meet in August', 'August', '2021-08-01', '2021-08-31', 'month');
    expectDate('about August of 2019', 'August of 2019', '2019-08-01', '2019-08-31', 'month');
  });
  it('weekdays with last / next (bare weekdays: WeekdayTenseRefiner)', () => {
    expectDate('on Monday', 'Monday', '2021-03-15', '2021-03-15', 'day');
    expectDate('on Tuesday', 'Tuesday', '2021-03-16', '2021-03-16', 'day');
    expectDate('last Friday', 'last Friday', '2021-03-12', '2021-03-12', 'day');
    expectDate('next Monday', 'next Monday', '2021-03-22', '2021-03-22', 'day');
  });
  it('a weekday with a date keeps both parsers in its rule', () => {
    const m = expectDate('on Friday, May 28, at 11', 'Friday, May 28', '2021-05-28', '2021-05-28', 'day');
    assert.match(m.rule, /ENWeekdayParser/);
    assert.match(m.rule, /ENMonthNameMiddleEndianParser/);
  });
  it('casual days (ENCasualDateParser)', () => {
    expectDate('yesterday', 'yesterday', '2021-03-15', '2021-03-15', 'day');
    expectDate('Today, I am announcing', 'Today', '2021-03-16', '2021-03-16', 'day');
    expectDate('tomorrow', 'tomorrow', '2021-03-17', '2021-03-17', 'day');
    expectDate('tonight', 'tonight', '2021-03-16', '2021-03-16', 'day');
    expectDate('last night', 'last night', '2021-03-15', '2021-03-15', 'day');
  });
  it('offsets from now', () => {
    expectDate('two days ago', 'two days ago', '2021-03-14', '2021-03-14', 'day');
    expectDate('in three weeks', 'in three weeks', '2021-04-06', '2021-04-06', 'day');
    expectDate('five years from now', 'five years from now', '2026-01-01', '2026-12-31', 'year');
    expectDate('eight years ago', 'eight years ago', '2013-01-01', '2013-12-31', 'year');
  });
  it('numeric dates with a year', () => {
    expectDate('on 2021-03-16', '2021-03-16', '2021-03-16', '2021-03-16', 'day');
    expectDate('on 3/16/2021', '3/16/2021', '2021-03-16', '2021-03-16', 'day');
  });
  it('the second of a month is a date, the ordinal is not', () => {
    expectDate('on the second of March', 'second of March', '2021-03-02', '2021-03-02', 'day');
    assert.deepEqual(dates('the second day of talks'), []);
  });
  it('every mention says which parser made it', () => {
    for (const text of ['yesterday', 'Monday', 'March 5', 'two days ago']) assert.match(only(text).rule, /Parser/);
  });
});
