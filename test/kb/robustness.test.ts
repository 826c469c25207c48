import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { normalizeName, osaDistance } from '../../src/kb/normalize.js';
import { parsePhoenix } from '../../src/kb/phoenix/parse.js';
import { parseCsv } from '../../scripts/kb/csv.js';
import { bundledKb } from './helpers.js';

const kb = bundledKb();
after(() => kb.close());

describe('invariants', () => {
  it('normalizeName is idempotent', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (s) => normalizeName(normalizeName(s)) === normalizeName(s)));
  });

  it('osaDistance is symmetric, zero only for equal strings, and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = osaDistance(a, b);
        assert.equal(d, osaDistance(b, a));
        assert.equal(d === 0, a === b);
        assert.ok(d <= Math.max(a.length, b.length));
      }),
    );
  });

  it('holders never return a term that does not cover the date asked', () => {
    const days = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2026-08-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.constantFrom('USA', 'JPN', 'CHN', 'DEU', 'GBR', 'RUS'), fc.constantFrom('Prime Minister', 'Foreign Minister', 'President'), days, (country, post, date) => {
        for (const h of kb.holders({ country, post, date })) {
          assert.ok(!h.start || h.start.slice(0, 4) <= date.slice(0, 4), `${h.name} starts ${h.start}, asked ${date}`);
          assert.ok(!h.end || h.end.slice(0, 4) >= date.slice(0, 4), `${h.name} ends ${h.end}, asked ${date}`);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('adversarial input stays fast', () => {
  const timed = (f: () => unknown): number => {
    const t = performance.now();
    f();
    return performance.now() - t;
  };

  it('resolve on 100k-character phrases of quotes, dots and capitals', () => {
    for (const text of ["'".repeat(100_000) + 'a', '.'.repeat(100_000) + 'x', 'A '.repeat(20_000), `${'x'.repeat(100_000)}.`]) {
      assert.ok(timed(() => kb.resolve(text)) < 3000);
    }
  });

  it('Phoenix and CSV parsers on long, broken lines', () => {
    const phoenix = `${'[['.repeat(50_000)}\n+${'_'.repeat(100_000)}\nNAME ${'['.repeat(50_000)} [CODE ${'>'.repeat(10_000)}]\n`;
    assert.ok(timed(() => parsePhoenix(phoenix)) < 2000);
    assert.ok(timed(() => parseCsv('"'.repeat(200_001))) < 2000);
  });
});
