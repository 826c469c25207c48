import { isNameToken } from '../title-phrase.js';
import { COMPLEMENT_WORDS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../title-words.js';
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
  'museum', 'college', 'school', 'academy', 'program', 'programme', 'magazine', 'gallery', 'galleries', 'church', 'herald',
  'journal', 'gazette', 'weekly', 'tribune', 'institution', 'laboratory', 'team',
]);
/** Words that label a photo's credit ("Image: Nick Moreau"): the label is no name, the name after it is a person's. */
const CREDIT_WORDS = new Set(['image', 'images', 'photo', 'photos', 'photograph', 'picture', 'pictures', 'credit', 'video', 'illustration']);
/** Nouns for people: in apposition after a name (", an Australian woman"), or before one ("striker Romelu Lukaku"). */
const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'student', 'teacher', 'professor', 'lecturer', 'researcher', 'scientist', 'doctor', 'nurse',
  'lawyer', 'attorney', 'activist', 'author', 'writer', 'novelist', 'poet', 'artist', 'painter', 'actor', 'actress', 'singer',
  'musician', 'photographer', 'journalist', 'reporter', 'editor', 'politician', 'candidate', 'candidates', 'councillor',
  'councillors', 'councilor', 'councilors', 'legislator', 'member', 'founder', 'co-founder', 'chairman', 'ceo', 'executive',
  'player', 'striker', 'midfielder', 'defender', 'goalkeeper', 'forward', 'winger', 'coach', 'manager', 'captain', 'athlete',
  'resident', 'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'veteran', 'victim', 'survivor',
  'spokesman', 'spokeswoman', 'spokesperson', 'worker', 'engineer', 'economist', 'analyst', 'historian', 'priest', 'pastor',
  'director', 'producer', 'designer', 'entrepreneur', 'businessman', 'businesswoman', 'farmer', 'officer', 'soldier',
  'pilot', 'astronaut', 'inventor', 'expert', 'director', 'dean', 'graduate', 'fan', 'cosplayer', 'user', 'critic',
]);
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'their']);
/** First words of place names rather than given names ("West Texas", "Northern Paris"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater', 'new', 'old', 'downtown']);
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
  /** Tokens inside a name the KB knows (a place, a demonym, an organisation). */
  readonly known: Uint8Array;
  /** A family name of some person the KB knows (a normalised word). */
  isFamilyName(word: string): boolean;
  /** Token index → end token (exclusive) of a person another generator named there (a titled name, a KB person). */
  readonly personAt: ReadonlyMap<number, number>;
}

/** What the whole article says about words, gathered in one pass before the runs are read. */
interface ArticleWords {
  /** Words written lower-case somewhere ("space"): common words, not family names. */
  readonly lowerCase: ReadonlySet<string>;
  /** Capitalised words standing alone before a verb ("Lukaku scored", "Paris also claims"): someone acting, named short. */
  readonly actingAlone: ReadonlySet<string>;
  /** Capitalised words standing alone somewhere, no name word either side ("Warhol's", "said Warhol"). */
  readonly standsAlone: ReadonlySet<string>;
  /**
   * Capitalised words standing alone as someone speaking ("Jafari said", "said Jafari"), or acting in a sentence with
   * a personal pronoun ("Gorbachev proposed … he"): one sense per article, so every lone use of the word is read alike.
   */
  readonly speaksAlone: ReadonlySet<string>;
}

const PERSONAL_PRONOUNS = new Set(['he', 'she', 'him', 'his', 'her', 'hers', 'himself', 'herself']);

