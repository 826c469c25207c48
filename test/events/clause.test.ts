import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAgent, findSubject, findTarget, isPassive } from '../../src/events/clause.js';
import { coordinatedRight, entitiesOf } from '../../src/events/coordination.js';
import { at, tagged } from './support.js';

describe('clause walks', () => {
  it('takes a coordinated subject and a target after "with", across a place and a date', () => {
    const v = tagged('Blinken/PROPN and/CCONJ Sullivan/PROPN are/AUX expected/VERB to/PART meet/VERB later/ADV this/DET week/NOUN in/ADP Anchorage/PROPN ,/PUNCT with/ADP Yang/PROPN Jiechi/PROPN ./PUNCT',
      [{ words: 'Blinken', entities: ['e1'] }, { words: 'Sullivan', entities: ['e2'] }, { words: 'Yang Jiechi', entities: ['e3'] }]);
    const meet = at(v, 'meet');
    assert.deepEqual(entitiesOf(v, findSubject(v, meet)), ['e1', 'e2']);
    assert.deepEqual(entitiesOf(v, findTarget(v, meet + 1)), ['e3']);
  });

  it('reads a relative pronoun back to its antecedent', () => {
    const v = tagged('in/ADP the/DET Party/PROPN ,/PUNCT which/PRON poses/VERB a/DET threat/NOUN', [{ words: 'Party', entities: ['e1'] }]);
    // "Party" is governed by "in", so only the relative pronoun makes it the subject.
    assert.deepEqual(entitiesOf(v, findSubject(v, at(v, 'poses'))), ['e1']);
  });

  it('skips owners and objects of prepositions when looking for a subject', () => {
    const v = tagged('Kan/PROPN visited/VERB the/DET US/PROPN and/CCONJ his/PRON trip/NOUN to/ADP Paris/PROPN ended/VERB', [
      { words: 'Kan', entities: ['e1'] }, { words: 'US', entities: ['e2'] }, { words: 'his', entities: ['e1'], possessive: true, indirect: true }, { words: 'Paris', entities: ['e3'] },
    ]);
    assert.deepEqual(entitiesOf(v, findSubject(v, at(v, 'ended'))), ['e1']);
  });

  it('stops a subject search at a complement clause', () => {
    const v = tagged('Blinken/PROPN said/VERB that/SCONJ the/DET attack/NOUN killed/VERB Wang/PROPN', [{ words: 'Blinken', entities: ['e1'] }, { words: 'Wang', entities: ['e2'] }]);
    assert.deepEqual(findSubject(v, at(v, 'killed')), []);
  });

  it('reads "it"/"they" opening the "that" clause of a verb of declaring as that verb\'s subject', () => {
    const v = tagged('Chile/PROPN announced/VERB on/ADP Monday/PROPN that/SCONJ it/PRON would/AUX close/VERB the/DET border/NOUN', [{ words: 'Chile', entities: ['e1'] }]);
    assert.deepEqual(entitiesOf(v, findSubject(v, at(v, 'close'))), ['e1']);
    // Not after a verb that declares nothing, nor across an actor between.
    const w = tagged('Chile/PROPN feared/VERB that/SCONJ it/PRON would/AUX close/VERB the/DET border/NOUN', [{ words: 'Chile', entities: ['e1'] }]);
    assert.deepEqual(findSubject(w, at(w, 'close')), []);
  });

  it('reads a quantity\'s approximation ("up to", "about", "more than") as part of the subject, not its governor', () => {
    for (const words of ['Up/ADP to/ADP', 'About/ADP', 'More/ADJ than/ADP']) {
      const v = tagged(`${words} 1,000/NUM ethnic/ADJ Turks/PROPN began/VERB a/DET strike/NOUN`, [{ words: 'Turks', entities: ['e1'] }]);
      assert.deepEqual(entitiesOf(v, findSubject(v, at(v, 'began'))), ['e1'], words);
    }
    // A preposition that is no approximation still governs: "to 1,000 Turks" is an object.
    const w = tagged('Chile/PROPN sent/VERB aid/NOUN to/ADP 1,000/NUM Turks/PROPN', [{ words: 'Chile', entities: ['e2'] }, { words: 'Turks', entities: ['e1'] }]);
    assert.deepEqual(entitiesOf(w, findTarget(w, at(w, 'sent') + 1)), ['e1']);
  });

  it('an object pronoun before "to" is the doer of the verb after it, not the clause subject', () => {
    const v = tagged('Chile/PROPN wants/VERB him/PRON to/PART resign/VERB', [{ words: 'Chile', entities: ['e1'] }]);
    assert.deepEqual(findSubject(v, at(v, 'resign')), []);
    const w = tagged('Chile/PROPN asked/VERB him/PRON to/PART resign/VERB', [{ words: 'Chile', entities: ['e1'] }, { words: 'him', entities: ['e2'], indirect: true }]);
    assert.deepEqual(entitiesOf(w, findSubject(w, at(w, 'resign'))), ['e2']);
    const x = tagged('Chile/PROPN wants/VERB to/PART resign/VERB', [{ words: 'Chile', entities: ['e1'] }]);
    assert.deepEqual(entitiesOf(x, findSubject(x, at(x, 'resign'))), ['e1']);
  });

  it('reads past a short form in brackets to the name it abbreviates', () => {
    const v = tagged('The/DET Andean/PROPN Community/PROPN (/PUNCT CAN/PROPN )/PUNCT forum/NOUN has/AUX agreed/VERB', [{ words: 'Andean Community', entities: ['e1'] }]);
    assert.deepEqual(entitiesOf(v, findSubject(v, at(v, 'agreed'))), ['e1']);
    // A bracketed clause is no short form: the search stops there.
    const w = tagged('Chile/PROPN (/PUNCT which/PRON had/AUX refused/VERB )/PUNCT agreed/VERB', [{ words: 'Chile', entities: ['e1'] }]);
    assert.deepEqual(findSubject(w, at(w, 'agreed')), []);
  });

  it('finds no target across another verb', () => {
    const v = tagged('Washington/PROPN demonstrated/VERB a/DET willingness/NOUN to/PART engage/VERB with/ADP Beijing/PROPN', [{ words: 'Washington', entities: ['e1'] }, { words: 'Beijing', entities: ['e2'] }]);
    assert.deepEqual(findTarget(v, at(v, 'demonstrated') + 1), []);
    assert.deepEqual(entitiesOf(v, findTarget(v, at(v, 'engage') + 1)), ['e2']);
  });

  it('skips an apposition inside a list', () => {
    const v = tagged('with/ADP Yang/PROPN ,/PUNCT a/DET member/NOUN of/ADP the/DET Bureau/PROPN ,/PUNCT and/CCONJ Wang/PROPN ./PUNCT', [
      { words: 'Yang', entities: ['e1'] }, { words: 'Bureau', entities: ['e9'] }, { words: 'Wang', entities: ['e2'] },
    ]);
    assert.deepEqual(entitiesOf(v, coordinatedRight(v, 0)), ['e1', 'e2']);
  });

  it('ends a list at a conjunction: a name after a bare comma is no member, unless a comma closes it as an apposition', () => {
    const reports = tagged('against/ADP Hamas/PROPN militants/NOUN ,/PUNCT Reuters/PROPN reports/NOUN ./PUNCT', [
      { words: 'Hamas militants', entities: ['e1'] }, { words: 'Reuters', entities: ['e2'] },
    ]);
    assert.deepEqual(entitiesOf(reports, coordinatedRight(reports, 0)), ['e1']);
    const list = tagged('with/ADP Peru/PROPN ,/PUNCT Bolivia/PROPN ,/PUNCT and/CCONJ Chile/PROPN ./PUNCT', [
      { words: 'Peru', entities: ['e1'] }, { words: 'Bolivia', entities: ['e2'] }, { words: 'Chile', entities: ['e3'] },
    ]);
    assert.deepEqual(entitiesOf(list, coordinatedRight(list, 0)), ['e1', 'e2', 'e3']);
    const renamed = tagged('with/ADP the/DET Emir/PROPN ,/PUNCT Sheikh/PROPN Tamim/PROPN ,/PUNCT in/ADP Doha/PROPN', [
      { words: 'Emir', entities: ['e1'] }, { words: 'Sheikh Tamim', entities: ['e2'] }, { words: 'Doha', entities: ['e3'] },
    ]);
    assert.deepEqual(entitiesOf(renamed, coordinatedRight(renamed, 0)), ['e1', 'e2']);
  });

  it('sees a passive and its "by" agent', () => {
    const v = tagged('The/DET ministers/NOUN were/AUX joined/VERB by/ADP U.S./PROPN Defense/PROPN Secretary/PROPN Austin/PROPN and/CCONJ Kishi/PROPN', [
      { words: 'ministers', entities: ['e1', 'e2'] }, { words: 'Defense Secretary Austin', entities: ['e3'] }, { words: 'Kishi', entities: ['e4'] },
    ]);
    const joined = at(v, 'joined');
    assert.ok(isPassive(v, joined));
    assert.deepEqual(entitiesOf(v, findAgent(v, joined + 1)), ['e3', 'e4']);
    assert.ok(!isPassive(tagged('They/PRON are/AUX meeting/VERB'), 2));
  });
});
