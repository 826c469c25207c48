/**
 * Subjects and objects from the sentence's surface, without a parse: walks
 * left and right from a trigger over the view's tokens, bounded in length and
 * stopped at clause ends, so each walk costs at most a few dozen steps.
 */
import { coordinatedLeft, coordinatedRight, verbFollows } from './coordination.js';
import type { SentenceView } from './sentence-view.js';
import { BE_FORMS, CLAUSE_ENDS, CLAUSE_OPENERS, MODIFIER_POS, POSSESSIVE_PRONOUNS, RELATIVES, SAY_VERBS, TARGET_PREPOSITIONS } from './words.js';

/** How far a subject may stand from its verb ("Blinken, who is making his first foreign trip since …, spoke"). */
export const MAX_SUBJECT_REACH = 25;
/** How far after the trigger a target may start ("meet later this week in Anchorage, Alaska, with Yang"). */
export const MAX_TARGET_REACH = 16;
/** Words between a demand and its "that" ("demanded on Friday that …"). */
const MAX_BEFORE_THAT = 3;

/** Words between a governor and its actor: determiners, adjectives, and name words no mention took ("by *U.S.* Defense Secretary Austin"). */
function isModifier(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  // An adjectival participle too: "meet with *exiled* dissidents".
  return MODIFIER_POS.has(t.pos) || t.pos === 'PROPN' || POSSESSIVE_PRONOUNS.has(t.normal) || (t.pos === 'VERB' && adjectival(view, i));
}

/** The token that governs the actor starting at `first`: the nearest one before it that is no modifier, or -1. */
export function governorOf(view: SentenceView, first: number): number {
  let k = first - 1;
  while (k >= 0 && view.actorAt[k]! < 0 && isModifier(view, k) && first - k <= 4) k--;
  return k >= 0 && view.tokens[k + 1]?.pos === 'NUM' ? beforeApproximation(view, k) : k;
}

/** Words that make a number approximate ("over 150", "about 70"), tagged as prepositions. */
const APPROXIMATORS: ReadonlySet<string> = new Set(['over', 'about', 'around', 'nearly', 'almost', 'approximately', 'roughly', 'some', 'under']);
/** The word before each two-word approximation: "up to", "more than", "fewer than", "at least" (a Map: any token is looked up). */
const APPROXIMATING_PAIRS: ReadonlyMap<string, readonly string[]> = new Map([['to', ['up']], ['than', ['more', 'fewer', 'less']], ['least', ['at']]]);

/**
 * A quantity's approximation is part of the noun phrase, not its governor: "*Up to* 1,000 ethnic Turks began a hunger
 * strike", "*about* 200 supporters … blocked roads", "*more than* 50 police". Returns the token before it, else `k`.
 */
function beforeApproximation(view: SentenceView, k: number): number {
  const w = view.tokens[k]!.normal;
  if (APPROXIMATING_PAIRS.get(w)?.includes(view.tokens[k - 1]?.normal ?? '')) return k - 2;
  return APPROXIMATORS.has(w) ? k - 1 : k;
}

/** Parts of speech before a participle that make it an adjective ("the *occupied* West Bank", "*Ousted* President"). */
const BEFORE_ADJECTIVAL: ReadonlySet<string> = new Set(['DET', 'ADP', 'ADJ', 'NUM']);
const AFTER_ADJECTIVAL: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ']);

/**
 * A past participle used as an adjective is no verb: "*Ousted* President Akayev", "the *occupied* West Bank",
 * "Vietnamese-*led* forces", "*exiled* dissidents": an -ed word that opens the sentence or follows a determiner, a
 * preposition, an adjective or a hyphen, and stands before a noun or a name; any word closing a hyphenated
 * compound before a noun ("war-*torn* Mozambique"). It neither codes an event nor governs the name after it.
 */
