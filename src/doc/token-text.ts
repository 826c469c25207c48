/**
 * The text of each token, sliced once per article. The tokens layer holds offsets only, and three stages read every
 * token's words (the mention scanners, quote cues, the events' sentence views): each slicing and lower-casing them
 * again cost an allocation per token per stage. The answers are kept per layer array, which the runner freezes; an
 * array that is not frozen (a test's own) is sliced afresh on every call, as it may still change.
 */

interface Span {
  readonly start: number;
  readonly end: number;
}

interface TokenTexts {
  readonly text: string;
  readonly surfaces: readonly string[];
  lowers: readonly string[] | null;
}

const BY_LAYER = new WeakMap<readonly Span[], TokenTexts>();

function texts(tokens: readonly Span[], text: string): TokenTexts {
  const hit = BY_LAYER.get(tokens);
  if (hit && hit.text === text) return hit;
  const surfaces = new Array<string>(tokens.length);
  for (let i = 0; i < tokens.length; i++) surfaces[i] = text.slice(tokens[i]!.start, tokens[i]!.end);
  const made: TokenTexts = { text, surfaces, lowers: null };
  if (Object.isFrozen(tokens)) BY_LAYER.set(tokens, made);
  return made;
}

/**
 * The tokenizer's own strings for the tokens it proposes (each equal to text.slice(start, end)), kept for the
 * layer array the runner will freeze: wink-nlp's lexicon strings are the same objects from article to article, so
 * they cost no slice, and the later stages' set and map look-ups find their hashes already computed.
 */
export function registerTokenSurfaces(tokens: readonly Span[], text: string, surfaces: readonly string[]): void {
  if (surfaces.length !== tokens.length) throw new Error(`token-text: ${surfaces.length} surfaces for ${tokens.length} tokens`);
  // Each must be its token's slice (compared in place); if one is not, none is kept, and the layer is sliced on first use.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const s = surfaces[i]!;
    if (s.length !== t.end - t.start || !text.startsWith(s, t.start)) return;
  }
  BY_LAYER.set(tokens, { text, surfaces, lowers: null });
}

/** Each token's text as written: text.slice(start, end). */
export function tokenSurfaces(tokens: readonly Span[], text: string): readonly string[] {
  return texts(tokens, text).surfaces;
}

/** Each token's text in lower case. */
export function tokenLowers(tokens: readonly Span[], text: string): readonly string[] {
  const t = texts(tokens, text);
  if (!t.lowers) {
    const lowers = new Array<string>(t.surfaces.length);
    for (let i = 0; i < lowers.length; i++) lowers[i] = t.surfaces[i]!.toLowerCase();
    t.lowers = lowers;
  }
  return t.lowers;
}
