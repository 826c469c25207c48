import { PRONOUNS } from '../title-words.js';
import type { Candidate, GeneratorInput } from './types.js';

/** Personal pronouns that can stand for a person: he, him, his, she, her. (It/they are left to events.) */
export function pronounCandidates(input: GeneratorInput): Candidate[] {
  const out: Candidate[] = [];
  for (const t of input.tokens) {
    const p = PRONOUNS[t.lower];
    if (!p || p.type !== 'PERSON') continue;
    out.push({
      start: t.start, end: t.end, text: t.value, kind: 'pronoun', type: 'PERSON', title: null, offices: [], country: null,
      kbRef: null, plural: false, caption: t.blockKind === 'caption', sentence: t.sentence, rule: `pronoun-${p.gender}`, score: 0.5,
    });
  }
  return out;
}