export function adjectival(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (!AFTER_ADJECTIVAL.has(view.tokens[i + 1]?.pos ?? '')) return false;
  const before = view.tokens[i - 1];
  // A participle closing a hyphenated compound, whatever its ending: "war-*torn* Mozambique", "state-*run* media".
  if (before?.normal === '-' && before.end === t.start) return true;
  if (!t.normal.endsWith('ed')) return false;
  // An adverb between: "the *recently* imposed Sharia law", "the *newly* elected president".
  const opener = before?.pos === 'ADV' && before.normal.endsWith('ly') ? view.tokens[i - 2] : before;
  return opener === undefined || BEFORE_ADJECTIVAL.has(opener.pos) || opener.normal === '-';
}

/** Is the list headed by `first` the object of a (non-saying) verb? */
function isVerbObject(view: SentenceView, first: number): boolean {
  const g = governorOf(view, first);
  return g >= 0 && view.tokens[g]!.pos === 'VERB' && !SAY_VERBS.has(view.tokens[g]!.normal);
}

/** Words tagged as prepositions that also open a clause: "came *as* Israel announced …", "*after* Russia invaded". */
const SUBORDINATORS: ReadonlySet<string> = new Set(['as', 'while', 'after', 'before', 'since', 'until', 'because', 'once', 'whereas']);

/** Is the list headed by `first` the object of a preposition or of a (non-saying) verb? */
function governed(view: SentenceView, first: number): boolean {
  const g = governorOf(view, first);
  if (g < 0) return false;
  const t = view.tokens[g]!;
  if (t.pos === 'ADP' && SUBORDINATORS.has(t.normal) && verbFollows(view, first)) return false;
  return t.pos === 'ADP' || (t.pos === 'VERB' && !SAY_VERBS.has(t.normal) && !adjectival(view, g));
}

/** Words of a noun phrase an owner opens ("Iraq's *national security advisor*", "bin Laden's *al-Qaeda terror network*"). */
const OWNED_PHRASE_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'PART']);
/** Longest owned phrase read as the subject. */
const MAX_OWNED_PHRASE = 6;

/**
 * Does the phrase an owner opens (tokens [from, at)) run up to the verb at `at` as its subject? Its words are
 * nouns, names and adjectives, then auxiliaries and adverbs ("has", "today"): "Iraq's national security advisor met".
 */
function ownsSubject(view: SentenceView, from: number, at: number): boolean {
  let k = from;
  let nouns = 0;
  for (; k < at && k - from <= MAX_OWNED_PHRASE; k++) {
    const t = view.tokens[k]!;
    if (view.actorAt[k]! >= 0) return false;
    if (t.pos === 'NOUN' || t.pos === 'PROPN') nouns++;
    else if (!OWNED_PHRASE_POS.has(t.pos) && t.normal !== '-' && t.normal !== "'s" && t.normal !== "'") break;
  }
  for (; k < at; k++) if (view.tokens[k]!.pos !== 'AUX' && view.tokens[k]!.pos !== 'ADV') return false;
  return nouns > 0;
}

/** Parts of speech of a noun phrase before "of" ("the *interim government* of Iraq"). */
const HEAD_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN']);
const OF_HEAD_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'NUM']);

/** Longest "from/in …" phrase between a subject's head and its verb ("Thousands of Nigerians *from throughout the country* were converging"). */
const MAX_ORIGIN_PHRASE = 5;
const ORIGIN_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM']);

/**
 * Tokens [from, at) are auxiliaries and adverbs, after at most one short "from/in …" phrase of place or origin, up
 * to the trigger or to the clause's verb when the trigger is a noun after it.
 */
function onlyAuxiliariesOrPlace(view: SentenceView, from: number, at: number): boolean {
  let k = from;
  if (['from', 'in', 'across'].includes(view.tokens[k]?.normal ?? '')) {
    const end = k + 1 + MAX_ORIGIN_PHRASE;
    k++;
    while (k < at && k < end && ORIGIN_PHRASE_POS.has(view.tokens[k]!.pos)) k++;
  }
  for (; k < at; k++) {
    // The clause's verb reached before the trigger: the trigger is a noun in its predicate ("… are continuing a *hunger strike*").
    if (view.tokens[k]!.pos === 'VERB') return true;
    if (view.tokens[k]!.pos !== 'AUX' && view.tokens[k]!.pos !== 'ADV') return false;
  }
  return true;
}

