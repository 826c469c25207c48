import type { Stage } from '../pipeline/stage.js';
import { findDates, type TextSpan } from './find-dates.js';

/**
 * The dates stage: every date expression in the article's sentences, except
 * those in page boilerplate, resolved against the article's date. Captions,
 * titles and datelines count ("Jan. 8, 2021" stands in a photo caption).
 */
export const datesStage: Stage = {
  name: 'dates',
  description: 'Finds date expressions and resolves them against the article date as ISO ranges with a precision.',
  requires: ['blocks', 'sentences', 'articleDate'],
  adds: ['dates'],
  run(doc) {
    const blocks = doc.layer('blocks');
    const spans: TextSpan[] = doc
      .layer('sentences')
      .filter((s) => blocks[s.block]?.kind !== 'boilerplate');
    const articleDate = doc.attribute('articleDate');
    return { layers: { dates: findDates(doc.text, spans, articleDate?.value ?? null) } };
  },
};
