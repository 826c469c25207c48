import { Doc } from '../../src/doc/doc.js';
import type { Quote } from '../../src/doc/layers.js';
import type { DocMeta } from '../../src/doc/meta.js';
import { Pipeline } from '../../src/pipeline/runner.js';
import { quotesStage } from '../../src/quotes/stage.js';
import { structureStage } from '../../src/structure/stage.js';
import { sentencesStage } from '../../src/text/stage.js';
import { sharedAnalyzer } from '../helpers.js';
import { mentionsFixtureStage, type MentionSpec } from './mentions-fixture.js';

export const meta: DocMeta = { id: 't', title: null, url: null, byline: null, optionDate: null, inputDate: null, metadataDate: null, origin: 't', format: 'text', hints: [] };

/** Runs structure, sentences, the hand-made mentions and the quotes stage over `text`. */
export function analyzeQuotes(text: string, mentions: readonly MentionSpec[]): { doc: Doc; quotes: readonly Quote[] } {
  const pipeline = new Pipeline([structureStage, sentencesStage, mentionsFixtureStage(mentions), quotesStage], { resources: sharedAnalyzer().resources });
  const doc = pipeline.run(new Doc(text, meta));
  return { doc, quotes: doc.layer('quotes') };
}

/** The one quote whose text contains `fragment`; fails when none or several do. */
export function quoteWith(quotes: readonly Quote[], fragment: string, kind?: Quote['kind']): Quote {
  const found = quotes.filter((q) => q.text.includes(fragment) && (kind === undefined || q.kind === kind));
  if (found.length !== 1) throw new Error(`expected one quote with ${JSON.stringify(fragment)}, found ${found.length}: ${JSON.stringify(quotes.map((q) => q.text))}`);
  return found[0]!;
}