/**
 * Is the actor [first, last) the "of" complement of a subject's head noun that runs up to the verb at `at`? "The
 * government of Mozambique accepted …", "the mayor of Nablus said": the head noun opens the clause (sentence start
 * or a comma before it), and only auxiliaries or adverbs stand between the actor and the verb.
 */
function headsSubject(view: SentenceView, first: number, last: number, at: number): boolean {
  const of = first - 1;
  // The head may be a quantity the tagger calls a name at the sentence's start ("Hundreds of UN troops withdrew").
  if (view.tokens[of]?.normal !== 'of' || !OF_HEAD_POS.has(view.tokens[of - 1]?.pos ?? '')) return false;
  if (!onlyAuxiliariesOrPlace(view, last, at)) return false;
  let k = of - 1;
  while (k >= 0 && of - k <= 4 && HEAD_PHRASE_POS.has(view.tokens[k]!.pos) && view.actorAt[k]! < 0) k--;
  return k < 0 || view.tokens[k]!.normal === ',' || CLAUSE_ENDS.has(view.tokens[k]!.normal);
}

/**
 * The subject of the word at `at`: the nearest actor list to its left in the
 * clause that is not owned (possessive) nor governed by a preposition or a verb;
 * through a relative pronoun, its antecedent. An owner whose phrase runs up to
 * the word stands for what it owns ("Iraq's national security advisor met …" →
 * Iraq), as PETRARCH codes an unnamed office by its country.
 */
/** Longest short form in brackets ("(APEC)", "(Nation)", "(ROC)"). */
const MAX_ALIAS = 3;

/** The "(" opening a bracketed name or short form that closes at `close`, or -1. */
function bracketedAlias(view: SentenceView, close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= MAX_ALIAS + 1; k--) {
    const t = view.tokens[k]!;
    if (t.normal === '(') return k < close - 1 ? k : -1;
    if (t.pos !== 'PROPN' && t.pos !== 'NOUN' && view.actorAt[k]! < 0) return -1;
  }
  return -1;
}

/** Object pronouns: before "to" and a verb they are its doer ("want *him* to resign", "asked *them* to leave"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);

export function findSubject(view: SentenceView, at: number, depth = 0): number[] {
  const { tokens, actorAt, actors } = view;
  if (tokens[at - 1]?.normal === 'to' && OBJECT_PRONOUNS.has(tokens[at - 2]?.normal ?? '')) {
    const a = actorAt[at - 2]!;
    return a >= 0 ? [a] : [];
  }
  for (let i = at - 1; i >= 0 && at - i <= MAX_SUBJECT_REACH; i--) {
    const a = actorAt[i]!;
    if (a >= 0) {
      const list = coordinatedLeft(view, a);
      const head = actors[list[0]!]!;
      if (!governed(view, head.first) && (!actors[a]!.possessive || ownsSubject(view, actors[a]!.last, at))) return list;
      if (!actors[a]!.possessive && headsSubject(view, head.first, actors[a]!.last, at)) return list;
      // The object of a verb right before this one is this verb's doer ("helping young militants join a group"),
      // not the clause subject further left: no subject of the clause's. A participle right after the object
      // describes it ("disperse demonstrators *protesting* the results"): the object is its doer.
      if (actors[a]!.last === at && isVerbObject(view, head.first)) return tokens[at]!.normal.endsWith('ing') ? list : [];
      i = head.first;
      continue;
    }
    const w = tokens[i]!.normal;
    // A name's short form in brackets is no clause end: "The Asia-Pacific Economic Cooperation (APEC) forum has agreed".
    if (w === ')') {
      const open = bracketedAlias(view, i);
      if (open >= 0) { i = open; continue; }
    }
    if (CLAUSE_ENDS.has(w)) return [];
    if (RELATIVES.has(w)) {
      let k = i - 1;
      if (tokens[k]?.normal === ',') k--;
      const ante = k >= 0 ? actorAt[k]! : -1;
      if (ante >= 0 && actors[ante]!.last === k + 1) return coordinatedLeft(view, ante);
      if (w !== 'that') return [];
    }
    if (CLAUSE_OPENERS.has(w)) return w === 'that' && depth < MAX_REPORTING_DEPTH ? speakerOfOwnClause(view, i, depth + 1) : [];
  }
  return [];
}

/** Verbs of declaring whose subject an "it"/"they" right after their "that" refers back to. */
const DECLARING: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'announce', 'announces', 'announced', 'declare', 'declares', 'declared', 'state', 'states', 'stated',
  'add', 'adds', 'added', 'claim', 'claims', 'claimed', 'insist', 'insists', 'insisted', 'warn', 'warns', 'warned', 'confirm', 'confirms', 'confirmed',
]);
const BACK_PRONOUNS: ReadonlySet<string> = new Set(['it', 'they']);
/** "X said that it said that it …": reported speech is followed back this many levels, so no sentence recurses deep. */
const MAX_REPORTING_DEPTH = 3;
/** Words between a verb of declaring and its "that" ("announced *on Tuesday* that"). */
const MAX_DECLARING_GAP = 3;

