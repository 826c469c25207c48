import { isNameToken } from '../title-phrase.js';
import { makeCandidate, spanText, type Candidate, type GeneratorInput } from './types.js';

const GOVERNMENT_NOUNS = new Set(['administration', 'government', 'cabinet', 'regime', 'white house']);

/**
 * "the Biden administration", "the Suga government": the leader's name stands for
 * the government (an ORG metonym), and the leader is mentioned too.
 */
/** `isPlace`: the word names a country or place ("UK government", "Indian government" are no leader's). */
export function administrationCandidates(input: GeneratorInput, isPlace: (text: string, norm: string) => boolean = () => false): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = input;
  for (const [start, end] of input.sentences) {
    for (let i = start; i + 1 < end; i++) {
      const name = tokens[i]!;
      const noun = tokens[i + 1]!;
      if (!GOVERNMENT_NOUNS.has(noun.lower) || !isNameToken(name) || name.pos !== 'PROPN' || isPlace(name.value, name.norm)) continue;
      // Only a surname-like single word: "Biden administration", not "Obama-Biden" chains.
      if (i > start && isNameToken(tokens[i - 1]!) && tokens[i - 1]!.lower !== 'the') continue;
      const caption = name.blockKind === 'caption';
      const sentence = name.sentence;
      out.push(makeCandidate(spanText(text, tokens, i, i + 2), {
        kind: 'metonym', type: 'ORG', title: null, offices: [], country: null, kbRef: null, plural: false, caption, sentence, rule: 'leader-administration', score: 0.8,
      }));
      out.push(makeCandidate(spanText(text, tokens, i, i + 1), {
        kind: 'name', type: 'PERSON', title: null, offices: [], country: null, kbRef: null, plural: false, caption, sentence, rule: 'leader-of-administration', score: 0.8,
      }));
      i++;
    }
  }
  return out;
}
