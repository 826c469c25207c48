/**
 * Regular English inflections for the verb dictionary's verbs and nouns.
 *
 * PETRARCH2 generates -S/-ED/-ING without doubling or y-to-i rules ("STOPED",
 * "PLAIES"); the dictionary gives irregular and doubled forms in braces where its
 * authors noticed, but not everywhere. These rules add the spelling changes of
 * ordinary English so that "banned", "stopping", "carried" are found without a
 * brace list. Where stress decides doubling (visited vs. omitted) both spellings
 * are produced: a spelling that English never uses costs nothing, a missing one
 * loses matches.
 */

const VOWELS = 'aeiou';

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** Vowel groups in a word, a rough syllable count ("stop" 1, "visit" 2, "agree" 2). */
function vowelGroups(word: string): number {
  let groups = 0;
  let inGroup = false;
  for (const ch of word) {
    const v = isVowel(ch) || ch === 'y';
    if (v && !inGroup) groups++;
    inGroup = v;
  }
  return groups;
}

/** Ends consonant-vowel-consonant with a final consonant that English doubles (not w, x, y). */
function endsCvc(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const [a, b, c] = [word[n - 3], word[n - 2], word[n - 1]];
  return !isVowel(a) && isVowel(b) && !isVowel(c) && c !== undefined && !'wxy'.includes(c);
}

/** Stems to which -ed/-ing attach: the doubled one for a one-syllable CVC word, both for longer ones. */
function suffixStems(verb: string): string[] {
  if (!endsCvc(verb)) return [verb];
  const doubled = verb + verb[verb.length - 1];
  return vowelGroups(verb) === 1 ? [doubled] : [verb, doubled];
}

/** Third person singular: "stops", "pushes", "carries", "plays". */
export function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return verb + 'es';
  if (verb.endsWith('y') && !isVowel(verb[verb.length - 2])) return verb.slice(0, -1) + 'ies';
  return verb + 's';
}

/** Past tense and participle of a regular verb (one or two spellings). */
export function pastForms(verb: string): string[] {
  if (verb.endsWith('e')) return [verb + 'd'];
  if (verb.endsWith('y') && !isVowel(verb[verb.length - 2])) return [verb.slice(0, -1) + 'ied'];
  return suffixStems(verb).map((s) => s + 'ed');
}

/** Present participle (one or two spellings): "making", "dying", "agreeing", "stopping". */
export function ingForms(verb: string): string[] {
  if (verb.endsWith('ie')) return [verb.slice(0, -2) + 'ying'];
  if (verb.endsWith('e') && !/(?:ee|ye|oe)$/.test(verb) && verb.length > 2) return [verb.slice(0, -1) + 'ing'];
  return suffixStems(verb).map((s) => s + 'ing');
}

/** The base form and every regular inflection of a verb, lower case, without duplicates. */
export function regularVerbForms(verb: string): string[] {
  const base = verb.toLowerCase();
  return [...new Set([base, thirdPerson(base), ...pastForms(base), ...ingForms(base)])];
}

/**
 * Regular plural of a noun, or undefined where the word already looks plural or
 * has no regular plural (ends in -s but not -ss, like "talks", "news").
 */
export function regularPlural(noun: string): string | undefined {
  const w = noun.toLowerCase();
  if (w.endsWith('s') && !w.endsWith('ss')) return undefined;
  if (/(?:ss|x|z|ch|sh)$/.test(w)) return w + 'es';
  if (w.endsWith('y') && !isVowel(w[w.length - 2])) return w.slice(0, -1) + 'ies';
  return w + 's';
}
