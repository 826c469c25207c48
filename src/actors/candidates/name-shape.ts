import { isNameToken } from '../title-phrase.js';
import { isCapitalised, type TokenInfo } from '../token-view.js';
import { makeCandidate, spanText, type Candidate, type GeneratorInput } from './types.js';

/** Last words that make a capitalised run an organisation. */
const ORG_WORDS = new Set([
  'party', 'ministry', 'department', 'council', 'committee', 'bureau', 'agency', 'organization', 'organisation', 'union',
  'bank', 'court', 'army', 'forces', 'force', 'navy', 'police', 'university', 'association', 'commission', 'administration',
  'office', 'company', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'group', 'institute', 'foundation', 'fund', 'front',
  'movement', 'alliance', 'coalition', 'parliament', 'assembly', 'congress', 'senate', 'house', 'government', 'cabinet',
  'secretariat', 'service', 'services', 'guard', 'brigade', 'battalion', 'network', 'times', 'post', 'news', 'press',
  'agency', 'authority', 'board', 'center', 'centre', 'club', 'society', 'league', 'federation', 'tribunal', 'council',
]);
/** Last words that make a capitalised run a place. */
const PLACE_WORDS = new Set([
  'airport', 'island', 'islands', 'river', 'sea', 'ocean', 'mountain', 'mountains', 'mount', 'street', 'square', 'province',
  'region', 'county', 'district', 'city', 'valley', 'strait', 'bay', 'lake', 'park', 'palace', 'hall', 'hotel', 'station',
  'port', 'base', 'peninsula', 'desert', 'canal', 'bridge', 'border', 'state', 'prefecture', 'oblast', 'governorate', 'avenue',
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);
/** Verbs of saying: a capitalised pair before one is someone speaking ("Aner Shalev said"). */
const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'explained', 'stated', 'wrote', 'writes', 'replied', 'recalled', 'commented',
  'noted', 'argued', 'continued', 'insisted', 'admitted', 'acknowledged', 'recounted', 'remarked',
]);
/** Capitalised words that are given names in the lists but, alone, rarely a person: months, days, common words. */
const NOT_ALONE = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'will', 'grace', 'hope', 'faith', 'price',
  'art', 'bill', 'mark', 'king', 'major', 'page', 'rich', 'north', 'south', 'chase', 'miles', 'max', 'bay', 'glen', 'guy',
  'rose', 'christian', 'joy', 'earl', 'duke', 'prince', 'baron', 'sterling', 'summer', 'autumn', 'winter', 'spring', 'dawn',
  'star', 'sky', 'ivy', 'holly', 'river', 'stone', 'wood', 'young', 'long', 'brown', 'white', 'black', 'green', 'gray', 'grey',
  'god', 'lord', 'christ', 'easter', 'christmas', 'noel', 'sunny', 'honey', 'precious', 'unity', 'liberty', 'justice', 'ocean',
]);

/** What the shapes need to know beyond the tokens. */
export interface ShapeContext {
  /** A common given name (a normalised word). */
  isGivenName(word: string): boolean;
  /** Token indices that follow a generic agent noun ("mathematician", "musician"): a name after one is a person's. */
  readonly afterAgent: Uint8Array;
  /** Token index → country (ISO3, or '' for none) of a place name the KB knows starting there ("Alaska"). */
  readonly placeAt: ReadonlyMap<number, string>;
}

/** Prepositions of place: "in Anchorage, Alaska". */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'from', 'to', 'into', 'around']);

/**
 * "in Anchorage, Alaska", "near Clearwater, Florida": capitalised words the KB does not know after a preposition of
 * place, then a comma and a place it knows, are a place inside that one. Returns its country ('' if none), or null.
 */
function placeBeforePlace(tokens: readonly TokenInfo[], i: number, last: number, start: number, end: number, ctx: ShapeContext): string | null {
  if (i === start || !LOCATIVE.has(tokens[i - 1]!.lower) || last + 1 >= end || tokens[last]!.value !== ',') return null;
  return ctx.placeAt.get(last + 1) ?? null;
}

/** A speech verb right after the span, or after one adverb ("Memon also said"). */
function speaksAfter(tokens: readonly TokenInfo[], j: number, end: number): boolean {
  if (j < end && SPEECH_VERBS.has(tokens[j]!.lower)) return true;
  return j + 1 < end && tokens[j]!.pos === 'ADV' && SPEECH_VERBS.has(tokens[j + 1]!.lower);
}

/**
 * A lone given name standing for a person ("Hey Frank", "Isabel and I"): tagged a proper noun, not a word that
 * is mostly something else, not after "the", and not written lower-case elsewhere in the sentence.
 */
function lonePerson(tokens: readonly TokenInfo[], i: number, start: number, ctx: ShapeContext): boolean {
  const t = tokens[i]!;
  // An all-capital word is an acronym ("ROS"), not a name.
  if (t.pos !== 'PROPN' || t.value === t.value.toUpperCase() || NOT_ALONE.has(t.lower) || !ctx.isGivenName(t.lower)) return false;
  return !(i > start && tokens[i - 1]!.lower === 'the');
}

