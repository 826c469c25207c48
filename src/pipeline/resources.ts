import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type WinkNlp = ReturnType<typeof winkNLP>;

/**
 * Heavy things loaded once and shared by every document of a run: the NLP
 * model now, the knowledge base and codebooks later. Passed explicitly; no globals.
 */
export interface Resources {
  readonly nlp: WinkNlp;
}

export function loadResources(): Resources {
  // Only tokenisation, sentence boundaries and POS: the other wink pipes (NER,
  // negation, sentiment) cost time and we do not use their output.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  return { nlp };
}