/**
 * "Iraq's interim government announced that *it* is prepared to impose martial law": an "it" or "they" opening the
 * "that" clause of a verb of declaring is that verb's subject, as it is without the "that" ("Germany said it
 * would …", where the subject search passes over "said"). The actors stage leaves it and they to this stage.
 */
function speakerOfOwnClause(view: SentenceView, that: number, depth: number): number[] {
  if (!BACK_PRONOUNS.has(view.tokens[that + 1]?.normal ?? '')) return [];
  for (let k = that - 1; k >= 0 && that - k <= MAX_DECLARING_GAP; k--) {
    const t = view.tokens[k]!;
    if (DECLARING.has(t.normal) && (t.pos === 'VERB' || (t.pos === 'ADJ' && k === that - 1))) return findSubject(view, k, depth);
    if (view.actorAt[k]! >= 0 || t.pos === 'VERB' || t.pos === 'AUX' || CLAUSE_ENDS.has(t.normal) || t.normal === ',') return [];
  }
  return [];
}

/** Words of a direct object's phrase before the actor it names or owns. */
const OBJECT_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'ADV', 'PART']);
/** Longest object phrase before its actor ("the mayor of the northern West Bank city of Nablus"). */
const MAX_OBJECT_PHRASE = 7;

/**
 * Is the actor at `first` inside the direct object that starts at `from`? The words between are a noun phrase
 * ("the southern regional capital Juba"), possibly "N of" ("the mayor of Nablus", "the deputy chief of Israel's
 * militia"): the object's head is an office or place of the actor, which stands for it, as PETRARCH codes it.
 */
function inObject(view: SentenceView, from: number, first: number): boolean {
  if (first - from > MAX_OBJECT_PHRASE) return false;
  for (let k = from; k < first; k++) {
    const t = view.tokens[k]!;
    if (OBJECT_PHRASE_POS.has(t.pos) || t.normal === "'s") continue;
    if (t.normal === 'of' && k > from && view.tokens[k - 1]!.pos === 'NOUN') continue;
    // A quantity's preposition before its number: "free *over* 150 Palestinian prisoners", "*about* 70 refugees".
    if (APPROXIMATORS.has(t.normal) && view.tokens[k + 1]?.pos === 'NUM') continue;
    return false;
  }
  return true;
}

/**
 * The target after position `from`: an actor list right after it (a direct
 * object) or after a target preposition, before any other verb; with
 * `complement`, also the subject of a "that" clause opening right there.
 */