/** The person reading of an otherwise untyped span, as a rule name, or null. */
function personRule(tokens: readonly TokenInfo[], i: number, last: number, words: number, start: number, end: number, ctx: ShapeContext): string | null {
  if (words >= 2 && words <= 3 && (ctx.afterAgent[i] || speaksAfter(tokens, last, end))) return 'capitalised-run-person-context';
  // "Leung Che-cheung", "Kim Jong-un", "Lau Siu-lai": a romanised Chinese or Korean given name, its syllables hyphened.
  if (last - i === 4 && isCapitalised(tokens[i + 1]!.value) && tokens[last - 2]!.value === '-' && !tokens[last - 2]!.spaceBefore && /^\p{Ll}{2,}$/u.test(tokens[last - 1]!.value)) return 'romanised-east-asian-name';
  if (words === 1 && last === i + 1 && lonePerson(tokens, i, start, ctx)) return 'given-name-word';
  return null;
}

function startsName(tokens: readonly TokenInfo[], i: number): boolean {
  const t = tokens[i]!;
  // A capitalised word opening a sentence is a name only if the tagger says so.
  return isNameToken(t) && (!t.sentenceStart || t.pos === 'PROPN') && !pronounI(tokens, i);
}

const I_CONTRACTIONS = new Set(["'m", '’m', "'ve", '’ve', "'d", '’d', "'ll", '’ll']);

/** "I'm Mario J. Lucero": the pronoun with its verb glued on (one token or two) is no initial. */
function pronounI(tokens: readonly TokenInfo[], i: number): boolean {
  const v = tokens[i]!.value;
  if (v.length > 1) return v[0] === 'I' && I_CONTRACTIONS.has(tokens[i]!.lower.slice(1));
  return v === 'I' && i + 1 < tokens.length && I_CONTRACTIONS.has(tokens[i + 1]!.lower);
}

/**
 * Capitalised runs no other generator claimed: "Yang Jiechi", "Ministry of
 * Foreign Affairs", "Reuters". Typed ORG by their last word, else left untyped
 * for the linker to decide.
 */
export function nameShapeCandidates(input: GeneratorInput, claimed: Uint8Array, ctx: ShapeContext): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = input;
  for (const [start, end] of input.sentences) {
    let i = start;
    while (i < end) {
      if (claimed[i] || !startsName(tokens, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      let last = i + 1;
      while (j < end && !claimed[j]) {
        const t = tokens[j]!;
        // A hyphen or stop glued inside a name ("Chung-tai", "Jr."), and the lower-case part glued after a hyphen.
        const gluedTail = !t.spaceBefore && j > i && tokens[j - 1]!.value === '-' && /^\p{Ll}+$/u.test(t.value);
        if (isNameToken(t) || gluedTail || ((t.value === '-' || t.value === '.') && !t.spaceBefore)) {
          j++;
          if (isNameToken(t) || gluedTail) last = j;
          continue;
        }
        // "Ministry of Foreign Affairs": a connector between capitalised words.
        if (CONNECTORS.has(t.lower) && j + 1 < end && !claimed[j + 1] && isNameToken(tokens[j + 1]!) && j - i <= 6) {
          j++;
          continue;
        }
        break;
      }
      const words = tokens.slice(i, last).filter((t) => isNameToken(t));
      // "Tom Devocht and Mark Rathbun": without an organisation word, a connector separates two names.
      const hasOrgWord = words.some((t) => ORG_WORDS.has(t.lower));
      if (!hasOrgWord) {
        const cut = tokens.slice(i, last).findIndex((t) => CONNECTORS.has(t.lower));
        if (cut > 0) last = i + cut;
      } else {
        // "Democratic Party and Tanya Chan": an organisation's name ends on its organisation word; an "and" right
        // after one starts another name ("Department of Health and Human Services" has its word first).
        for (let k = i + 1; k < last - 1; k++) {
          if (tokens[k]!.lower === 'and' && ORG_WORDS.has(tokens[k - 1]!.lower)) {
            last = k;
            break;
          }
        }
      }
      if (last - i <= 8) {
        const lastWord = tokens[last - 1]!.lower;
        const isOrg = ORG_WORDS.has(lastWord) || (hasOrgWord && words.length > 1);
        const isPlace = !isOrg && PLACE_WORDS.has(lastWord) && words.length > 1;
        const inPlace = isOrg || isPlace ? null : placeBeforePlace(tokens, i, last, start, end, ctx);
        const person = isOrg || isPlace || inPlace !== null ? null : personRule(tokens, i, last, words.length, start, end, ctx);
        const place = isPlace || inPlace !== null;
        out.push(makeCandidate(spanText(text, tokens, i, last), {
          kind: 'name', type: isOrg ? 'ORG' : place ? 'LOC' : person ? 'PERSON' : null, title: null, offices: [], country: inPlace || null, kbRef: null,
          plural: false, caption: tokens[i]!.blockKind === 'caption', sentence: tokens[i]!.sentence,
          rule: isOrg ? 'capitalised-run-org-word' : isPlace ? 'capitalised-run-place-word' : inPlace !== null ? 'place-before-known-place' : person ?? (words.length > 1 ? 'capitalised-run' : 'capitalised-word'),
          score: isOrg || place ? 0.6 : person ? 0.5 : 0.4,
        }));
      }
      i = Math.max(last, i + 1);
    }
  }
  return out;
}
