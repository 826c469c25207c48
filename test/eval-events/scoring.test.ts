// The events suites' scoring on hand-built inputs: none of it needs ../shared or an events stage.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EntityOutput } from '../../src/output/document.js';
import {
  countryOfCode, countryRoot, eventsOf, EventsSeen, matchOneToOne, matchTriples, mostConfident, ploverFrom05, prfCells,
  sideCountries, tripleOf, type EventOutput, type Triple,
} from '../../scripts/eval/events.js';
import { goldDate } from '../../scripts/eval/events-petrarch.js';
import { goldCountry, scoredEvent } from '../../scripts/eval/events-plover.js';
import { cameoAgrees, dateAgrees, exampleFit, type GoldEvent } from '../../scripts/eval/events-example.js';
import { joiningConsult, parseReadoutTitle } from '../../scripts/eval/events-readouts.js';

function event(over: Partial<Omit<EventOutput, 'plover' | 'cameo'>> & { type?: string; mode?: string | null; code?: string; src?: string | null; tgt?: string | null } = {}): EventOutput {
  const { type = 'CONSULT', mode = null, code = '040', src = null, tgt = null, ...rest } = over;
  return {
    id: 'v1',
    plover: { type, mode, context: [] },
    cameo: { code, root: code.slice(0, 2), quad: 1, goldstein: 1, source: src, target: tgt },
    source: [], target: [], date: null, place: null, modality: 'asserted',
    evidence: { start: 0, end: 4, text: 'met' }, confidence: 0.5,
    ...rest,
  };
}

const entity = (id: string, country: string | null, cameo: string | null): EntityOutput =>
  ({ id, type: 'PERSON', name: id, wikidata: null, kbId: null, country, sector: null, cameo, offices: [], description: null, link: {}, mentions: [], nameChecks: [] }) as unknown as EntityOutput;

const t = (source: string, target: string, e: string): Triple => ({ source, target, event: e });

describe('eventsOf', () => {
  it('gives [] and says so when the document has no events field', () => {
    const seen = new EventsSeen();
    assert.deepEqual(eventsOf({}, seen), []);
    assert.deepEqual(eventsOf({ events: undefined }, seen), []);
    assert.equal(seen.missing, 2);
    assert.match(seen.note(), /no events in the output yet/i);
  });

  it('says so too when every events list is empty', () => {
    const seen = new EventsSeen();
    eventsOf({ events: [] }, seen);
    assert.match(seen.note(), /empty in the only document/);
  });

  it('keeps well-formed events and counts the others', () => {
    const seen = new EventsSeen();
    const good = event();
    assert.deepEqual(eventsOf({ events: [good, { plover: 'CONSULT' }, null] }, seen), [good]);
    assert.equal(seen.events, 1);
    assert.equal(seen.malformed, 2);
    assert.match(seen.note(), /1 events read from 1 document; 2 malformed/);
  });

  it('picks the most confident event, the first of equals', () => {
    const a = event({ id: 'a', confidence: 0.7 });
    const b = event({ id: 'b', confidence: 0.9 });
    const c = event({ id: 'c', confidence: 0.9 });
    assert.equal(mostConfident([a, b, c])?.id, 'b');
    assert.equal(mostConfident([]), null);
  });
});

describe('one-to-one matching', () => {
  it('finds the largest matching where greedy choice would not', () => {
    // Gold 0 fits both predictions, gold 1 only the first: a greedy pass gives gold 0 the first and leaves gold 1 out.
    const m = matchOneToOne(['g0', 'g1'], ['p0', 'p1'], (g, p) => (g === 'g0' || p === 'p0' ? 1 : null));
    assert.deepEqual(m.pairs, [[0, 1], [1, 0]]);
    assert.deepEqual(m.unmatchedGold, []);
    assert.deepEqual(m.unmatchedPredicted, []);
  });

  it('uses each prediction once and prefers the higher score', () => {
    const m = matchOneToOne([1], [1, 1, 1], (_g, p) => p);
    assert.equal(m.pairs.length, 1);
    assert.deepEqual(m.unmatchedPredicted, [1, 2]);
    const best = matchOneToOne(['g'], [0.2, 0.9, 0.5], (_g, p) => p);
    assert.deepEqual(best.pairs, [[0, 1]]);
  });

  it('reports what is left on both sides', () => {
    const m = matchOneToOne(['a', 'b'], ['b', 'c'], (g, p) => (g === p ? 1 : null));
    assert.deepEqual(m.pairs, [[1, 0]]);
    assert.deepEqual(m.unmatchedGold, [0]);
    assert.deepEqual(m.unmatchedPredicted, [1]);
  });
});

