import type { Proposal } from '../doc/annotation.js';
import type { Sentence, Token } from '../doc/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { SENTENCE_REFINERS } from './sentence-refiners.js';
import { tokenColumns } from './tokenize.js';
import { registerTokenSurfaces } from '../doc/token-text.js';

const STAGE = 'sentences';

export const sentencesStage: Stage = {
  name: STAGE,
  description: 'tokens with parts of speech and sentence boundaries (wink-nlp, one block at a time)',
  requires: ['blocks'],
  adds: ['sentences', 'tokens'],
  run(doc, { resources }) {
    const sentences: Proposal<Sentence>[] = [];
    const tokens: Proposal<Token>[] = [];
    const surfaces: string[] = [];
    doc.layer('blocks').forEach((block, blockIndex) => {
      if (block.kind === 'boilerplate') return;
      const span = tokenColumns(resources.nlp, doc.slice(block), block.start);
      const { starts, ends, values, pos, types } = span;
      if (starts.length === 0) return;
      let ranges = span.sentences;
      for (const refine of SENTENCE_REFINERS) ranges = refine(ranges, span);
      // Each proposal is made with the `stage` the runner stamps on it (the same value): a property added to an
      // object after it is made is stored outside it, one more allocation for each of a million tokens.
      for (const [first, last] of ranges) {
        const sentence = { start: starts[first]!, end: ends[last]!, block: blockIndex, rule: 'wink-sbd', stage: STAGE };
        sentences.push(sentence);
      }
      for (let i = 0; i < starts.length; i++) {
        if (ends[i]! > starts[i]!) {
          const token = { start: starts[i]!, end: ends[i]!, pos: pos[i]!, type: types[i]!, rule: 'wink-tokenizer', stage: STAGE };
          tokens.push(token);
          surfaces.push(values[i]!);
        }
      }
    });
    registerTokenSurfaces(tokens, doc.text, surfaces);
    return { layers: { sentences, tokens } };
  },
};
