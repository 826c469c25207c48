import type { Doc } from '../doc/doc.js';
import type { BlockKind } from '../doc/layers.js';
import { tokenLowers, tokenSurfaces } from '../doc/token-text.js';
import { normalizeName } from '../kb/normalize.js';
import { NOT_NAME_WORDS, TITLE_HEADS } from './title-words.js';

export interface TokenInfo {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly lower: string;
  /** The token as a KB key (normalizeName), computed once. */
  readonly norm: string;
  /** Could be (part of) a name: capitalised, no function or title word (see looksLikeName). */
  readonly nameLike: boolean;
  readonly pos: string;
  readonly sentence: number;
  /** First token of its sentence. */
  readonly sentenceStart: boolean;
  readonly blockKind: BlockKind;
  /** Whitespace (or nothing) separates it from the previous token. */
  readonly spaceBefore: boolean;
}

/** Tokens with their sentence and block, the view the mention matchers walk; `index` is the position in the view. */
export function tokenView(doc: Doc, options: { readonly skipBoilerplate?: boolean } = {}): TokenInfo[] {
  const tokens = doc.layer('tokens');
  const sentences = doc.layer('sentences');
  const blocks = doc.layer('blocks');
  const surfaces = tokenSurfaces(tokens, doc.text);
  const lowers = tokenLowers(tokens, doc.text);
  const out: TokenInfo[] = [];
  let s = 0;
  let prevSentence = -1;
  let prevEnd = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (s < sentences.length - 1 && sentences[s]!.end <= t.start) s++;
    const sentence = sentences[s];
    const inSentence = sentence !== undefined && sentence.start <= t.start && t.end <= sentence.end;
    const sentenceIndex = inSentence ? s : -1;
    const blockKind = sentence ? blocks[sentence.block]!.kind : 'body';
    if (options.skipBoilerplate && blockKind === 'boilerplate') continue;
    const value = surfaces[i]!;
    const lower = lowers[i]!;
    out.push({
      index: out.length,
      start: t.start,
      end: t.end,
      value,
      lower,
      norm: tokenKey(value, lower),
      nameLike: looksLikeName(value, lower),
      pos: t.pos,
      sentence: sentenceIndex,
      sentenceStart: sentenceIndex !== prevSentence,
      blockKind,
      spaceBefore: prevEnd < 0 || t.start > prevEnd,
    });
    prevSentence = sentenceIndex;
    prevEnd = t.end;
  }
  return out;
}

/** [A-Za-z0-9]+, by character codes: asked of every token, where a regular expression costs a call. */
function isPlainWord(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

/** A token's KB key: plain words, most tokens, are their own key, punctuation has none; only the rest need the full normalisation. */
function tokenKey(value: string, lower: string): string {
  if (value.length === 1) {
    const c = lower.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return lower;
    if (c < 128) return '';
  }
  return isPlainWord(value) ? lower : normalizeName(value);
}

/** Starts with an upper-case letter (or is an initial like "J."). */
export function isCapitalised(value: string): boolean {
  const c = value.charCodeAt(0);
  // ASCII answers without the Unicode property test.
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(value);
}

const ELIDED_NAME = /^[dl]['’]\p{Lu}[\p{L}'’.-]*$/u;
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Could be (part of) a name: capitalised, not a function or title word; initials and elided particles allowed. */
export function looksLikeName(value: string, lower: string): boolean {
  // "d'Ettorre", "O'Neill", "l'Aquila": an elided particle glued to a capitalised name (the pattern only where
  // the first two characters allow it, as this is asked of every token).
  const c0 = value.charCodeAt(0);
  const c1 = value.charCodeAt(1);
  if ((c0 === 100 || c0 === 108) && (c1 === 39 || c1 === 0x2019) && ELIDED_NAME.test(value)) return true;
  if (!isCapitalised(value)) return false;
  if (NOT_NAME_WORDS.has(lower) || TITLE_HEADS.has(lower)) return false;
  return NAME_WORD.test(value);
}
