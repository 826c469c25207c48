import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { KbCache } from '../actors/kb-cache.js';
import { KbGazetteer } from '../actors/kb-gazetteer.js';
import type { Gazetteer } from '../actors/candidates/gazetteer.js';
import { openKnowledgeBase, type OpenOptions } from '../kb/open.js';
import type { KnowledgeBase } from '../kb/knowledge-base.js';

export type WinkNlp = ReturnType<typeof winkNLP>;

/**
 * Heavy things loaded once and shared by every document of a run: the NLP
 * model, the knowledge base and its gazetteer. Passed explicitly; no globals.
 */
export interface Resources {
  readonly nlp: WinkNlp;
  readonly kb: KnowledgeBase;
  readonly gazetteer: Gazetteer;
  /** Date-free KB answers memoised for the run. */
  readonly kbCache: KbCache;
}

export interface ResourceOptions {
  readonly kb?: KnowledgeBase;
  readonly kbOptions?: OpenOptions;
}

export function loadResources(options: ResourceOptions = {}): Resources {
  // Only tokenisation, sentence boundaries and POS: the other wink pipes (NER,
  // negation, sentiment) cost time and we do not use their output.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const kb = options.kb ?? openKnowledgeBase(options.kbOptions);
  const kbCache = new KbCache(kb);
  return { nlp, kb, kbCache, gazetteer: new KbGazetteer(kbCache) };
}
