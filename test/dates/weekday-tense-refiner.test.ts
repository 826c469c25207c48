import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { expectDate } from './support.js';

describe('WeekdayTenseRefiner', () => {
  it('a bare weekday is the latest such day up to the article date (news reports the past)', () => {
    expectDate('The minister said on Friday that', 'Friday', '2021-03-12', '2021-03-12', 'day');
    expectDate('Reports said Wednesday’s quake', 'Wednesday', '2021-03-10', '2021-03-10', 'day');
    expectDate('on Sunday', 'Sunday', '2021-03-14', '2021-03-14', 'day');
    expectDate('on Tuesday', 'Tuesday', '2021-03-16', '2021-03-16', 'day');
    expectDate('survivors were found on Monday', 'Monday', '2018-12-31', '2018-12-31', 'day', '2019-01-04');
  });
  it('after a future word it is the next such day from the article date on', () => {
    expectDate('They will meet on Friday.', 'Friday', '2021-03-19', '2021-03-19', 'day');
    expectDate('Talks are due to resume Monday.', 'Monday', '2021-03-22', '2021-03-22', 'day');
    expectDate('The ceasefire holds until Saturday.', 'Saturday', '2021-03-20', '2021-03-20', 'day');
    expectDate('Monday will see new talks', 'Monday', '2021-03-22', '2021-03-22', 'day');
    expectDate('He is to arrive on Tuesday', 'Tuesday', '2021-03-16', '2021-03-16', 'day');
  });
  it('a future word in another clause after the weekday does not count', () => {
    expectDate('The talks, which began Saturday, will continue', 'Saturday', '2021-03-13', '2021-03-13', 'day');
  });
  it('moves both ends of a weekday range', () => {
    expectDate('On the night of Monday to Tuesday', 'Monday to Tuesday', '2018-12-31', '2019-01-01', 'span', '2019-01-04');
  });
  it('names itself in the rule when it moves a day', () => {
    const m = expectDate('on Friday', 'Friday', '2021-03-12', '2021-03-12', 'day');
    assert.equal(m.rule, 'ENWeekdayParser+WeekdayTenseRefiner');
  });
});
