import type { Stage } from '../pipeline/stage.js';
import { collectQuotes } from './collect.js';

/**
 * Quotes, their speakers and indirect speech. Reads the actors' `mentions`:
 * a speaker is the entity id of the mention that is the cue's subject.
 */
export const quotesStage: Stage = {
  name: 'quotes',
  description: 'direct, partial and indirect quotes with cue, speaker and channel; broken quote marks repaired within paragraphs',
  requires: ['blocks', 'sentences', 'tokens', 'mentions'],
  adds: ['quotes'],
  run(doc) {
    const quotes = collectQuotes({
      text: doc.text,
      blocks: doc.layer('blocks'),
      sentences: doc.layer('sentences'),
      tokens: doc.layer('tokens'),
      mentions: doc.layer('mentions'),
    });
    return { layers: { quotes } };
  },
};
