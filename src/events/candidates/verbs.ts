/**
 * Verb events: the CAMEO verb dictionary's matches on tokens the tagger calls
 * verbs, with a subject from the clause (or the passive's "by" phrase) and a
 * target from the pattern's slot or the words after the verb. A match without
 * a source actor, or whose code PLOVER does not keep (01 statements), is no
 * event. Without a target, only the types whose verbs state the actor's own
 * act or stance stand alone (ALONE_TYPES: "rebels protested", "Iran threatened
 * to …", "Israel rejected the proposal"), and acts of force with an object no
 * actor names ("police confiscated weapons", "killed three civilians": PLOVER
 * needs no recipient for ASSAULT or COERCE); other acts done to someone
 * (praise, aid, meetings) need the someone, since the dictionary's default
 * codes are too loose to trust without one.
 */
import type { Codebooks, VerbMatch } from '../../codebooks/index.js';
import { adjectival, findAgent, findSubject, findTarget, governorOf, isPassive } from '../clause.js';
import { CLAUSE_ENDS, POSSESSIVE_PRONOUNS, REQUEST_ROOTS, SAY_VERBS } from '../words.js';
import { codesOf, coordinatedRight, entitiesOf } from '../coordination.js';
import type { Draft } from '../draft.js';
import { ALONE_TYPES, FORCE_TYPES, ploverOf } from '../plover-map.js';
import type { SentenceView } from '../sentence-view.js';
import { intentCode } from '../refiners/intent.js';
import { isModalCue, modalityBefore } from '../refiners/modality.js';

const MATCH_SCORE = 0.8;
const DEFAULT_SCORE = 0.65;
/**
 * Prepositions before a gerund whose act is not the clause subject's: "jailed a student *for helping* militants",
 * "a trip aimed *at pushing* for a ceasefire", "*before leaving* for Beijing": the gerund's doer is someone else or
 * the act a circumstance; either way the subject search would give it the wrong source.
 */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'at', 'after', 'before', 'without', 'despite', 'of', 'against', 'about', 'by', 'in', 'upon', 'since']);

/** A gerund right after such a preposition. */
function circumstantial(view: SentenceView, i: number): boolean {
  return view.tokens[i]!.normal.endsWith('ing') && GERUND_PREPOSITIONS.has(view.tokens[i - 1]?.normal ?? '');
}

/** Verbs of refusal: before "to" they are the event (a rejection), not a modal cue. */
const REFUSALS: ReadonlySet<string> = new Set(['refuse', 'decline']);
/** Protest verbs that mean "show" when they take an object ("demonstrated a willingness", "rallied support"). */
const INTRANSITIVE_PROTESTS: ReadonlySet<string> = new Set(['demonstrate', 'rally']);
const OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'PRON', 'ADJ', 'NOUN', 'NUM']);

/** Actors inside a pattern slot's token range. */
function actorsIn(view: SentenceView, start: number, end: number): number[] {
  const out = new Set<number>();
  for (let i = start; i < end; i++) if (view.actorAt[i]! >= 0) out.add(view.actorAt[i]!);
  return [...out];
}

function slotActors(view: SentenceView, place: VerbMatch['source']): number[] | null {
  return place.start !== undefined && place.end !== undefined ? actorsIn(view, place.start, place.end) : null;
}

/** "Agreed to + verb", "pledged to …": an intent follows the verb, which AGREE needs to stand without a recipient. */
/** Verbs that commit their subject to what follows ("agreed to hold", "pledged to send"); "is preparing to" commits no one. */
const COMMITMENT_VERBS = new Set(['agree', 'pledge', 'promise', 'vow', 'commit', 'offer', 'undertake', 'consent', 'decide', 'resolve']);

