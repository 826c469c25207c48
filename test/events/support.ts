/**
 * Hand-built sentences for the events stage's parts: tokens written as
 * "word/POS" and actors given by their token ranges, so a test states exactly
 * what the tagger and the actors stage would have said.
 */
import type { ActorSpan, SentenceView, ViewToken } from '../../src/events/sentence-view.js';
import { normalOf } from '../../src/events/sentence-view.js';

export interface TaggedActor {
  /** The actor's words as they stand in the sentence ("Wang Yi"). */
  readonly words: string;
  readonly entities: readonly string[];
  readonly possessive?: boolean;
  readonly indirect?: boolean;
}

/** "Blinken/PROPN met/VERB Wang/PROPN Yi/PROPN ./PUNCT" with actors found by their words (first occurrence after the previous actor). */
export function tagged(sentence: string, actors: readonly TaggedActor[] = []): SentenceView {
  const tokens: ViewToken[] = [];
  let offset = 0;
  for (const item of sentence.split(' ')) {
    const slash = item.lastIndexOf('/');
    const text = item.slice(0, slash);
    tokens.push({ text, normal: normalOf(text), start: offset, end: offset + text.length, pos: item.slice(slash + 1) });
    offset += text.length + 1;
  }
  const spans: ActorSpan[] = [];
  let from = 0;
  for (const a of actors) {
    const words = a.words.split(' ');
    let first = from;
    while (first < tokens.length && !words.every((w, k) => tokens[first + k]?.text === w)) first++;
    if (first >= tokens.length) throw new Error(`actor '${a.words}' not in the sentence`);
    const last = first + words.length;
    spans.push({
      first, last, start: tokens[first]!.start, end: tokens[last - 1]!.end, entities: a.entities, type: 'PERSON', kind: 'name',
      indirect: a.indirect ?? false, possessive: a.possessive ?? false,
    });
    from = last;
  }
  const actorAt = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) actorAt[i] = k;
  });
  return { index: 0, start: 0, end: offset, tokens, actors: spans, actorAt };
}

/** The index of the first token with this text. */
export function at(view: SentenceView, word: string): number {
  const i = view.tokens.findIndex((t) => t.text === word);
  if (i < 0) throw new Error(`'${word}' not in the sentence`);
  return i;
}
