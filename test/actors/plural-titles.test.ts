import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sharedAnalyzer } from '../helpers.js';

/** Names of the persons with a plural-title mention at the phrase's head word. */
function membersOf(text: string, head: string, date = '2021-03-16'): string[] {
  const out = sharedAnalyzer().analyze({ text }, { date });
  const at = out.text.lastIndexOf(head);
  return out.entities.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.start === at && m.rule.startsWith('plural-title'))).map((e) => e.name).sort();
}

describe('plural titles', () => {
  const met = 'Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in Tokyo. ';
  it('"the two foreign ministers" are the foreign ministers already named', () => {
    assert.deepEqual(membersOf(`${met}The two foreign ministers spoke to the press.`, 'ministers'), ['Antony Blinken', 'Toshimitsu Motegi']);
  });
  it('without a count, at least two such persons', () => {
    assert.deepEqual(membersOf(`${met}The foreign ministers spoke to the press.`, 'ministers'), ['Antony Blinken', 'Toshimitsu Motegi']);
  });
  it('a count that does not match leaves the title unresolved', () => {
    assert.deepEqual(membersOf(`${met}The three foreign ministers spoke to the press.`, 'ministers'), []);
  });
  it('only persons of that office: the defence ministers are not the foreign ministers', () => {
    assert.deepEqual(membersOf(`${met}The defence ministers spoke to the press.`, 'ministers'), []);
  });
});
