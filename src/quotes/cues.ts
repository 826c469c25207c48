import { tokenLowers } from '../doc/token-text.js';
import { ALWAYS_VERBS, CUE_PHRASES, CUE_WORDS, type CuePhrase, type CueRole, type Reports } from './cue-lexicon.js';

/** The token fields cue finding reads (the `tokens` layer has them). */
export interface CueToken {
  readonly start: number;
  readonly end: number;
  readonly pos: string;
}

/** A speech cue in the text: one verb or phrase, with its token range. */
export interface Cue {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly role: CueRole;
  readonly reports: Reports;
  /** Index of its first and last token in the token list it was found in. */
  readonly first: number;
  readonly last: number;
}

/**
 * Every speech cue, in text order: phrases first ("told reporters" is one cue,
 * "according to" another), then single speech verbs. Each token is looked at
 * once with a bounded look-ahead (the longest phrase), so this is linear.
 */
export function findCues(text: string, tokens: readonly CueToken[]): Cue[] {
  const out: Cue[] = [];
  const words = tokenLowers(tokens, text);
  for (let i = 0; i < tokens.length; i++) {
    const word = words[i]!;
    const phrase = PHRASES_BY_FIRST.get(word)?.find((p) => p.words.every((w, k) => (w === '*' ? isWord(words[i + k]) : words[i + k] === w)));
    if (phrase) {
      const last = i + phrase.words.length - 1;
      out.push(cue(text, tokens, i, last, phrase.entry.role, phrase.entry.reports));
      i = last;
      continue;
    }
    const entry = CUE_WORDS.get(word);
    // "so-called" names a term; nobody is calling anything.
    if (!entry || text[tokens[i]!.start - 1] === '-') continue;
    // A capital inside a sentence is a name ("Muhammad Said"), not a verb.
    if (i > 0 && /^\p{Lu}/u.test(text[tokens[i]!.start]!) && /^[\p{L}\p{N}]/u.test(words[i - 1]!)) continue;
    const pos = tokens[i]!.pos;
    // "Muhammad Said", "the said agreement": the tagger's proper noun or adjective wins.
    if (pos !== 'VERB' && !(ALWAYS_VERBS.has(word) && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN')) continue;
    out.push(cue(text, tokens, i, i, entry.role, entry.reports));
  }
  return out;
}

// Phrases by their first word, longest first, so each token looks at a few at most.
const PHRASES_BY_FIRST: ReadonlyMap<string, readonly CuePhrase[]> = (() => {
  const map = new Map<string, CuePhrase[]>();
  for (const p of [...CUE_PHRASES].sort((a, b) => b.words.length - a.words.length)) {
    const list = map.get(p.words[0]!) ?? [];
    list.push(p);
    map.set(p.words[0]!, list);
  }
  return map;
})();

function cue(text: string, tokens: readonly CueToken[], first: number, last: number, role: CueRole, reports: Reports): Cue {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: text.slice(start, end), role, reports, first, last };
}

function isWord(word: string | undefined): boolean {
  return word !== undefined && /^\p{L}+$/u.test(word);
}
