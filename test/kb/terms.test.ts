import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveTerms } from '../../src/kb/terms.js';
import type { Occupancy } from '../../src/kb/model.js';
import { termCovers, parsePartialDate } from '../../src/kb/dates.js';

function occ(personId: string, start: string | null, end: string | null, source: string): Occupancy {
  return { personId, postId: 'X:foreign', start, end, startPrecision: null, endPrecision: null, endInferred: false, source };
}

describe('effective terms of a post', () => {
  it('ends an open term when the next holder starts (a 2022 snapshot left it open)', () => {
    const t = effectiveTerms([occ('A', '2013-03-16', null, 'ep-holders'), occ('B', '2022-12-30', null, 'curated')], true);
    assert.deepEqual(t.map((o) => [o.personId, o.start, o.end, o.endInferred]), [
      ['A', '2013-03-16', '2022-12-30', true],
      ['B', '2022-12-30', null, false],
    ]);
  });

  it('lets the later, more specific source win where two give the same person overlapping terms', () => {
    const t = effectiveTerms([occ('A', '2020-09-16', null, 'ep-holders'), occ('A', '2020-09-16', '2022-08-10', 'curated')], true);
    assert.deepEqual(t.map((o) => [o.start, o.end, o.source]), [['2020-09-16', '2022-08-10', 'curated']]);
  });

  it('takes a more precise date from a lower source when it agrees with the winner\'s', () => {
    const t = effectiveTerms([occ('A', '2016-05-20', null, 'ep-holders'), occ('A', '2016', '2024', 'ep-world-leaders-2021')], true);
    assert.deepEqual(t.map((o) => [o.start, o.end, o.source]), [['2016-05-20', '2024', 'ep-world-leaders-2021']]);
  });

  it('keeps a second, separate term of the same person', () => {
    const t = effectiveTerms([
      occ('W', '2013-03-16', null, 'ep-holders'),
      occ('W', '2013-03-16', '2022-12-30', 'curated'),
      occ('Q', '2022-12-30', '2023-07-25', 'curated'),
      occ('W', '2023-07-25', null, 'curated'),
    ], true);
    assert.deepEqual(t.map((o) => [o.personId, o.start, o.end]), [
      ['W', '2013-03-16', '2022-12-30'],
      ['Q', '2022-12-30', '2023-07-25'],
      ['W', '2023-07-25', null],
    ]);
  });

  it('joins back-to-back terms of one person from one source', () => {
    const t = effectiveTerms([occ('A', '2012-12-26', '2014-12-24', 'ep-holders'), occ('A', '2014-12-24', '2017-11-01', 'ep-holders'), occ('B', '2020-09-16', null, 'ep-holders')], true);
    assert.deepEqual(t.map((o) => [o.personId, o.start, o.end]), [['A', '2012-12-26', '2017-11-01'], ['B', '2020-09-16', null]]);
  });

  it('does not end terms in posts many hold at once (judges, ambassadors)', () => {
    const t = effectiveTerms([occ('A', '2010-01-01', null, 'ep-holders'), occ('B', '2012-01-01', null, 'ep-holders')], false);
    assert.deepEqual(t.map((o) => o.end), [null, null]);
  });

  it('a user import outranks every bundled source', () => {
    const t = effectiveTerms([occ('A', '2020-01-01', '2021-01-01', 'curated'), occ('A', '2020-02-01', '2021-06-01', 'user:wikidata:x.json')], true);
    assert.deepEqual(t.map((o) => o.source), ['user:wikidata:x.json']);
  });
});

describe('partial dates', () => {
  it('a year-precise term covers its whole years; a day-precise end is the successor\'s first day', () => {
    assert.equal(termCovers('1998', '2004', '2004-12-31'), true);
    assert.equal(termCovers('1998', '2004', '2005-01-01'), false);
    assert.equal(termCovers('2020-09-16', '2021-10-04', '2021-10-03'), true);
    assert.equal(termCovers('2020-09-16', '2021-10-04', '2021-10-04'), false);
    assert.equal(termCovers('2018-03', '2023-01', '2023-01-31'), true);
    assert.equal(termCovers(null, null, '1900-01-01'), true);
  });

  it('reads Wikidata-style zero months and days as coarser precision, and rejects impossible days', () => {
    assert.deepEqual(parsePartialDate('1998-00-00'), { date: '1998', precision: 'year' });
    assert.deepEqual(parsePartialDate('2004-09-00'), { date: '2004-09', precision: 'month' });
    assert.equal(parsePartialDate('2021-02-30'), null);
    assert.equal(parsePartialDate('2014s'), null);
  });
});