/** Longest adverbial between a verb of commitment and its "to" ("agreed *in principle on Saturday* to provide"). */
const MAX_ADVERBIAL = 6;
const ADVERBIAL_POS: ReadonlySet<string> = new Set(['ADV', 'ADP', 'DET', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** The "to" of the infinitive after `from`, across a short adverbial of time or manner, or -1. */
function infinitiveAfter(view: SentenceView, from: number): number {
  for (let k = from; k < view.tokens.length && k - from <= MAX_ADVERBIAL; k++) {
    const t = view.tokens[k]!;
    if (t.normal === 'to') return view.tokens[k + 1]?.pos === 'VERB' ? k : -1;
    // The adverbial opens with an adverb or a preposition ("in principle", "on Saturday", "today"), never an object.
    if (!ADVERBIAL_POS.has(t.pos) || view.actorAt[k]! >= 0 || (k === from && t.pos !== 'ADV' && t.pos !== 'ADP' && t.pos !== 'PROPN')) return -1;
  }
  return -1;
}

function intentFollows(view: SentenceView, m: VerbMatch): boolean {
  return COMMITMENT_VERBS.has(m.lemma) && infinitiveAfter(view, m.end) >= 0;
}

/**
 * What a commitment commits to, coded as CAMEO's express-intent codes code it: "agreed to provide aid" 033, "agreed
 * to release the prisoners" 0353, "agreed to meet" 036 (intent to meet or negotiate). Null when the promised act has
 * no intent code of its own (the verb's 030 stands).
 */
function committedCode(view: SentenceView, codebooks: Codebooks, m: VerbMatch): string | null {
  if (!COMMITMENT_VERBS.has(m.lemma)) return null;
  const to = infinitiveAfter(view, m.end);
  if (to < 0) return null;
  const content = codebooks.matchVerbs(view.tokens, { isVerb: (_, i) => i === to + 1 })[0]?.code ?? null;
  if (content === null) return null;
  return content.startsWith('04') ? INTENT_TO_MEET : intentCode(content);
}
const INTENT_TO_MEET = '036';

/**
 * Whom a commitment is made to: the recipient of what is promised ("agreed to provide aid *to Romania and Poland*",
 * "pledged to send troops to Mali"). The promised act itself is the commitment's content.
 */
function promisedTo(view: SentenceView, m: VerbMatch): number[] {
  if (!COMMITMENT_VERBS.has(m.lemma)) return [];
  const to = infinitiveAfter(view, m.end);
  if (to < 0) return [];
  // A recipient after a preposition ("to Mali", "for Romania", "with Peru"); else a named object ("to meet Peru"),
  // not what is sent or given ("to send *troops*").
  for (let i = to + 2; i < view.tokens.length && i - to < MAX_RECIPIENT_REACH; i++) {
    const a = view.actorAt[i]!;
    if (a >= 0) {
      const g = governorOf(view, view.actors[a]!.first);
      if (g > to + 1 && RECIPIENT_PREPOSITIONS.has(view.tokens[g]!.normal)) return coordinatedRight(view, a);
      i = view.actors[a]!.last - 1;
      continue;
    }
    const t = view.tokens[i]!;
    if (CLAUSE_ENDS.has(t.normal) || (t.pos === 'VERB' && i > to + 1)) break;
  }
  return findTarget(view, to + 2).filter((k) => view.actors[k]!.type !== 'AGENT');
}
const MAX_RECIPIENT_REACH = 14;
const RECIPIENT_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'for', 'with', 'toward', 'towards']);

/**
 * An AGREE that stands without a recipient: a commitment to an act ("agreed to resign"), an agreement to or on
 * something ("agreed to a six-month extension", "agreed on a plan"), an acceptance ("accepted a formula"), an
 * agreement reached ("reached a compromise").
 */
function agreesAlone(view: SentenceView, m: VerbMatch): boolean {
  // A pattern that names the agreement reached ("reached a consensus", "reached a deal", "reached a compromise").
  // Not one that failed: "failed to reach agreement" agreed nothing, and names no one it was refused to.
  if (m.lemma === 'reach' && m.pattern !== null) return modalityBefore(view, m.verb.start) !== 'negated';
  if (intentFollows(view, m) || m.lemma === 'accept') return true;
  const next = view.tokens[m.end]?.normal;
  return m.lemma === 'agree' && (next === 'to' || next === 'on');
}

/** Nouns of a relation two parties share ("restored *ties*", "signed an *agreement*"). */
const RELATION_NOUNS: ReadonlySet<string> = new Set(['ties', 'relations', 'agreement', 'accord', 'treaty', 'pact', 'cooperation', 'memorandum']);

