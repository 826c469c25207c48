import { PRONOUNS } from '../title-words.js';
import { makeCandidate, type Candidate, type GeneratorInput } from './types.js';

/** The personal pronouns of persons, as a Map: a plain-object lookup per token is slower and would see "constructor". */
const PERSON_PRONOUNS = new Map(Object.entries(PRONOUNS).filter(([, p]) => p.type === 'PERSON'));

/** Personal pronouns that can stand for a person: he, him, his, she, her. (It/they are left to events.) */
export function pronounCandidates(input: GeneratorInput): Candidate[] {
  const out: Candidate[] = [];
  for (const t of input.tokens) {
    if (t.value.length > 7) continue;
    const p = PERSON_PRONOUNS.get(t.lower);
    if (!p) continue;
    out.push(makeCandidate({ start: t.start, end: t.end, text: t.value }, {
      kind: 'pronoun', type: 'PERSON', title: null, offices: [], country: null,
      kbRef: null, plural: false, caption: t.blockKind === 'caption', sentence: t.sentence, rule: `pronoun-${p.gender}`, score: 0.5,
    }));
  }
  return out;
}