function articleWords(tokens: readonly TokenInfo[]): ArticleWords {
  const lowerCase = new Set<string>();
  const actingAlone = new Set<string>();
  const standsAlone = new Set<string>();
  const speaksAlone = new Set<string>();
  // Sentences with a personal pronoun, and words acting alone in each sentence, read once both are known.
  const withPronoun = new Set<number>();
  const acting: TokenInfo[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.nameLike) {
      if (t.value.length > 2 && t.value === t.lower) lowerCase.add(t.lower);
      if (PERSONAL_PRONOUNS.has(t.lower)) withPronoun.add(t.sentence);
      continue;
    }
    const prev = i > 0 && tokens[i - 1]!.sentence === t.sentence ? tokens[i - 1]! : null;
    if (prev && (prev.nameLike || prev.lower === 'the' || prev.value === '-')) continue;
    if (i + 1 < tokens.length && (tokens[i + 1]!.nameLike || tokens[i + 1]!.value === '-')) continue;
    standsAlone.add(t.lower);
    // An acronym acting ("DAB won") is an organisation's.
    if (t.value === t.value.toUpperCase()) continue;
    if (prev && SPEECH_VERBS.has(prev.lower)) speaksAlone.add(t.lower);
    let j = i + 1;
    if (j < tokens.length && tokens[j]!.pos === 'ADV') j++;
    const next = tokens[j];
    if (next && next.sentence === t.sentence && (next.pos === 'VERB' || next.pos === 'AUX') && /^\p{Ll}/u.test(next.value)) {
      actingAlone.add(t.lower);
      if (SPEECH_VERBS.has(next.lower)) speaksAlone.add(t.lower);
      else acting.push(t);
    }
  }
  for (const t of acting) if (withPronoun.has(t.sentence)) speaksAlone.add(t.lower);
  return { lowerCase, actingAlone, standsAlone, speaksAlone };
}

/** ", 19," after a name: an age in apposition. */
function ageAfter(tokens: readonly TokenInfo[], j: number, end: number): boolean {
  return j + 2 < end && tokens[j]!.value === ',' && /^\d{1,3}$/.test(tokens[j + 1]!.value) && tokens[j + 2]!.value === ',';
}