/**
 * "Czechia and Albania upgraded their diplomatic ties", "Chile and Peru signed an agreement": a cooperative act (05,
 * 06) on a relation the coordinated subjects share is done by each to the other, as a meeting is (reciprocal).
 */
function mutualRelation(view: SentenceView, code: string, m: VerbMatch, src: readonly number[]): boolean {
  if (!['05', '06'].includes(code.slice(0, 2)) || src.length < 2) return false;
  for (let k = m.verb.end; k < view.tokens.length && k - m.verb.end < 5; k++) if (RELATION_NOUNS.has(view.tokens[k]!.normal)) return true;
  return false;
}

/** CAMEO 111, criticize or denounce: a protest made in words is an accusation (PLOVER ACCUSE disapprove). */
const SPOKEN_PROTEST = '111';

/**
 * "Protested" as a verb of saying is a complaint, not a demonstration (the PLOVER manual: diplomatic protests and
 * statements are ACCUSE; PROTEST "presumes significant physical/material activity"): followed by "that" ("protested
 * that the vote was rigged"), or closing a reported clause ("Croatia is failing refugees, a rights group
 * *protested*"), its subject right after a comma that ends the clause it reports.
 */
/** Null when the protest is no speech act; else the comma ending the clause it reports, or -1 (before "that"). */
function protestsInWords(view: SentenceView, m: VerbMatch): number | null {
  if (m.pattern !== null || !m.lemma.startsWith('protest')) return null;
  if (view.tokens[m.verb.end]?.normal === 'that') return -1;
  let k = m.verb.start - 1;
  while (k >= 0 && view.tokens[k]!.pos === 'AUX') k--;
  const a = k >= 0 ? view.actorAt[k]! : -1;
  if (a < 0) return null;
  let first = view.actors[a]!.first;
  while (first > 0 && MODIFIER_POS_BEFORE.has(view.tokens[first - 1]!.pos)) first--;
  return first > 3 && view.tokens[first - 1]!.normal === ',' ? first - 1 : null;
}
const MODIFIER_POS_BEFORE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** The subject of the clause a comma at `comma` closes: that of its first verb or auxiliary ("Croatia *is* failing …,"). */
function reportedSubject(view: SentenceView, comma: number): number[] {
  for (let k = 0; k < comma; k++) if (view.tokens[k]!.pos === 'VERB' || view.tokens[k]!.pos === 'AUX') return findSubject(view, k);
  return [];
}

/** A default-coded protest verb with a direct object is no protest: "Washington has demonstrated a willingness". */
function showsRatherThanProtests(view: SentenceView, m: VerbMatch, code: string): boolean {
  return m.pattern === null && code.startsWith('14') && INTRANSITIVE_PROTESTS.has(m.lemma) && OBJECT_POS.has(view.tokens[m.verb.end]?.pos ?? '');
}

/**
 * Verbs of force that name the act whatever their object: only these stand without a recipient. The dictionary's
 * other force verbs ("fired", "hit", "struck", "clashed", "seized") name no act on anyone until an actor is named
 * as its object; on State Department releases most targetless force events from them were wrong. (The worst
 * offenders, take, hold, defeat, engage and match, code nothing without a pattern any more: verb-overrides.ts.)
 */
const FORCE_VERBS: ReadonlySet<string> = new Set([
  'kill', 'murder', 'massacre', 'assassinate', 'arrest', 'detain', 'imprison', 'jail', 'deport', 'expel', 'confiscate', 'bomb', 'bombard',
  'shell', 'wound', 'injure', 'kidnap', 'abduct', 'torture', 'raid', 'demolish', 'behead', 'execute', 'beat', '+beat up',
]);
/**
 * Verbs of force whose passive with a "by" agent names the act and its doer ("a camp was attacked by militiamen",
 * "the convoy was ambushed by rebels"): the subject, no actor, is the victim. The active "attacked the plan" may be
 * words; the passive with an agent rarely is.
 */
const PASSIVE_FORCE_VERBS: ReadonlySet<string> = new Set([...FORCE_VERBS, 'attack', 'ambush', 'shoot', 'storm', 'shoot down', '+shoot down']);

