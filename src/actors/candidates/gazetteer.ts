import type { EntityType, MentionKind } from '../../doc/layers.js';
import { isNameToken } from '../title-phrase.js';
import type { TokenInfo } from '../token-view.js';
import { makeCandidate, spanText, type Candidate, type GeneratorInput } from './types.js';

/** What a KB name is, as the gazetteer reports it. */
export interface GazetteerHit {
  readonly type: EntityType;
  readonly kind: MentionKind;
  /** 'country:JPN', 'actor:123', 'person:Q6279'. */
  readonly kbRef: string;
  readonly country: string | null;
  /** A capital or seat of power: a place after "in", the government elsewhere ("talks with Beijing"). */
  readonly seat: boolean;
  readonly rule: 'kb-country' | 'kb-actor' | 'kb-metonym' | 'kb-person' | 'kb-agent' | 'kb-region';
  /** A plural demonym: the people of the country ("Afghans"). */
  readonly plural?: boolean;
}

export interface Gazetteer {
  /** Cheap membership test on a normalised key, so most n-grams cost no KB query. */
  has(norm: string): boolean;
  /** Whether any name starts with this word (a normalised token). */
  startsName(word: string): boolean;
  /** Whether some name goes on after these words (a normalised key): a scan stops where none can. */
  extendsName(norm: string): boolean;
  lookup(text: string, date: string | null): GazetteerHit | null;
}

const MAX_WORDS = 6;
/** An initialism without its final stop: "U.S", "U.N". */
const INITIALISM = /^\p{Lu}(\.\p{Lu})+$/u;
const ACTED_WITH = new Set(['with', 'against', 'toward', 'towards', 'on', 'and', 'between', 'by', 'from']);
const LOCATIVE = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across', 'to', 'into', 'around', 'throughout', 'via', 'toward', 'towards']);

function joined(tokens: readonly TokenInfo[], i: number, j: number): string {
  let s = '';
  for (let k = i; k < j; k++) s += (k > i && tokens[k]!.spaceBefore ? ' ' : '') + tokens[k]!.value;
  return s;
}

function firstWord(norm: string): string {
  const space = norm.indexOf(' ');
  return space < 0 ? norm : norm.slice(0, space);
}

/** A token that can open a KB name: a capitalised word, or a lower-case noun for generic agents ("police"). */
function opens(t: TokenInfo): 'name' | 'agent' | null {
  // Opening a sentence, a capitalised proper noun or adjective ("French and Malian forces") may open a name; other
  // words are capitalised there whatever they are.
  if (isNameToken(t) && (!t.sentenceStart || t.pos === 'PROPN' || t.pos === 'ADJ' || /^\p{Lu}{2,}$/u.test(t.value))) return 'name';
  if (/^\p{Lu}\.(\p{Lu}\.)+$/u.test(t.value)) return 'name';
  // A generic agent opens a sentence capitalised ("Police said", "Rebels attacked").
  if (t.pos === 'NOUN' && /^\p{Ll}/u.test(t.value)) return 'agent';
  // A generic agent opening a sentence is capitalised, and the tagger may call it a proper noun ("Officials said").
  if (t.sentenceStart && (t.pos === 'NOUN' || t.pos === 'PROPN') && /^\p{Lu}\p{Ll}+$/u.test(t.value)) return 'agent';
  return null;
}

/** The KB's reading of tokens [i, i+n) as a name of the kind the opening token allows, or null. */
function endsName(tokens: readonly TokenInfo[], i: number, n: number, how: 'name' | 'agent', norm: string, gazetteer: Gazetteer, date: string | null): GazetteerHit | null {
  const last = tokens[i + n - 1]!;
  // A name ends on a word, never on the comma or stop the tokenizer kept apart.
  if (!/[\p{L}\p{N}]/u.test(last.value)) return null;
  if (how === 'name' && !/^[\p{Lu}\p{N}]/u.test(last.value) && !/^\p{Lu}/u.test(tokens[i]!.value)) return null;
  // (A one-word agent opening the sentence may carry the tagger's PROPN: see gazetteerCandidates.)
  if (how === 'agent' && last.pos !== 'NOUN' && !(n === 1 && last.sentenceStart)) return null;
  if (!gazetteer.has(norm)) return null;
  const hit = gazetteer.lookup(joined(tokens, i, i + n), date);
  if (!hit) return null;
  // "Hwang Hee-Chan": a person's name goes on over a capitalised word glued on by a hyphen; it does not end here.
  // (Places and organisations do end there: "U.S.-Japan", "NATO-Russia Council".)
  const after = tokens[i + n];
  if (hit.rule === 'kb-person' && after && after.value === '-' && !after.spaceBefore && i + n + 1 < tokens.length && !tokens[i + n + 1]!.spaceBefore && /^\p{Lu}/u.test(tokens[i + n + 1]!.value)) return null;
  if (how === 'agent' && hit.type !== 'AGENT') return null;
  if (how === 'name' && hit.type === 'AGENT') return null;
  return hit;
}

