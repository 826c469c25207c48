import { isTitleWord, parseTitlePhrase, type TitleLookups } from '../title-phrase.js';
import { HONORIFICS } from '../title-words.js';
import type { TokenInfo } from '../token-view.js';

/**
 * For each token, the index of the first title word or courtesy title at or after it (tokens.length if none). A title
 * phrase has one within five tokens of where it starts ("the" and a country of three words and "’s" before the
 * office), so most tokens need no parse at all.
 */
function nextTitleWords(tokens: readonly TokenInfo[]): Int32Array {
  const next = new Int32Array(tokens.length + 1);
  next[tokens.length] = tokens.length;
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    next[k] = isTitleWord(t) || HONORIFICS.has(t.lower) ? k : next[k + 1]!;
  }
  return next;
}
import { makeCandidate, spanText, type Candidate, type GeneratorInput } from './types.js';

/**
 * "Japanese Foreign Minister Toshimichi Motegi", "Secretary Austin", "the
 * foreign minister": a name with its title (the span covers the name; the title
 * rides along), or a title standing for a person.
 */
export function titledCandidates(input: GeneratorInput, lookups: TitleLookups): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = input;
  const nextTitle = nextTitleWords(tokens);
  for (const [start, end] of input.sentences) {
    for (let i = start; i < end; i++) {
      // ("the" at i, a country prefix of up to three words and a possessive: the office starts by i + 5.)
      if (nextTitle[i]! >= Math.min(end, i + 6)) continue;
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
