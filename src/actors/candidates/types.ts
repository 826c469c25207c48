import type { Proposal } from '../../doc/annotation.js';
import type { MentionCandidate } from '../../doc/layers.js';
import type { TokenInfo } from '../token-view.js';

export type Candidate = Proposal<MentionCandidate>;

/** What every generator sees: the text, its tokens, and which tokens are already claimed by a longer match. */
export interface GeneratorInput {
  readonly text: string;
  readonly tokens: readonly TokenInfo[];
  /** Token index ranges [start, end) of each sentence. */
  readonly sentences: readonly (readonly [number, number])[];
}

export function spanText(text: string, tokens: readonly TokenInfo[], start: number, end: number): { start: number; end: number; text: string } {
  const s = tokens[start]!.start;
  const e = tokens[end - 1]!.end;
  return { start: s, end: e, text: text.slice(s, e) };
}

type Span = { readonly start: number; readonly end: number; readonly text: string };

/**
 * A candidate over a span, its fields always written in one order: every generator's candidates then share one
 * object shape, and no object spread is involved ("{...span, kind, …}" with a dozen fields costs V8 some 30 times
 * a plain literal).
 */
export function makeCandidate(span: Span, f: Omit<Candidate, 'start' | 'end' | 'text'>): Candidate {
  return {
    start: span.start, end: span.end, text: span.text, kind: f.kind, type: f.type, title: f.title, offices: f.offices,
    country: f.country, kbRef: f.kbRef, plural: f.plural, caption: f.caption, sentence: f.sentence, rule: f.rule, score: f.score,
  };
}

export function sentenceRanges(tokens: readonly TokenInfo[]): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.sentence === tokens[i]!.sentence) j++;
    if (tokens[i]!.sentence >= 0) out.push([i, j]);
    i = j;
  }
  return out;
}
