import type { Block, Mention, Sentence, Token } from '../../src/doc/layers.js';
import type { QuotesInput } from '../../src/quotes/collect.js';
import { roughSentences } from '../../src/quotes/spans.js';

/**
 * Layers for `collectQuotes` built without wink-nlp, for inputs too large to
 * tag in a test (megabytes): lines are body blocks, tokens are runs of letters
 * or single other characters, tagged by a few fixed rules, and every
 * occurrence of a listed name is a mention. Linear, so only the code under
 * test can make a test slow.
 */
export function syntheticInput(text: string, names: ReadonlyMap<string, string>): QuotesInput {
  const blocks: Block[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      if (i > start) blocks.push({ start, end: i, kind: 'body', stage: 'test', rule: 'line' });
      start = i + 1;
    }
  }
  const sentences: Sentence[] = roughSentences(text, blocks).map((s) => ({ ...s, block: 0, stage: 'test', rule: 'rough' }));
  const tokens: Token[] = [];
  const mentions: Mention[] = [];
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    let j = i + 1;
    if (/\p{L}/u.test(ch)) while (j < text.length && /\p{L}/u.test(text[j]!)) j++;
    const word = text.slice(i, j);
    const pos = /\p{L}/u.test(ch) ? (VERBS.has(word) ? 'VERB' : /\p{Lu}/u.test(ch) ? 'PROPN' : 'NOUN') : 'PUNCT';
    tokens.push({ start: i, end: j, pos, type: pos === 'PUNCT' ? 'punctuation' : 'word', stage: 'test', rule: 'synthetic' });
    const entity = names.get(word);
    if (entity !== undefined) {
      const kind = word.toLowerCase() === word || word === 'He' ? 'pronoun' : 'name';
      mentions.push({ start: i, end: j, text: word, kind, type: 'PERSON', entity, title: null, caption: false, stage: 'test', rule: 'synthetic' });
    }
    i = j;
  }
  return { text, blocks, sentences, tokens, mentions };
}

const VERBS = new Set(['said', 'told', 'works', 'is', 'added', 'will']);