/** A noun phrase before the passive verb's be-form: "A temporary camp for refugees *was* attacked". */
function victimBefore(view: SentenceView, verb: number): boolean {
  let k = verb - 1;
  while (k >= 0 && (view.tokens[k]!.pos === 'AUX' || view.tokens[k]!.pos === 'ADV')) k--;
  return k >= 0 && (view.tokens[k]!.pos === 'NOUN' || view.tokens[k]!.pos === 'PROPN' || view.actorAt[k]! >= 0);
}

/** Is the subject a place naming a thing ("the *Kabul* car bombing killed", "*Yemen* bomb kills")? The thing acted, not the place. */
function placeModifies(view: SentenceView, src: readonly number[]): boolean {
  return src.every((k) => {
    const a = view.actors[k]!;
    return (a.type === 'GPE' || a.type === 'LOC') && view.tokens[a.last]?.pos === 'NOUN' && view.actorAt[a.last]! < 0;
  });
}

/** Words that open a direct object ("killed *three* civilians", "confiscated *weapons*", "beat up *Palestinian* detainees"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/** Does a noun phrase follow the verb (a particle "up"/"down" between allowed)? An act of force with no object ("troops fired") names no victim. */
function hasObject(view: SentenceView, from: number): boolean {
  const k = view.tokens[from]?.pos === 'ADP' && ['up', 'down', 'off', 'out'].includes(view.tokens[from]!.normal) ? from + 1 : from;
  const t = view.tokens[k];
  return t !== undefined && OBJECT_OPENERS.has(t.pos) && !['this', 'that', 'it'].includes(t.normal);
}

/**
 * A pattern whose words lie beyond an auxiliary after the verb reaches into another finite clause: in "Germany said
 * it *would* impose sanctions", SANCTIONS belongs to "impose", not to "said" (PETRARCH's parse tree keeps a pattern
 * inside the verb's own phrase). Such a match is matched again on the tokens before the auxiliary, which gives the
 * verb's own pattern there or its default. "Urged Iran to release" and "demanded that Israel release" have no
 * auxiliary and keep their patterns.
 */
function withinClause(view: SentenceView, codebooks: Codebooks, m: VerbMatch): VerbMatch | null {
  if (m.pattern === null) return m;
  let aux = -1;
  // A verb of saying's pattern does not reach into what is said either: in "said yesterday that removing the
  // sanctions is out of the question", SANCTIONS is the content clause's, and "said" announces no sanctions.
  const says = SAY_VERBS.has(view.tokens[m.verb.head]!.normal);
  for (let k = m.verb.end; k < m.end && aux < 0; k++) if (view.tokens[k]!.pos === 'AUX' || (says && view.tokens[k]!.normal === 'that')) aux = k;
  if (aux < 0) return m;
  const again = codebooks.matchVerbs(view.tokens.slice(0, aux), { isVerb: (_, i) => i === m.verb.head });
  return again.find((x) => x.verb.head === m.verb.head) ?? null;
}

/**
 * The object after a predicative "as" phrase put first: "denounced *as an ugly crime* Serbia's suppression of …",
 * "branded as terrorists the rebels of …". The phrase is "as", determiners, adjectives and nouns; the object is the
 * actor right after it.
 */
function shiftedObject(view: SentenceView, from: number): number[] {
  if (view.tokens[from]?.normal !== 'as') return [];
  let k = from + 1;
  while (k < view.tokens.length && k - from <= MAX_AS_PHRASE && view.actorAt[k]! < 0 && AS_PHRASE_POS.has(view.tokens[k]!.pos)) k++;
  if (k === from + 1 || view.tokens[k - 1]!.pos !== 'NOUN' || (view.actorAt[k] ?? -1) < 0) return [];
  return findTarget(view, k);
}
const MAX_AS_PHRASE = 6;
const AS_PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'ADV']);

/** Verbs of sending people somewhere. */
const SENDING_VERBS: ReadonlySet<string> = new Set(['send', 'dispatch', 'despatch', 'deploy']);
const INVESTIGATE_CODE = '090';
const MAX_PURPOSE_REACH = 12;