describe('CAMEO triples', () => {
  it('makes one triple per event from its CAMEO codes, upper-cased, unknown as empty', () => {
    assert.deepEqual(tripleOf(event({ src: 'usagov', tgt: null, code: '036' })), t('USAGOV', '', '036'));
    assert.deepEqual(tripleOf(event({ src: ' JPN ', tgt: '', code: '0871' })), t('JPN', '', '0871'));
  });

  it('matches triples exactly and one to one', () => {
    const gold = [t('USA', 'RUS', '040'), t('RUS', 'USA', '040')];
    const m = matchTriples(gold, [t('USA', 'RUS', '040'), t('USA', 'RUS', '040')]);
    assert.equal(m.pairs.length, 1);
    assert.deepEqual(m.unmatchedGold, [1]);
    assert.deepEqual(m.unmatchedPredicted, [1]);
  });

  it('never matches an empty code, even against an empty gold code', () => {
    assert.equal(matchTriples([t('USA', '', '040')], [t('USA', '', '040')]).pairs.length, 0);
    assert.equal(matchTriples([t('USA', 'RUS', '040')], [t('USA', 'RUS', '')]).pairs.length, 0);
  });

  it('reduces to country + root', () => {
    assert.deepEqual(countryRoot(t('USAGOV', 'IGOUNOMIL', '0352')), t('USA', 'IGO', '03'));
    assert.deepEqual(countryRoot(t('---REB', '', '1124')), t('---', '', '11'));
    const gold = [t('IRQGOVMIL', 'SYRREB', '190')].map(countryRoot);
    assert.equal(matchTriples(gold, [t('IRQMIL', 'SYR', '195')].map(countryRoot)).pairs.length, 1);
    assert.equal(matchTriples(gold, [t('IRQMIL', 'SYR', '180')].map(countryRoot)).pairs.length, 0);
  });

  it('scores with no predictions as recall 0, F1 0 and no precision', () => {
    assert.deepEqual(prfCells({ tp: 0, fp: 0, fn: 3 }), ['-', 0, 0]);
    assert.deepEqual(prfCells({ tp: 1, fp: 1, fn: 0 }), [0.5, 1, 2 / 3]);
  });

  it('reads the gold dates', () => {
    assert.equal(goldDate('20080806'), '2008-08-06');
    assert.equal(goldDate('121108'), '2012-11-08');
    assert.equal(goldDate(''), null);
  });
});

describe('PLOVER 0.5 labels and actors', () => {
  it('maps the renamed and folded types', () => {
    assert.deepEqual(ploverFrom05('DEMAND'), { type: 'REQUEST', mode: null });
    assert.deepEqual(ploverFrom05('DISAPPROVE'), { type: 'ACCUSE', mode: null });
    assert.deepEqual(ploverFrom05('FIGHT'), { type: 'ASSAULT', mode: null });
    assert.deepEqual(ploverFrom05('INVESTIGATE'), { type: 'ACCUSE', mode: 'investigate' });
    assert.deepEqual(ploverFrom05('agree'), { type: 'AGREE', mode: null });
    assert.deepEqual(ploverFrom05('ASSAULT'), { type: 'ASSAULT', mode: null });
  });

  it('reads country codes', () => {
    assert.equal(countryOfCode('USAGOV'), 'USA');
    assert.equal(countryOfCode('---GOV'), '');
    assert.equal(countryOfCode(null), '');
    assert.equal(goldCountry('JAP'), 'JPN');
    assert.equal(goldCountry('IGO'), 'IGO');
  });

  it('collects a side\'s countries from its CAMEO code and its entities', () => {
    const entities = [entity('e1', 'JPN', 'JPNGOV'), entity('e2', null, 'IGOUNO')];
    const e = event({ src: 'USAGOV', tgt: null, source: ['e1'], target: ['e2'] });
    assert.deepEqual([...sideCountries(entities, e, 'source')].sort(), ['JPN', 'USA']);
    assert.deepEqual([...sideCountries(entities, e, 'target')], ['IGO']);
  });

  it('scores actors on the most confident event of the gold type, else the most confident', () => {
    const a = event({ id: 'a', type: 'ACCUSE', confidence: 0.9 });
    const b = event({ id: 'b', type: 'REQUEST', confidence: 0.4 });
    const c = event({ id: 'c', type: 'REQUEST', confidence: 0.6 });
    assert.equal(scoredEvent([a, b, c], 'REQUEST')?.id, 'c');
    assert.equal(scoredEvent([a, b, c], 'AGREE')?.id, 'a');
    assert.equal(scoredEvent([], 'AGREE'), null);
  });
});

