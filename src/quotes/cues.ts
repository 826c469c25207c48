import { ALWAYS_VERBS, CUE_PHRASES, CUE_WORDS, type CueRole } from './cue-lexicon.js';

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
  readonly reports: boolean;
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
  const lower = (i: number): string => {
    const t = tokens[i];
    return t ? text.slice(t.start, t.end).toLowerCase() : '';
  };
  for (let i = 0; i < tokens.length; i++) {
    const phrase = CUE_PHRASES.find((p) => p.words.every((w, k) => (w === '*' ? isWord(tokens[i + k], text) : lower(i + k) === w)));
    if (phrase) {
      const last = i + phrase.words.length - 1;
      out.push(cue(text, tokens, i, last, phrase.entry.role, phrase.entry.reports));
      i = last;
      continue;
    }
    const word = lower(i);
    const entry = CUE_WORDS.get(word);
    if (!entry) continue;
    const pos = tokens[i]!.pos;
    if (pos !== 'VERB' && !(ALWAYS_VERBS.has(word) && pos !== 'NOUN' && pos !== 'ADJ')) continue;
    out.push(cue(text, tokens, i, i, entry.role, entry.reports));
  }
  return out;
}

function cue(text: string, tokens: readonly CueToken[], first: number, last: number, role: CueRole, reports: boolean): Cue {
  const start = tokens[first]!.start;
  const end = tokens[last]!.end;
  return { start, end, text: text.slice(start, end), role, reports, first, last };
}

function isWord(t: CueToken | undefined, text: string): boolean {
  return t !== undefined && /^[\p{L}]+$/u.test(text.slice(t.start, t.end));
}