export function findTarget(view: SentenceView, from: number, options: { readonly direct?: boolean; readonly complement?: boolean } = {}): number[] {
  const { tokens, actorAt, actors } = view;
  const direct = options.direct ?? true;
  for (let i = from; i < tokens.length && i - from < MAX_TARGET_REACH; i++) {
    const a = actorAt[i]!;
    if (a >= 0) {
      const g = governorOf(view, actors[a]!.first);
      // A demand is addressed to the subject of its "that" clause: "demanded that Hamas renounce …".
      const addressed = options.complement === true && g >= from && tokens[g]!.normal === 'that' && g - from <= MAX_BEFORE_THAT;
      const ok = (direct && (g === from - 1 || inObject(view, from, actors[a]!.first))) || addressed || (g >= from && TARGET_PREPOSITIONS.has(tokens[g]!.normal));
      // A possessor is the target too: "appreciate the Biden administration’s commitment".
      if (ok) return coordinatedRight(view, personQualified(view, a));
      i = actors[a]!.last - 1;
      continue;
    }
    const t = tokens[i]!;
    if (CLAUSE_ENDS.has(t.normal) || (t.pos === 'VERB' && i > from)) break;
  }
  return [];
}

/** Words of a title between a country or owner and the person it qualifies ("Republic of Cyprus (ROC) Foreign Minister …"). */
const TITLE_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ', 'DET']);
const TITLE_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', '(', ')', '-', "'s", "'"]);
/** Longest title run from a qualifying actor to its person ("UAE Minister of Foreign Affairs and International Cooperation Sheikh …"). */
const MAX_TITLE = 10;

/**
 * The person a country, organisation or owner qualifies when a title leads from it to them: "spoke with Republic
 * of Cyprus (ROC) Foreign Minister Nikos Christodoulides", "met with NATO Secretary General Jens Stoltenberg",
 * "met with His Majesty King Abdullah II": the person is the one met, the country or owner describes them. Else
 * the actor itself.
 */
function personQualified(view: SentenceView, a: number): number {
  const start = view.actors[a]!;
  if (start.type === 'PERSON' && !start.possessive) return a;
  for (let k = start.last; k < view.tokens.length && k - start.last < MAX_TITLE; k++) {
    const b = view.actorAt[k]!;
    if (b >= 0 && b !== a) {
      if (view.actors[b]!.type === 'PERSON' && !view.actors[b]!.possessive) return b;
      k = view.actors[b]!.last - 1;
      continue;
    }
    const t = view.tokens[k]!;
    if (!TITLE_POS.has(t.pos) && !TITLE_WORDS.has(t.normal)) break;
  }
  return a;
}

/** The actor list after "by" following a passive verb ("were joined by Austin and Kishi"). */
export function findAgent(view: SentenceView, from: number): number[] {
  for (let i = from; i < view.tokens.length && i - from < MAX_TARGET_REACH; i++) {
    const w = view.tokens[i]!.normal;
    if (CLAUSE_ENDS.has(w)) break;
    if (w !== 'by') continue;
    for (let k = i + 1; k < view.tokens.length && k - i <= 4; k++) {
      const a = view.actorAt[k]!;
      if (a >= 0) return coordinatedRight(view, a);
      if (!isModifier(view, k)) break;
    }
    break;
  }
  return [];
}

/** A be-form (adverbs between allowed) before a past participle: "were joined", "was not invited". */
/** Participles that after "be" and before "in" state what the subject does: "were *engaged in* ethnic cleansing", "is *involved in* talks". */
const STATIVE_IN: ReadonlySet<string> = new Set(['engaged', 'involved']);

export function isPassive(view: SentenceView, verb: number): boolean {
  const t = view.tokens[verb]!;
  if (t.normal.endsWith('ing')) return false;
  if (STATIVE_IN.has(t.normal) && view.tokens[verb + 1]?.normal === 'in') return false;
  for (let k = verb - 1; k >= 0 && verb - k <= 3; k--) {
    const w = view.tokens[k]!;
    if (BE_FORMS.has(w.normal)) return true;
    if (w.pos !== 'ADV' && w.normal !== 'not' && w.normal !== "n't") return false;
  }
  return false;
}
