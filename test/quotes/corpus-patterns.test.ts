import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeQuotes } from './support.js';

// Regressions from a hand check of the State Department releases in
// ../shared/corpus: each test is named after the pattern that went wrong.

describe('patterns from State Department releases', () => {
  it('attributes an epigraph quote to the dash line under it', () => {
    const text = 'Office of the Spokesperson\n\n“Congratulations, Prime Minister Mario Draghi. I look forward to working with you.”\n\n– President Joseph R. Biden, February 13, 2021';
    const { quotes } = analyzeQuotes(text, [
      { text: 'Mario Draghi', entity: 'draghi', title: 'Prime Minister' },
      { text: 'Joseph R. Biden', entity: 'biden', title: 'President' },
    ]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'Congratulations, Prime Minister Mario Draghi. I look forward to working with you.');
    assert.equal(quotes[0]!.speaker, 'biden');
    assert.match(quotes[0]!.rule, /dash-line/);
  });

  it('takes marked names, themes and defined terms for terms, not quotes', () => {
    const text = [
      'The partnership with U.S. firm NuScale Power LLC (“NuScale”) was announced today.',
      '“We Grow Security” also creates a new kind of relationship.',
      'The Assistant Secretary will also meet with Ambassador C.B. “Sully” Sullenberger.',
      'The conference took place under the theme, “Shared Values: Building Green and Inclusive Future.” Part One took place in May.',
      'At the conference on “Supporting the Future of Syria,” Ambassador Linda Thomas-Greenfield announced new aid.',
      'The Secretary condemned the so-called “referendums” in occupied Ukraine.',
    ].join('\n');
    const { quotes } = analyzeQuotes(text, [{ text: 'Linda Thomas-Greenfield', entity: 'ltg', title: 'Ambassador' }]);
    assert.deepEqual(quotes.map((q) => q.text), []);
  });

  it('does not read "to say", "can say", "let me say" or a possessive as reported speech', () => {
    const text = [
      'Many states voted for the resolution in the UN General Assembly, to say that this invasion should stop.',
      'The Haitian people can confidently say the murder was not met with impunity.',
      'First, let me say it is always a pleasure to visit.',
      'This directly contradicts Russia’s claimed commitment to diplomacy.',
    ].join('\n');
    const { quotes } = analyzeQuotes(text, [{ text: 'Russia', entity: 'russia', type: 'GPE' }]);
    assert.deepEqual(quotes.map((q) => q.text), []);
  });

  it('tells a reported clause from an object with a relative clause', () => {
    const text = 'The Secretary noted the critical role that Botswana plays in the region. The Secretary noted that Botswana plays a critical role. Blinken underscored the commitment to work with Haiti.';
    const { quotes } = analyzeQuotes(text, [
      { text: 'The Secretary', entity: 'blinken', kind: 'title' },
      { text: 'Blinken', entity: 'blinken' },
      { text: 'Botswana', entity: 'botswana', type: 'GPE' },
    ]);
    assert.deepEqual(quotes.map((q) => [q.kind, q.text, q.speaker]), [['indirect', 'Botswana plays a critical role', 'blinken']]);
  });

  it('does not take a name for a cue ("Muhammad Said")', () => {
    const text = 'The removal of ISIS leader Muhammad Said Abd al-Rahman al-Mawla from the battlefield was a blow.';
    const { quotes } = analyzeQuotes(text, [{ text: 'Muhammad Said Abd al-Rahman al-Mawla', entity: 'mawla' }]);
    assert.deepEqual(quotes, []);
  });
});