describe('the reference article\'s gold events', () => {
  const who = (name: string) => new Set({ Blinken: ['e1'], Motegi: ['e2'], Austin: ['e3'], Kishi: ['e4'] }[name] ?? []);

  it('fits by type and participants (at least two) or by source', () => {
    const meet: GoldEvent = { what: 'meet', plover: 'CONSULT', participants: ['Blinken', 'Motegi', 'Austin', 'Kishi'] };
    assert.equal(exampleFit(meet, event({ source: ['e1', 'e2'] }), who), 2);
    assert.equal(exampleFit(meet, event({ source: ['e1'], target: ['e2', 'e3', 'e4'] }), who), 4);
    assert.equal(exampleFit(meet, event({ source: ['e1'] }), who), null);
    assert.equal(exampleFit(meet, event({ type: 'AGREE', source: ['e1', 'e2'] }), who), null);
    const accuse: GoldEvent = { what: 'accuse', plover: 'ACCUSE', source: 'Austin' };
    assert.equal(exampleFit(accuse, event({ type: 'ACCUSE', source: ['e3'] }), who), 1);
    assert.equal(exampleFit(accuse, event({ type: 'ACCUSE', target: ['e3'] }), who), null);
  });

  it('checks CAMEO codes and roots, and dates', () => {
    assert.equal(cameoAgrees({ what: '', plover: 'SUPPORT', cameo: '051' }, '051'), true);
    assert.equal(cameoAgrees({ what: '', plover: 'SUPPORT', cameo: '051' }, '0511'), false);
    assert.equal(cameoAgrees({ what: '', plover: 'CONSULT', cameo_root: '04 or 036' }, '0361'), true);
    assert.equal(cameoAgrees({ what: '', plover: 'CONSULT', cameo_root: '04 or 036' }, '043'), true);
    assert.equal(cameoAgrees({ what: '', plover: 'CONSULT', cameo_root: '04 or 036' }, '030'), false);
    assert.equal(cameoAgrees({ what: '', plover: 'CONSULT' }, '040'), null);
    const day: GoldEvent = { what: '', plover: 'CONSULT', date: '2021-03-16' };
    assert.equal(dateAgrees(day, { start: '2021-03-16', end: '2021-03-16', precision: 'day', from: null }), true);
    assert.equal(dateAgrees(day, { start: '2021-03-01', end: '2021-03-31', precision: 'month', from: null }), false);
    assert.equal(dateAgrees(day, null), false);
    const span: GoldEvent = { what: '', plover: 'CONSULT', date_between: ['2021-04-01', '2021-04-10'] };
    assert.equal(dateAgrees(span, { start: '2021-04-01', end: '2021-04-10', precision: 'span', from: null }), true);
    assert.equal(dateAgrees(span, { start: '2021-04-01', end: '2021-04-30', precision: 'month', from: null }), false);
    assert.equal(dateAgrees({ what: '', plover: 'ACCUSE' }, null), null);
  });
});

describe('readouts', () => {
  it('reads the official, the kind and the counterpart from a title', () => {
    assert.deepEqual(parseReadoutTitle('Secretary Blinken’s Call with Turkish Foreign Minister Çavuşoğlu'), {
      kind: 'call', official: 'Secretary Blinken', officialName: 'Blinken', counterpart: 'Turkish Foreign Minister Çavuşoğlu', counterpartName: 'Çavuşoğlu',
    });
    assert.equal(parseReadoutTitle('Deputy Secretary\u00a0Sherman’s Meeting with Israeli Alternate Prime Minister and Foreign Minister Lapid')?.counterpartName, 'Lapid');
    assert.equal(parseReadoutTitle('Secretary Blinken’s Meeting with Foreign Minister Solano of Costa Rica, Foreign Minister Álvarez of the Dominican Republic')?.counterpartName, 'Solano');
    assert.equal(parseReadoutTitle('Secretary Blinken’s Meeting with Jordanian King Abdullah II')?.counterpartName, 'Abdullah');
    assert.equal(parseReadoutTitle('Secretary Blinken’s Calls with Israeli Foreign Minister Ashkenazi')?.kind, 'call');
  });

  it('leaves out groups and other titles', () => {
    assert.equal(parseReadoutTitle('Deputy Secretary Sherman’s Call with French, German, Italian, and UK Counterparts'), null);
    assert.equal(parseReadoutTitle('Secretary Blinken’s Meeting with U.S. Labor Leaders'), null);
    assert.equal(parseReadoutTitle('Secretary Antony J. Blinken At a Meeting with Ukrainian Civil Society'), null);
  });

  it('joins the two by a CONSULT event: one a source, the other a source or target', () => {
    const us = new Set(['e1']);
    const them = new Set(['e2']);
    assert.equal(joiningConsult([event({ source: ['e1'], target: ['e2'] })], us, them)?.id, 'v1');
    assert.equal(joiningConsult([event({ source: ['e2', 'e1'] })], us, them)?.id, 'v1');
    assert.equal(joiningConsult([event({ source: ['e2'], target: ['e1'] })], us, them)?.id, 'v1');
    assert.equal(joiningConsult([event({ target: ['e1', 'e2'] })], us, them), null);
    assert.equal(joiningConsult([event({ type: 'AGREE', source: ['e1'], target: ['e2'] })], us, them), null);
    // One entity for both names (a clustering slip) does not join them.
    assert.equal(joiningConsult([event({ source: ['e3'] })], new Set(['e3']), new Set(['e3'])), null);
    const best = joiningConsult([event({ id: 'a', source: ['e1'], target: ['e2'], confidence: 0.3 }), event({ id: 'b', source: ['e1'], target: ['e2'], confidence: 0.8 })], us, them);
    assert.equal(best?.id, 'b');
  });
});
