import { TITLE_MODIFIERS } from '../title-words.js';
import { makeCandidate, spanText, type Candidate, type GeneratorInput } from './types.js';

/** Plural office heads and their singular: "ministers" names holders of a "minister" post. */
const SINGULAR: ReadonlyMap<string, string> = new Map([
  ['ministers', 'minister'], ['secretaries', 'secretary'], ['presidents', 'president'], ['premiers', 'premier'],
  ['chancellors', 'chancellor'], ['leaders', 'leader'], ['chiefs', 'chief'],
]);
/** Counts before the title: "the two foreign ministers", "both leaders". */
export const PLURAL_COUNTS: ReadonlyMap<string, number> = new Map([['two', 2], ['both', 2], ['three', 3], ['four', 4]]);

/**
 * "the two foreign ministers", "the foreign ministers", "both leaders": a definite plural title stands for the
 * holders of that office the article has already named. The candidate's office is the singular ("foreign
 * minister"); its count, if the text gives one, is the rule's suffix ("plural-title-2"). The mention is the head word.
 */
export function pluralTitleCandidates(input: GeneratorInput): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = input;
  for (const [start, end] of input.sentences) {
    for (let i = start; i < end; i++) {
      const opener = tokens[i]!.lower;
      if (opener !== 'the' && opener !== 'both') continue;
      let j = i + 1;
      let count = opener === 'both' ? 2 : 0;
      if (opener === 'the' && j < end && PLURAL_COUNTS.has(tokens[j]!.lower)) count = PLURAL_COUNTS.get(tokens[j++]!.lower)!;
      const first = j;
      while (j < end && j - first < 3 && TITLE_MODIFIERS.has(tokens[j]!.lower) && !SINGULAR.has(tokens[j]!.lower)) j++;
      const head = j < end ? SINGULAR.get(tokens[j]!.lower) : undefined;
      if (!head) continue;
      // "leaders" alone names heads of state and government; "ministers" and "secretaries" need their field.
      if (j === first && head !== 'leader') continue;
      const office = [...tokens.slice(first, j).map((t) => t.lower), head].join(' ');
      // The mention is the head word, as a generic agent's is ("ministers"): the events stage reads the first of
      // mentions of equal span, the agent, whose plural it resolves itself; a longer span here would hide it.
      const span = spanText(text, tokens, j, j + 1);
      out.push(makeCandidate(span, {
        kind: 'title', type: 'PERSON', title: null, offices: [office], country: null, kbRef: null, plural: true,
        caption: tokens[i]!.blockKind === 'caption', sentence: tokens[i]!.sentence, rule: count ? `plural-title-${count}` : 'plural-title', score: 0.6,
      }));
      i = j;
    }
  }
  return out;
}
