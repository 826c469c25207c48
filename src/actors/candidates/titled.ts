import { parseTitlePhrase, type TitleLookups } from '../title-phrase.js';
import { makeCandidate, spanText, type Candidate, type GeneratorInput } from './types.js';

/**
 * "Japanese Foreign Minister Toshimichi Motegi", "Secretary Austin", "the
 * foreign minister": a name with its title (the span covers the name; the title
 * rides along), or a title standing for a person.
 */
export function titledCandidates(input: GeneratorInput, lookups: TitleLookups): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = input;
  for (const [start, end] of input.sentences) {
    for (let i = start; i < end; i++) {
      const p = parseTitlePhrase(tokens, i, end, lookups);
      if (!p) continue;
      const first = tokens[i]!;
      const caption = first.blockKind === 'caption';
      const title = p.titleEnd > p.titleStart ? spanText(text, tokens, p.titleStart, p.titleEnd) : null;
      if (p.name) {
        const name = spanText(text, tokens, p.name.start, p.name.end);
        out.push(makeCandidate(name, {
          kind: 'name', type: 'PERSON', title: p.honorificOnly ? null : title, offices: p.offices, country: p.country,
          kbRef: null, plural: false, caption, sentence: first.sentence, rule: p.honorificOnly ? 'honorific-name' : 'titled-name', score: 0.9,
        }));
        i = p.name.end - 1;
      } else if (title) {
        out.push(makeCandidate(title, {
          kind: 'title', type: 'PERSON', title, offices: p.offices, country: p.country, kbRef: null, plural: p.plural,
          caption, sentence: first.sentence, rule: p.definite ? 'definite-title' : 'country-title', score: 0.7,
        }));
        i = p.titleEnd - 1;
      }
    }
  }
  return out;
}