/** ", an Australian woman", ", the team's striker": a person noun in apposition, before the next comma. */
function personNounAfter(tokens: readonly TokenInfo[], j: number, end: number): boolean {
  if (j + 2 >= end || tokens[j]!.value !== ',' || !ARTICLES.has(tokens[j + 1]!.lower)) return false;
  for (let k = j + 2; k < end && k <= j + 6; k++) {
    const t = tokens[k]!;
    if (t.value === ',' || t.value === '.') return false;
    if (PERSON_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** An acronym ("NPP", "DAB") or a run ending in an organisation word ("Civic Party") at k. */
function organisationAt(tokens: readonly TokenInfo[], k: number, end: number): boolean {
  if (k < end && tokens[k]!.lower === 'the') k++;
  if (k >= end) return false;
  if (/^\p{Lu}{2,6}$/u.test(tokens[k]!.value)) return true;
  let j = k;
  while (j < end && j - k < 5 && tokens[j]!.nameLike) j++;
  return j > k && ORG_WORDS.has(tokens[j - 1]!.lower);
}

/**
 * A two- or three-word run with something around it that only people have: "Junius Ho of NPP", "DAB's Starry
 * Lee", "councillors Alvin Yeung", "Valeska Paris, an Australian woman", ", 19,", or a last word the article uses
 * alone for someone acting ("Paris claims").
 */
function personAround(tokens: readonly TokenInfo[], i: number, last: number, start: number, end: number, words: ArticleWords, ctx: ShapeContext): boolean {
  if (DIRECTIONS.has(tokens[i]!.lower)) return false;
  if (ageAfter(tokens, last, end) || personNounAfter(tokens, last, end)) return true;
  if (last < end && (tokens[last]!.lower === 'of' || tokens[last]!.lower === 'from') && organisationAt(tokens, last + 1, end)) return true;
  const prev = i > start ? tokens[i - 1]! : null;
  if (prev && PERSON_NOUNS.has(prev.lower)) return true;
  // "DAB's Starry Lee", "New People Party's Michael Tien": an organisation's member.
  if (prev && (prev.value === "'s" || prev.value === '’s') && i - 2 >= start) {
    const owner = tokens[i - 2]!;
    // Not a country's ("UK's"): a place's people are not its members.
    if (!ctx.placeAt.has(i - 2) && (/^\p{Lu}{2,6}$/u.test(owner.value) || (ORG_WORDS.has(owner.lower) && isCapitalised(owner.value)))) return true;
  }
  // "Image: Nick Moreau": a photo credit.
  if (prev && prev.value === ':' && i - 2 >= start && CREDIT_WORDS.has(tokens[i - 2]!.lower)) return true;
  // "Romelu Lukaku" … "Lukaku scored": a pair whose second word the article uses alone for someone acting, and whose
  // first word is no word of its own (not "Space Shuttle Atlantis", "English Wikipedia", "Warhol Polaroids", "South Korea").
  const first = tokens[i]!;
  const lastWord = tokens[last - 1]!;
  if (last - i !== 2 || ctx.known[i] || ctx.placeAt.has(last - 1) || first.value === first.value.toUpperCase()) return false;
  if (words.lowerCase.has(first.lower) || words.standsAlone.has(first.lower)) return false;
  return words.actingAlone.has(lastWord.lower) && !words.lowerCase.has(lastWord.lower);
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

/**
 * "Gorbachev also proposed …", "Jafari said": a lone family name of someone never named in full. The word is a
 * family name some person in the KB bears, the article uses it alone for someone speaking (or acting, with "he" or
 * "she" in the sentence), never writes it lower-case ("Wild", "Pop"), and the KB knows it as nothing else (no
 * demonym or language: "English").
 */
function loneFamilyName(tokens: readonly TokenInfo[], i: number, start: number, ctx: ShapeContext, article: ArticleWords): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'PROPN' || t.value.length < 3 || t.value === t.value.toUpperCase() || ctx.known[i] || ctx.placeAt.has(i)) return false;
  if (NOT_ALONE.has(t.lower) || article.lowerCase.has(t.lower) || !article.speaksAlone.has(t.lower)) return false;
  if (i > start && (tokens[i - 1]!.lower === 'the' || tokens[i - 1]!.value === '-')) return false;
  return ctx.isFamilyName(t.lower);
}

/** The person reading of an otherwise untyped span, as a rule name, or null. */
function personRule(tokens: readonly TokenInfo[], i: number, last: number, words: number, alone: boolean, start: number, end: number, ctx: ShapeContext, article: ArticleWords): string | null {
  // "South Korea says": a place the KB knows, acting, is no person.
  // "Presidential Initiative": a run opening with an office word is no person's name.
  const first = tokens[i]!.lower;
  const person = words >= 2 && words <= 3 && !ctx.placeAt.has(i) && !TITLE_MODIFIERS.has(first) && !TITLE_HEADS.has(first);
  if (person && (ctx.afterAgent[i] || speaksAfter(tokens, last, end) || personAround(tokens, i, last, start, end, article, ctx))) return 'capitalised-run-person-context';
  // "Leung Che-cheung", "Kim Jong-un", "Lau Siu-lai": a romanised Chinese or Korean given name, its syllables hyphened.
  if (last - i === 4 && isCapitalised(tokens[i + 1]!.value) && tokens[last - 2]!.value === '-' && !tokens[last - 2]!.spaceBefore && /^\p{Ll}{2,}$/u.test(tokens[last - 1]!.value)) return 'romanised-east-asian-name';
  if (alone && last === i + 1 && lonePerson(tokens, i, start, ctx)) return 'given-name-word';
  if (alone && last === i + 1 && loneFamilyName(tokens, i, start, ctx, article)) return 'family-name-word';
  return null;
}

/**
 * "Andy Warhol Foundation", "George Washington University": an organisation named after a person opens with a
 * given name and a family name (a word the article never writes lower-case: not "Kennedy Space Center"). Returns
 * the end of the person's name, or 0.
 */
function personInOrganisation(tokens: readonly TokenInfo[], i: number, last: number, ctx: ShapeContext, article: ArticleWords): number {
  if (last - i < 3) return 0;
  const given = tokens[i]!;
  const family = tokens[i + 1]!;
  if (!given.nameLike || !family.nameLike || NOT_ALONE.has(given.lower) || !ctx.isGivenName(given.lower)) return 0;
  if (ORG_WORDS.has(family.lower) || PLACE_WORDS.has(family.lower) || article.lowerCase.has(family.lower) || !tokens[i + 2]!.nameLike) return 0;
  // The family name also stands alone in the article ("Warhol's Polaroids"), as a person's does and "Independent" does not.
  if (!article.standsAlone.has(family.lower)) return 0;
  return i + 2;
}

/**
 * "Alvin Yeung of Civic Party": a run of two or three capitalised words with no organisation or place word, then
 * "of" and an organisation's name, is a person's name followed by their organisation ("University of Sheffield",
 * "Bank of England" have their organisation word first). Returns the end of the person's name, or 0.
 */
function personBeforeOf(tokens: readonly TokenInfo[], i: number, last: number): number {
  let k = i;
  while (k < last && k - i < 4 && tokens[k]!.lower !== 'of') {
    const t = tokens[k]!;
    if (!t.nameLike || ORG_WORDS.has(t.lower) || PLACE_WORDS.has(t.lower) || t.value === t.value.toUpperCase()) return 0;
    // "Presidential Award of Service", "Deputy Director of …": office words are no person's name.
    if (TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower)) return 0;
    k++;
  }
  if (k - i < 2 || k - i > 3 || k >= last || tokens[k]!.lower !== 'of' || DIRECTIONS.has(tokens[i]!.lower)) return 0;
  return organisationAt(tokens, k + 1, last) && ORG_WORDS.has(tokens[last - 1]!.lower) ? k : 0;
}

/** A capitalised run the shapes read in the current sentence: its tokens and its candidate's index in the output. */
interface Run {
  readonly first: number;
  readonly end: number;
  readonly out: number;
  readonly words: number;
}

const AFFILIATION = new Set(['of', 'from', 'at', 'for']);

/** Tokens that join members of a list: ",", "and", "or", ", and", ", or". Returns whether [from, to) is one. */
function listJoint(tokens: readonly TokenInfo[], from: number, to: number): boolean {
  if (to - from === 1) return tokens[from]!.value === ',' || tokens[from]!.lower === 'and' || tokens[from]!.lower === 'or';
  return to - from === 2 && tokens[from]!.value === ',' && (tokens[from + 1]!.lower === 'and' || tokens[from + 1]!.lower === 'or');
}

/**
 * "Romelu Lukaku, Yannick Carrasco, and Dries Mertens": in a list where one member is a person (by its context, a
 * title, the KB, or a given name the resolver will read), the other members of a person's shape are persons too:
 * unknown runs of two or three capitalised words, none a word of a place or organisation the KB knows. A list
 * holding an organisation or a place is left alone ("Sweden, Belgium and England").
 */
function spreadOverLists(tokens: readonly TokenInfo[], runs: readonly Run[], out: Candidate[], start: number, end: number, ctx: ShapeContext, article: ArticleWords): void {
  // Members in token order: the shapes' runs and the persons other generators named (each run is after its predecessor).
  const members: { first: number; end: number; run: Run | null }[] = [];
  let r = 0;
  for (let k = start; k < end; k++) {
    const personEnd = ctx.personAt.get(k);
    if (personEnd !== undefined) {
      members.push({ first: k, end: personEnd, run: null });
      k = personEnd - 1;
      continue;
    }
    if (r < runs.length && runs[r]!.first === k) {
      members.push({ first: k, end: runs[r]!.end, run: runs[r]! });
      k = runs[r]!.end - 1;
      r++;
    }
  }
  let a = 0;
  while (a < members.length) {
    let b = a + 1;
    while (b < members.length && listJoint(tokens, members[b - 1]!.end, members[b]!.first)) b++;
    // "Raymond Chan of People Power, and Leung Kwok-hung": a run after "of" or "from" is an affiliation, not a member.
    const first = members[a]!.first;
    const from = first > start && AFFILIATION.has(tokens[first - 1]!.lower) ? a + 1 : a;
    if (b - from >= 2) spreadOverList(tokens, members, from, b, out, ctx, article);
    a = b;
  }
}

function spreadOverList(tokens: readonly TokenInfo[], members: readonly { first: number; end: number; run: Run | null }[], a: number, b: number, out: Candidate[], ctx: ShapeContext, article: ArticleWords): void {
  let person = false;
  for (let m = a; m < b; m++) {
    const run = members[m]!.run;
    if (!run) {
      person = true;
      continue;
    }
    const c = out[run.out]!;
    if (c.type === 'PERSON') {
      person = true;
      continue;
    }
    // "Chuck Close": a run opening with a given name is a person's for the resolver, whatever its other words.
    if (run.words >= 2 && ctx.isGivenName(tokens[run.first]!.lower)) {
      person = true;
      continue;
    }
    if (!personShaped(tokens, run, ctx, article)) return;
  }
  if (!person) return;
  for (let m = a; m < b; m++) {
    const run = members[m]!.run;
    if (!run || out[run.out]!.type !== null) continue;
    const c = out[run.out]!;
    out[run.out] = makeCandidate(c, {
      kind: c.kind, type: 'PERSON', title: null, offices: [], country: null, kbRef: null, plural: false, caption: c.caption,
      sentence: c.sentence, rule: 'person-in-list-of-persons', score: 0.5,
    });
  }
}

/**
 * An untyped run of two or three capitalised words, none known to the KB, none all capitals, none a word of an
 * office ("Deputy", "Public Affairs", "Foreign Relations") nor written lower-case in the article ("Stakeholder
 * Forum", "Identification Team"), ending on a word ("Ph.D." is none), not opening with a direction.
 */
function personShaped(tokens: readonly TokenInfo[], run: Run, ctx: ShapeContext, article: ArticleWords): boolean {
  if (run.words < 2 || run.words > 3 || DIRECTIONS.has(tokens[run.first]!.lower)) return false;
  if (!/^\p{L}[\p{L}'’]+$/u.test(tokens[run.end - 1]!.value)) return false;
  for (let k = run.first; k < run.end; k++) {
    const t = tokens[k]!;
    if (ctx.known[k] || ctx.placeAt.has(k)) return false;
    if (t.value.length > 1 && t.value === t.value.toUpperCase() && /\p{Lu}/u.test(t.value)) return false;
    const w = t.lower;
    if (article.lowerCase.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || COMPLEMENT_WORDS.has(w) || HONORIFICS.has(w)) return false;
  }
  return true;
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
  const article = articleWords(tokens);
  const runs: Run[] = [];
  for (const [start, end] of input.sentences) {
    runs.length = 0;
    let i = start;
    while (i < end) {
      // "Image: Nick Moreau": a credit label is no name.
      if (CREDIT_WORDS.has(tokens[i]!.lower) && i + 1 < end && tokens[i + 1]!.value === ':') {
        i += 2;
        continue;
      }
      if (claimed[i] || !startsName(tokens, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      let last = i + 1;
      while (j < end && !claimed[j]) {
        const t = tokens[j]!;
        // "Belle Image: Nick Moreau": a caption's credit label ends the name before it.
        if (CREDIT_WORDS.has(t.lower) && j + 1 < end && tokens[j + 1]!.value === ':') break;
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
      let words = tokens.slice(i, last).filter((t) => isNameToken(t));
      // "Tom Devocht and Mark Rathbun": without an organisation word, a connector separates two names.
      let hasOrgWord = words.some((t) => ORG_WORDS.has(t.lower));
      // A lone word cut from a longer run ("Amity" of "Treaty of Amity and Commerce") is no lone name.
      const alone = words.length === 1;
      if (!hasOrgWord) {
        const cut = tokens.slice(i, last).findIndex((t) => CONNECTORS.has(t.lower));
        if (cut > 0) {
          last = i + cut;
          // The words of the first name only: "Starry Lee and Holden Chow" is two two-word names, not one of four.
          words = words.filter((t) => t.end <= tokens[last - 1]!.end);
        }
      } else if (personBeforeOf(tokens, i, last)) {
        // "Alvin Yeung of Civic Party", "Troy Patterson of Slate Magazine": a person's name, then their organisation.
        last = personBeforeOf(tokens, i, last);
        words = tokens.slice(i, last);
        hasOrgWord = false;
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
        const person = isOrg || isPlace || inPlace !== null ? null : personRule(tokens, i, last, words.length, alone, start, end, ctx, article);
        const place = isPlace || inPlace !== null;
        out.push(makeCandidate(spanText(text, tokens, i, last), {
          kind: 'name', type: isOrg ? 'ORG' : place ? 'LOC' : person ? 'PERSON' : null, title: null, offices: [], country: inPlace || null, kbRef: null,
          plural: false, caption: tokens[i]!.blockKind === 'caption', sentence: tokens[i]!.sentence,
          rule: isOrg ? 'capitalised-run-org-word' : isPlace ? 'capitalised-run-place-word' : inPlace !== null ? 'place-before-known-place' : person ?? (words.length > 1 ? 'capitalised-run' : 'capitalised-word'),
          score: isOrg || place ? 0.6 : person ? 0.5 : 0.4,
        }));
        runs.push({ first: i, end: last, out: out.length - 1, words: words.length });
        const nested = isOrg ? personInOrganisation(tokens, i, last, ctx, article) : 0;
        if (nested > 0) {
          out.push(makeCandidate(spanText(text, tokens, i, nested), {
            kind: 'name', type: 'PERSON', title: null, offices: [], country: null, kbRef: null, plural: false,
            caption: tokens[i]!.blockKind === 'caption', sentence: tokens[i]!.sentence, rule: 'person-in-organisation-name', score: 0.5,
          }));
        }
      }
      i = Math.max(last, i + 1);
    }
    if (runs.length > 0) spreadOverLists(tokens, runs, out, start, end, ctx, article);
  }
  return out;
}