/** The mention of a KB name at tokens [i, i+n) of the sentence [start, end), read in its context. */
function candidate(input: GeneratorInput, start: number, end: number, i: number, n: number, hit: GazetteerHit): Candidate {
  const { tokens, text } = input;
  const prev = i > start ? tokens[i - 1]! : null;
  const prevPrev = i > start + 1 ? tokens[i - 2]! : null;
  const asPlace = prev !== null && (LOCATIVE.has(prev.lower) || (prev.lower === 'the' && prevPrev !== null && LOCATIVE.has(prevPrev.lower)));
  let kind = hit.kind;
  let type = hit.type;
  // A capital stands for its government only where it acts or is acted with: "Beijing said",
  // "Washington has demonstrated", "talks with Beijing". Elsewhere it is the city.
  const next = i + n < end ? tokens[i + n]! : null;
  const acts = next !== null && (next.pos === 'VERB' || next.pos === 'AUX');
  const partner = prev !== null && ACTED_WITH.has(prev.lower);
  if (hit.seat && !asPlace && (acts || partner)) {
    kind = 'metonym';
    type = 'ORG';
  }
  // "U.S" + ".": wink-nlp learns words as it reads, and once it has cut "U.S" from a sentence's final stop it cuts
  // every later "U.S." so; the initialism keeps its stop, whatever the process read before.
  const stop = i + n < tokens.length ? tokens[i + n]! : null;
  const glued = stop !== null && stop.value === '.' && !stop.spaceBefore && INITIALISM.test(tokens[i + n - 1]!.value);
  return makeCandidate(spanText(text, tokens, i, glued ? i + n + 1 : i + n), {
    kind, type, title: null, offices: [], country: hit.country, kbRef: hit.kbRef,
    plural: hit.plural === true, caption: tokens[i]!.blockKind === 'caption', sentence: tokens[i]!.sentence,
    rule: kind === 'metonym' && hit.rule === 'kb-country' ? 'kb-metonym' : hit.rule, score: 0.85,
  });
}

const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s']);

/** Walk forward from token i while some name can go on, keeping the longest name that reads as a mention here. */
function longestName(input: GeneratorInput, claimed: Uint8Array, gazetteer: Gazetteer, date: string | null, i: number, end: number, how: 'name' | 'agent'): { matched: number; best: GazetteerHit | null } {
  const { tokens } = input;
  let matched = 0;
  let best: GazetteerHit | null = null;
  const maxN = Math.min(how === 'agent' ? 3 : MAX_WORDS, end - i);
  let norm = '';
  for (let n = 1; n <= maxN && !claimed[i + n - 1]; n++) {
    const last = tokens[i + n - 1]!;
    // The key from the tokens' own keys: the same as normalising the joined text, without doing it per n-gram.
    // A possessive glued to its word joins it as written: "People's Republic of China" is the KB's "peoples republic
    // of china", not "People" + "'s" + "Republic of China" (which is Taiwan's name).
    if (last.norm) norm = norm ? (n > 1 && POSSESSIVE.has(last.value) && !last.spaceBefore ? `${norm}${last.norm}` : `${norm} ${last.norm}`) : last.norm;
    const hit = norm ? endsName(tokens, i, n, how, norm, gazetteer, date) : null;
    if (hit) {
      matched = n;
      best = hit;
    }
    if (!norm || !gazetteer.extendsName(norm)) break;
  }
  return { matched, best };
}

/**
 * Names the KB knows — countries and their adjectives, cities, organisations,
 * seats of power, people, generic agents — longest first over unclaimed tokens.
 */
export function gazetteerCandidates(input: GeneratorInput, claimed: Uint8Array, gazetteer: Gazetteer, date: string | null): Candidate[] {
  const out: Candidate[] = [];
  const { tokens } = input;
  // Words the article capitalises inside a sentence, gathered on first need (most articles never ask).
  let inside: Set<string> | null = null;
  const capitalisedInside = (word: string): boolean => {
    if (!inside) {
      inside = new Set<string>();
      for (const t of tokens) if (!t.sentenceStart && t.nameLike) inside.add(t.value);
    }
    return inside.has(word);
  };
  for (const [start, end] of input.sentences) {
    let i = start;
    while (i < end) {
      const how = claimed[i] ? null : opens(tokens[i]!);
      // "the Kremlin": the article may open the name.
      // A token's key may hold several words ("U.S." is "u s"): names are indexed by their first word.
      const first = firstWord(tokens[i]!.norm);
      if (!how || !(gazetteer.startsName(first) || (first === 'the' && i + 1 < end && gazetteer.startsName(firstWord(tokens[i + 1]!.norm))))) {
        i++;
        continue;
      }
      let { matched, best } = longestName(input, claimed, gazetteer, date, i, end, how);
      // The tagger calls a capitalised common noun opening a sentence a proper noun ("Police said", "Rebels attacked").
      // Not a word the article capitalises elsewhere too: that is a name ("Congress", "University" of a university named before).
      if (!best && how === 'name' && tokens[i]!.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(tokens[i]!.value) && !capitalisedInside(tokens[i]!.value)) {
        ({ matched, best } = longestName(input, claimed, gazetteer, date, i, end, 'agent'));
        // "Retired General Smith", "Actor Tom Hanks": a capitalised word before a name describes it.
        const next = i + matched < end ? tokens[i + matched]! : null;
        if (best && next && /^\p{Lu}/u.test(next.value)) {
          matched = 0;
          best = null;
        }
      }
      if (best) out.push(candidate(input, start, end, i, matched, best));
      i += Math.max(1, matched);
    }
  }
  return out;
}
