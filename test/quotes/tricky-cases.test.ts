import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Quote } from '../../src/doc/layers.js';
import { analyzeQuotes, quoteWith } from './support.js';

// Patterns from real news copy and transcripts. Each case asserts the quote's
// exact span (its text) and its speaker's entity id.

function only(quotes: readonly Quote[], kind: Quote['kind'] = 'direct'): Quote[] {
  return quotes.filter((q) => q.kind === kind);
}

describe('tricky quotes', () => {
  it('keeps a nested single-quoted quote inside the outer quote', () => {
    const { quotes } = analyzeQuotes('“He told me, ‘We will not back down,’ and I believed him,” Senator Jane Ruiz said on Friday.', [
      { text: 'Jane Ruiz', entity: 'ruiz', title: 'Senator' },
    ]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'He told me, ‘We will not back down,’ and I believed him,');
    assert.equal(quotes[0]!.speaker, 'ruiz');
    assert.equal(quotes[0]!.repaired, null);
  });

  it('nests straight single marks in straight double marks, with a title speaker', () => {
    const { quotes } = analyzeQuotes(`"He said 'no' twice, and that was it," the mayor said.`, [{ text: 'the mayor', entity: 'mayor', kind: 'title' }]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, "He said 'no' twice, and that was it,");
    assert.equal(quotes[0]!.speaker, 'mayor');
  });

  it('finds the speaker before the quote, after it (inverted) and inside it', () => {
    const text = [
      'Merkel told reporters in Berlin: “We will stay the course.”',
      '“The talks were candid,” said Foreign Minister Sergei Lavrov.',
      '“We will,” she said, “keep going.”',
    ].join('\n');
    const { quotes } = analyzeQuotes(text, [
      { text: 'Merkel', entity: 'merkel' },
      { text: 'Sergei Lavrov', entity: 'lavrov', title: 'Foreign Minister' },
      { text: 'she', entity: 'merkel', kind: 'pronoun' },
    ]);
    const before = quoteWith(quotes, 'stay the course');
    assert.equal(before.text, 'We will stay the course.');
    assert.equal(before.speaker, 'merkel');
    assert.equal(before.cue?.text, 'told reporters');
    const after = quoteWith(quotes, 'candid');
    assert.equal(after.text, 'The talks were candid,');
    assert.equal(after.speaker, 'lavrov');
    const first = quoteWith(quotes, 'We will,');
    const second = quoteWith(quotes, 'keep going');
    assert.equal(first.text, 'We will,');
    assert.equal(second.text, 'keep going.');
    assert.equal(first.speaker, 'merkel');
    assert.equal(second.speaker, 'merkel');
    assert.equal(second.kind, 'direct', 'the second half continues the quote after the cue');
  });

  it('steps over an aside between the speaker and the verb', () => {
    const { quotes } = analyzeQuotes('“The door is open,” Blinken, who met Motegi on Tuesday, said.', [
      { text: 'Blinken', entity: 'blinken' },
      { text: 'Motegi', entity: 'motegi' },
    ]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'The door is open,');
    assert.equal(quotes[0]!.speaker, 'blinken');
  });

  it('runs a quote over several paragraphs (opening mark on each, closing only at the end)', () => {
    const text = 'Ardern said: “The first thing is safety.\n“The second is that we stay together as a nation.”\nOfficials declined to comment.';
    const { quotes } = analyzeQuotes(text, [{ text: 'Ardern', entity: 'ardern' }]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'The first thing is safety.\n“The second is that we stay together as a nation.');
    assert.equal(quotes[0]!.speaker, 'ardern');
    assert.equal(quotes[0]!.repaired, null);
    assert.match(quotes[0]!.rule, /^multi-paragraph/);
  });

  it('gives a pronoun speaker the entity of a person named two sentences back', () => {
    const text = 'Prime Minister Jacinda Ardern arrived in Christchurch on Saturday. The city was quiet. She told reporters: “This is one of our darkest days.”';
    // Resolved by the actors stage: the pronoun carries the entity.
    const resolved = analyzeQuotes(text, [
      { text: 'Jacinda Ardern', entity: 'ardern', title: 'Prime Minister' },
      { text: 'She', entity: 'ardern', kind: 'pronoun' },
    ]).quotes;
    assert.equal(resolved.length, 1);
    assert.equal(resolved[0]!.text, 'This is one of our darkest days.');
    assert.equal(resolved[0]!.speaker, 'ardern');
    // Left unresolved: the nearest named person before it, with less confidence.
    const unresolved = analyzeQuotes(text, [
      { text: 'Jacinda Ardern', entity: 'ardern', title: 'Prime Minister' },
      { text: 'She', entity: null, kind: 'pronoun' },
    ]).quotes;
    assert.equal(unresolved[0]!.speaker, 'ardern');
    assert.ok(unresolved[0]!.confidence < resolved[0]!.confidence);
  });

  it('does not reach back further than a few sentences for an unresolved pronoun', () => {
    const text = 'Jacinda Ardern arrived on Saturday. The city was quiet. Rain fell. Shops closed. Schools shut. She said: “We grieve.”';
    const { quotes } = analyzeQuotes(text, [
      { text: 'Jacinda Ardern', entity: 'ardern' },
      { text: 'She', entity: null, kind: 'pronoun' },
    ]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.speaker, null);
  });

  it('alternates two speakers in an interview, and stops at the narration after it', () => {
    const text = [
      'Wikinews interviewed the mayor of the town, Anna Berg.',
      'WIKINEWS: What happened on Tuesday?',
      'BERG: The river rose two metres overnight.',
      'WIKINEWS: Were people warned?',
      'BERG: Yes, sirens sounded at midnight.',
      'The interview was edited for length.',
    ].join('\n');
    const { quotes } = analyzeQuotes(text, [
      { text: 'Wikinews', entity: 'wikinews', type: 'ORG' },
      { text: 'WIKINEWS', entity: 'wikinews', type: 'ORG' },
      { text: 'Anna Berg', entity: 'berg' },
      { text: 'BERG', entity: 'berg' },
    ]);
    assert.deepEqual(
      quotes.map((q) => [q.text, q.speaker]),
      [
        ['What happened on Tuesday?', 'wikinews'],
        ['The river rose two metres overnight.', 'berg'],
        ['Were people warned?', 'wikinews'],
        ['Yes, sirens sounded at midnight.', 'berg'],
      ],
    );
  });

  it('reads a State Department transcript: questions from the floor and a multi-paragraph answer', () => {
    const text = 'QUESTION: Mr. Secretary, will you meet Wang Yi?\nSECRETARY BLINKEN: We will meet in Anchorage.\nAnd we will be frank.\nQUESTION: Thank you.';
    const { quotes } = analyzeQuotes(text, [
      { text: 'BLINKEN', entity: 'blinken', title: 'SECRETARY' },
      { text: 'Wang Yi', entity: 'wang' },
    ]);
    assert.deepEqual(
      quotes.map((q) => [q.text, q.speaker]),
      [
        ['Mr. Secretary, will you meet Wang Yi?', null],
        ['We will meet in Anchorage.', 'blinken'],
        ['And we will be frank.', 'blinken'],
        ['Thank you.', null],
      ],
    );
  });

  it('leaves a quote with no speaker at null', () => {
    const { quotes } = analyzeQuotes('“Never again.”\nThose two words were painted on every wall in the town.', []);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'Never again.');
    assert.equal(quotes[0]!.speaker, null);
    assert.equal(quotes[0]!.cue, null);
  });

  it('finds partial quotes and drops marked terms that nobody says', () => {
    const { quotes } = analyzeQuotes('Blinken called the alliance a “cornerstone” of regional peace. The banner at the entrance read “No to war”.', [
      { text: 'Blinken', entity: 'blinken' },
    ]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'cornerstone');
    assert.equal(quotes[0]!.kind, 'partial');
    assert.equal(quotes[0]!.speaker, 'blinken');
    assert.equal(quotes[0]!.cue?.text, 'called');
  });

  it('attributes through "according to" and keeps the continued speaker after "X said."', () => {
    const text = 'According to the ministry, “the talks will resume next week.”\n“We are ready,” the spokesman said. “We have always been ready.”';
    const { quotes } = analyzeQuotes(text, [
      { text: 'ministry', entity: 'mofa', type: 'ORG' },
      { text: 'the spokesman', entity: 'spokesman', kind: 'title' },
    ]);
    assert.equal(quoteWith(quotes, 'resume').speaker, 'mofa');
    assert.equal(quoteWith(quotes, 'We are ready').speaker, 'spokesman');
    const continued = quoteWith(quotes, 'always been ready');
    assert.equal(continued.text, 'We have always been ready.');
    assert.equal(continued.speaker, 'spokesman');
    assert.match(continued.rule, /continued/);
  });

  it('ends a quote missing its closing mark before a sentence of narration', () => {
    const text = '“We will rebuild the bridge by spring. Nothing will stop us. Mayor Anna Berg said the budget was approved on Monday.\nThe council met on Tuesday.';
    const { quotes } = analyzeQuotes(text, [{ text: 'Anna Berg', entity: 'berg', title: 'Mayor' }]);
    const q = quoteWith(quotes, 'rebuild the bridge', 'direct');
    assert.equal(q.text, 'We will rebuild the bridge by spring. Nothing will stop us.');
    assert.match(q.repaired ?? '', /missing closing mark/);
    const reported = quoteWith(quotes, 'budget', 'indirect');
    assert.equal(reported.text, 'the budget was approved on Monday');
    assert.equal(reported.speaker, 'berg');
  });

  it('ends a quote missing its closing mark at the attribution in its sentence, and takes the speaker from it', () => {
    const { quotes } = analyzeQuotes('“We will not back down, Foreign Minister Wang Yi said on Monday. Talks resume next week.', [
      { text: 'Wang Yi', entity: 'wang', title: 'Foreign Minister' },
    ]);
    const q = quoteWith(quotes, 'back down', 'direct');
    assert.equal(q.text, 'We will not back down,');
    assert.equal(q.speaker, 'wang');
    assert.equal(q.repaired, 'missing closing mark: ended before its attribution');
  });

  it('takes the subject of a clause ending in a colon, with less confidence than a speech verb', () => {
    const text = 'Jo Anne Van Tilburg of UCLA disagreed with these findings: “The existence of fresh water seeps is well known.” Van Tilburg said: “We found none.”';
    const { quotes } = analyzeQuotes(text, [
      { text: 'Jo Anne Van Tilburg', entity: 'vantilburg' },
      { text: 'Van Tilburg', entity: 'vantilburg', within: 'Van Tilburg said' },
      { text: 'UCLA', entity: 'ucla', type: 'ORG' },
    ]);
    const colon = quoteWith(quotes, 'fresh water');
    const verb = quoteWith(quotes, 'found none');
    assert.equal(colon.speaker, 'vantilburg');
    assert.match(colon.rule, /colon-intro/);
    assert.equal(verb.speaker, 'vantilburg');
    assert.ok(colon.confidence < verb.confidence);
  });

  it('does not take apostrophes for quote marks', () => {
    const { quotes } = analyzeQuotes('“We’ve seen it’s the Party’s and the leaders’ choice,” he said. O’Neill’s team won in the ’90s.', [
      { text: 'he', entity: 'x', kind: 'pronoun' },
    ]);
    assert.deepEqual(
      quotes.map((q) => q.text),
      ['We’ve seen it’s the Party’s and the leaders’ choice,'],
    );
  });

  it('reads indirect speech with a title subject, a "told … that" cue and a partial quote inside', () => {
    const text = 'The minister added that troops would stay. Austin told reporters that the alliance remained strong. The ministry said in a statement that the talks were “productive and candid” and would resume.';
    const { quotes } = analyzeQuotes(text, [
      { text: 'The minister', entity: 'kishi', kind: 'title' },
      { text: 'Austin', entity: 'austin' },
      { text: 'ministry', entity: 'mofa', type: 'ORG' },
    ]);
    assert.deepEqual(
      only(quotes, 'indirect').map((q) => [q.text, q.speaker, q.cue?.text]),
      [
        ['troops would stay', 'kishi', 'added'],
        ['the alliance remained strong', 'austin', 'told reporters'],
        ['the talks were “productive and candid” and would resume', 'mofa', 'said'],
      ],
    );
    assert.equal(quoteWith(quotes, 'productive and candid', 'partial').speaker, 'mofa');
  });

  it('does not read a quoted person\'s "I said" as the narrator\'s indirect speech', () => {
    const { quotes } = analyzeQuotes('“I said that we would win, and we did,” Berg said.', [{ text: 'Berg', entity: 'berg' }]);
    assert.deepEqual(quotes.map((q) => [q.kind, q.speaker]), [['direct', 'berg']]);
  });
});

describe('speakers among nested mentions', () => {
  it('takes the person, not the country inside the title, before and after the cue', () => {
    const text = '“Our goal is deterrence,” said U.S. Defense Secretary Lloyd Austin. U.S. Defense Secretary Lloyd Austin told reporters: “We will stay.”';
    const { quotes } = analyzeQuotes(text, [
      { text: 'Lloyd Austin', entity: 'austin', title: 'U.S. Defense Secretary' },
      { text: 'U.S.', entity: 'usa', type: 'GPE', kind: 'name' },
    ]);
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker]), [
      ['Our goal is deterrence,', 'austin'],
      ['We will stay.', 'austin'],
    ]);
  });
});
