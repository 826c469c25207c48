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