/**
 * "Sent 21 personnel to Bosnia on Wednesday *to investigate* the feasibility of …", "dispatched a team to inspect
 * the site": people sent with the purpose of investigating are an investigation (CAMEO 09), whatever they are
 * (the dictionary would code the sending of military personnel as a show of force, 154). The purpose is "to" and a
 * verb the dictionary codes 09, in the sending verb's clause.
 */
function sentToInvestigate(view: SentenceView, codebooks: Codebooks, m: VerbMatch): boolean {
  if (!SENDING_VERBS.has(m.lemma)) return false;
  for (let k = m.verb.end; k < view.tokens.length - 1 && k - m.verb.end < MAX_PURPOSE_REACH; k++) {
    const t = view.tokens[k]!;
    if (CLAUSE_ENDS.has(t.normal) || t.normal === ',' || t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (t.normal === 'to' && view.tokens[k + 1]!.pos === 'VERB') {
      const purpose = codebooks.matchVerbs(view.tokens, { isVerb: (_, i) => i === k + 1 })[0];
      return purpose?.code?.startsWith('09') === true;
    }
  }
  return false;
}

/**
 * "For *its* help", "*their* attack": a word after a possessive determiner is a noun, whatever the tagger says. Not
 * after "her", which is also an object ("let her go").
 */
function afterPossessive(view: SentenceView, i: number): boolean {
  const before = view.tokens[i - 1]?.normal ?? '';
  return before !== 'her' && POSSESSIVE_PRONOUNS.has(before);
}

/** Verbs of attack that, between named people, are words: "Harris attacked Biden during the debates". */
const ATTACK_VERBS: ReadonlySet<string> = new Set(['attack', 'slam', 'blast', 'lash', 'assail', 'hit']);
const VERBAL_ATTACK = '111';

/**
 * An attack, with no pattern naming a weapon, by named people on named people is criticism (CAMEO 111): politicians
 * attack each other in words ("Harris attacked Biden", "Trump slammed Pelosi"). Armed attackers are agents or groups
 * ("gunmen attacked the minister"), and a pattern ("attacked … with rockets") keeps its code.
 */
function verballyAttacks(view: SentenceView, m: VerbMatch, code: string, src: readonly number[], tgt: readonly number[]): boolean {
  if (!ATTACK_VERBS.has(m.lemma) || !code.startsWith('19') || tgt.length === 0) return false;
  return [...src, ...tgt].every((k) => view.actors[k]!.type === 'PERSON');
}

/** "Are *going* to seek": the future, not a journey (GO_SOMEWHERE codes "going" 040); "going to Paris" still travels. */
function futureGoing(view: SentenceView, head: number): boolean {
  return view.tokens[head]!.normal === 'going' && view.tokens[head + 1]?.normal === 'to' && view.tokens[head + 2]?.pos === 'VERB';
}

/** Modal auxiliaries: the word after one (an adverb between allowed) is a bare verb, whatever the tagger says. */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll"]);

/** Auxiliaries of the perfect: the -ed or -en word after one is its participle. */
const PERFECT: ReadonlySet<string> = new Set(['have', 'has', 'had', "'ve", "'d"]);

/**
 * "Israel announced it would *free* 150 prisoners": the tagger's ADJ after a modal is the verb the modal governs;
 * so is an -ed or -en word after a perfect auxiliary ("forces have *retaken* a village", tagged NOUN).
 */
function afterModal(view: SentenceView, i: number): boolean {
  const t = view.tokens[i]!;
  if (t.pos !== 'ADJ' && t.pos !== 'NOUN') return false;
  let k = i - 1;
  if (view.tokens[k]?.pos === 'ADV' && view.tokens[k]!.normal !== 'not') k--;
  const m = view.tokens[k];
  if (m === undefined || m.pos !== 'AUX') return false;
  return MODALS.has(m.normal) || (PERFECT.has(m.normal) && /(ed|en)$/.test(t.normal));
}

/**
 * CAMEO roots of acts done to a territory's people that name no one else as their object: aid and peacekeeping
 * (07: "peacekeeping troops arrived in Bosnia"), easing restrictions (08: "lifted the curfew in Kashmir"),
 * investigating (09: "sent inspectors to a plant in Iran"), force postures (15), reduced relations (16), coercion
 * (17: "reimposed blockades in the West Bank"). Where the verb has no actor as object, the country or region
 * they are done in is their target, as PETRARCH2 reads the verb phrase's "in" complement. Not meetings (04: the
 * place of a meeting is its place, not a party) nor fighting (18–20: "killed three in Iraq" says where, not whom).
 */
const TERRITORY_ROOTS: ReadonlySet<string> = new Set(['07', '08', '09', '15', '16', '17']);
/** Of the fighting codes, occupying territory is done to the territory: "retook a village in Cambodia" is Cambodia's. */
const OCCUPY_TERRITORY = '192';

/** A place actor (GPE or LOC) after "in" in the verb's own phrase: before any other verb or clause end, within MAX_TERRITORY_REACH tokens. */
function territoryAfter(view: SentenceView, from: number): number[] {
  for (let i = from; i < view.tokens.length && i - from < MAX_TERRITORY_REACH; i++) {
    const a = view.actorAt[i]!;
    if (a >= 0) {
      const actor = view.actors[a]!;
      const g = governorOf(view, actor.first);
      if ((actor.type === 'GPE' || actor.type === 'LOC') && g >= from && view.tokens[g]!.normal === 'in') return [a];
      i = actor.last - 1;
      continue;
    }
    const t = view.tokens[i]!;
    if (CLAUSE_ENDS.has(t.normal) || t.normal === ',' || (t.pos === 'VERB' && i > from)) break;
  }
  return [];
}
const MAX_TERRITORY_REACH = 12;

/**
 * Roots whose object comes from someone: an offer, appeal or proposal accepted (03) or rejected (12), a delegation
 * received (04). "Rejected an offer *from Peru*", "dismissed an appeal from President Gbagbo", "received a
 * delegation from China": who made the offer or sent the delegation is the other party.
 */
const FROM_ROOTS: ReadonlySet<string> = new Set(['03', '04', '12']);

/** The actor list right after "from" at `at` (modifiers between), or none. */
function fromActor(view: SentenceView, at: number): number[] {
  if (view.tokens[at]?.normal !== 'from') return [];
  for (let k = at + 1; k < view.tokens.length && k - at <= 4; k++) {
    const a = view.actorAt[k]!;
    if (a >= 0) return governorOf(view, view.actors[a]!.first) === at ? coordinatedRight(view, a) : [];
  }
  return [];
}

/**
 * Is the verb a finite verb of its own clause rather than a participle qualifying a noun: not an -ing form
 * ("refugees *fleeing* the war in Liberia") nor a past participle right after a noun no actor names, with no
 * object after it ("the nightly curfew *imposed* in Sudan"): such a participle's doer is not the clause subject.
 */
function finite(view: SentenceView, head: number): boolean {
  const t = view.tokens[head]!;
  if (t.normal.endsWith('ing')) return false;
  const before = view.tokens[head - 1];
  const reduced = /(ed|en)$/.test(t.normal) && before !== undefined && before.pos === 'NOUN' && view.actorAt[head - 1]! < 0
    && !OBJECT_OPENERS.has(view.tokens[head + 1]?.pos ?? '');
  return !reduced;
}

export function verbDrafts(view: SentenceView, codebooks: Codebooks, skip: (view: SentenceView, token: number) => boolean): Draft[] {
  const out: Draft[] = [];
  // A verb before the sentence's first actor has no subject to its left: it is not even coded.
  const firstPossible = view.actors[0]?.last ?? view.tokens.length;
  const isVerb = (i: number) => i >= firstPossible && (view.tokens[i]!.pos === 'VERB' || view.tokens[i]!.pos === 'AUX' || afterModal(view, i)) && view.actorAt[i]! < 0
    && !skip(view, i) && !adjectival(view, i) && !circumstantial(view, i) && !afterPossessive(view, i);
  for (const found of codebooks.matchVerbs(view.tokens, { isVerb: (_, i) => isVerb(i) })) {
    const m = withinClause(view, codebooks, found);
    if (m === null) continue;
    // The match is read as the compiled dictionary codes it: its gaps are fixed there (scripts/codebooks/verb-overrides.ts).
    const spoken = m.code !== null ? protestsInWords(view, m) : null;
    const given = spoken !== null ? SPOKEN_PROTEST : sentToInvestigate(view, codebooks, m) ? INVESTIGATE_CODE : m.code;
    const code = given !== null && given.startsWith('03') && m.pattern === null ? committedCode(view, codebooks, m) ?? given : given;
    // "Refused to allow …" is itself a rejection (CAMEO 12), what is refused its content; other verbs before "to"
    // ("plans to", "expected to") only say how the next event stands.
    if (code === null || (isModalCue(view, m.verb.head) && !REFUSALS.has(m.lemma)) || futureGoing(view, m.verb.head) || showsRatherThanProtests(view, m, code)) continue;
    const plover = ploverOf(codebooks, code);
    if (!plover) continue;
    const passive = isPassive(view, m.verb.head);
    const subject = slotActors(view, m.source) ?? findSubject(view, m.verb.start);
    // After a pattern's words ("engage in dialogue") the target follows them: "… with Beijing"; else it is the
    // verb's object before them ("engaged Filipino peacekeepers in a firefight").
    // A request's target may be the subject of its "that" clause ("demanded that Hamas renounce …").
    const complement = REQUEST_ROOTS.has(code.slice(0, 2)) || spoken !== null;
    // A complaint closing the clause it reports is about that clause's subject ("Croatia is failing …, a group protested").
    const reported = spoken !== null && spoken >= 0 ? reportedSubject(view, spoken) : [];
    const after = reported.length > 0 ? reported : slotActors(view, m.target) ?? findTarget(view, m.end, { complement });
    const object0 = after.length > 0 || m.end <= m.verb.end ? after : findTarget(view, m.verb.end, { complement });
    const object1 = object0.length > 0 ? object0 : shiftedObject(view, m.verb.end);
    const object2 = object1.length > 0 || !m.pattern || !FROM_ROOTS.has(code.slice(0, 2)) ? object1 : fromActor(view, m.end);
    const object = object2.length > 0 || !code.startsWith('03') ? object2 : promisedTo(view, m);
    const [src, tgt0] = passive ? [findAgent(view, m.verb.end), subject] : [subject, object];
    const territorial = TERRITORY_ROOTS.has(code.slice(0, 2)) || code === OCCUPY_TERRITORY;
    const tgt = tgt0.length === 0 && !passive && territorial && finite(view, m.verb.head) ? territoryAfter(view, m.verb.end) : tgt0;
    if (src.length === 0) continue;
    const all = [...src, ...tgt];
    const coded = m.pattern === null && verballyAttacks(view, m, code, src, tgt) ? VERBAL_ATTACK : code;
    out.push({
      kind: 'verb', view, trigger: { first: m.verb.start, last: m.verb.end }, code: coded,
      ...(m.pattern ? { covers: { first: m.start, last: m.end } } : {}),
      rule: m.pattern ? `verb-pattern:${m.group}:${m.pattern.line}` : `verb:${m.group}`,
      score: m.pattern ? MATCH_SCORE : DEFAULT_SCORE,
      source: entitiesOf(view, src), target: entitiesOf(view, tgt),
      spans: all.map((k) => view.actors[k]!),
      indirect: all.some((k) => view.actors[k]!.indirect),
      reciprocal: (code.startsWith('04') || mutualRelation(view, code, m, src)) && tgt.length === 0 && view.tokens[m.end]?.normal !== 'with',
      alone: tgt.length === 0 && ALONE_TYPES.has(plover.type) && (plover.type !== 'AGREE' || agreesAlone(view, m))
        && (!FORCE_TYPES.has(plover.type) || (passive ? PASSIVE_FORCE_VERBS.has(m.lemma) && victimBefore(view, m.verb.start)
          : FORCE_VERBS.has(m.lemma) && hasObject(view, m.end) && !placeModifies(view, src))),
      modality: 'asserted', date: null, place: null, actorCodes: codesOf(view, src, tgt),
    });
  }
  return out;
}
