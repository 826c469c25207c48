import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parsePhoenix } from '../../src/kb/phoenix/parse.js';
import { parseCodeSpan, parsePhoenixDate } from '../../src/kb/phoenix/dates.js';
import { fixture } from './helpers.js';

describe('Phoenix dates', () => {
  it('reads two-digit years with the 1930/2029 pivot and four-digit years as written', () => {
    assert.equal(parsePhoenixDate('091001'), '2009-10-01');
    assert.equal(parsePhoenixDate('000101'), '2000-01-01');
    assert.equal(parsePhoenixDate('510101'), '1951-01-01');
    assert.equal(parsePhoenixDate('890107'), '1989-01-07');
    assert.equal(parsePhoenixDate('19261225'), '1926-12-25');
  });

  it('rejects impossible dates and wrong lengths', () => {
    assert.equal(parsePhoenixDate('9008223'), null);
    assert.equal(parsePhoenixDate('201005011'), null);
    assert.equal(parsePhoenixDate('091301'), null);
    assert.equal(parsePhoenixDate('090230'), null);
  });

  it('round-trips every day from 1930 to 2029 written as yymmdd', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1930-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }), (d) => {
        const iso = d.toISOString().slice(0, 10);
        const yymmdd = iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
        assert.equal(parsePhoenixDate(yymmdd), iso);
      }),
    );
  });

  it('parses [CODE a-b], [CODE >a], [CODE <b] and bare codes', () => {
    assert.deepEqual(parseCodeSpan('JPNELI 510101-000101'), { code: 'JPNELI', start: '1951-01-01', end: '2000-01-01' });
    assert.deepEqual(parseCodeSpan('JPNGOV >091001'), { code: 'JPNGOV', start: '2009-10-01', end: null });
    assert.deepEqual(parseCodeSpan('ARMGOV <911221'), { code: 'ARMGOV', start: null, end: '1991-12-21' });
    assert.deepEqual(parseCodeSpan('IGOUNO'), { code: 'IGOUNO', start: null, end: null });
    assert.deepEqual(parseCodeSpan('EGYGOV > 140608'), { code: 'EGYGOV', start: '2014-06-08', end: null });
    assert.ok('error' in parseCodeSpan('ARMUNR 9008223-911221'));
  });
});

describe('Phoenix dictionary parser', () => {
  const parsed = parsePhoenix(readFileSync(fixture('phoenix-sample.txt'), 'utf8'));
  const entry = (name: string) => parsed.entries.find((e) => e.names[0] === name);

  it('reads entries with their date limits', () => {
    assert.deepEqual(entry('Akihito')?.codes, [
      { code: 'JPNELI', start: '1951-01-01', end: '2000-01-01' },
      { code: 'JPNGOV', start: '1989-01-07', end: null },
      { code: 'JPNELI', start: null, end: null },
    ]);
    assert.deepEqual(entry('Naoto Kan')?.codes, [{ code: 'JPNGOV', start: '2009-10-01', end: null }]);
    assert.deepEqual(entry('Hirohito')?.codes, [{ code: 'JPNGOV', start: '1926-12-25', end: '1989-01-07' }]);
  });

  it('keeps aliases, and gives a name without a code the next code found', () => {
    assert.deepEqual(entry('Kofi Annan')?.names, ['Kofi Annan', 'K. Annan']);
    assert.deepEqual(entry('Kremlin')?.names, ['Kremlin', 'Russian White House']);
    // "U.N._" on the line after "UN_ [IGOUNO]" is another name of it.
    assert.deepEqual(entry('UN')?.names, ['UN', 'U.N.']);
    assert.deepEqual(entry('UN')?.codes.map((c) => c.code), ['IGOUNO']);
  });

  it('gives names waiting for a code the code of the next block, as the dictionaries expect', () => {
    assert.deepEqual(entry('Housing Department')?.names, ['Housing Department', 'Housing Administration', 'Interior Department']);
    assert.deepEqual(entry('Housing Department')?.codes.map((c) => c.code), ['USAGOV']);
  });

  it('expands macros in agent names', () => {
    assert.deepEqual(entry('Policeman')?.names, ['Policeman', 'Policemen', 'Policewoman', 'Policewomen', 'Policeperson']);
    assert.equal(entry('Policeman')?.codes[0]?.code, '~COP');
  });

  it('reports bad lines by number and skips only the bad part', () => {
    const lines = parsed.problems.map((p) => `${p.line}: ${p.message}`);
    assert.ok(lines.some((l) => /^4: alias/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /9008223/.test(l)), lines.join('\n'));
    assert.ok(lines.some((l) => /no code/.test(l) && /No Code At All/.test(l)), lines.join('\n'));
    const bad = entry('Bad Date Person');
    // A code-less name on the line right after an entry is another name of it.
    assert.deepEqual(bad?.names, ['Bad Date Person', 'Bad Date Person Alias', 'Second Name Of Bad Date Person']);
    assert.deepEqual(bad?.codes, [{ code: 'ARMGOV', start: null, end: '1991-12-21' }]);
    assert.equal(entry('Egypt Official Slip')?.codes[0]?.start, '2014-06-08');
  });
});
