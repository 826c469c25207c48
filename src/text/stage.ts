import type { Proposal } from '../doc/annotation.js';
import type { Sentence, Token } from '../doc/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { SENTENCE_REFINERS } from './sentence-refiners.js';
import { tokenizeSpan } from './tokenize.js';

export const sentencesStage: Stage = {
  name: 'sentences',
  description: 'tokens with parts of speech and sentence boundaries (wink-nlp, one block at a time)',
  requires: ['blocks'],
  adds: ['sentences', 'tokens'],
  run(doc, { resources }) {
    const sentences: Proposal<Sentence>[] = [];
    const tokens: Proposal<Token>[] = [];
    doc.layer('blocks').forEach((block, blockIndex) => {
      if (block.kind === 'boilerplate') return;
      const span = tokenizeSpan(resources.nlp, doc.slice(block), block.start);
      if (span.tokens.length === 0) return;
      let ranges = span.sentences;
      for (const refine of SENTENCE_REFINERS) ranges = refine(ranges, span.tokens);
      for (const [first, last] of ranges) {
        sentences.push({ start: span.tokens[first]!.start, end: span.tokens[last]!.end, block: blockIndex, rule: 'wink-sbd' });
      }
      for (const t of span.tokens) {
        if (t.end > t.start) tokens.push({ start: t.start, end: t.end, pos: t.pos, type: t.type, rule: 'wink-tokenizer' });
      }
    });
    return { layers: { sentences, tokens } };
  },
};
