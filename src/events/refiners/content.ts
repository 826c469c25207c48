/**
 * What a stance is about is no event of its own. "Iran threatened to cut off
 * electricity", "urged Iran to release the prisoners", "demanded that Hamas
 * renounce its armed struggle", "agreed to undertake exercises": the threat,
 * the appeal, the demand, the promise are the events; the verb after "to" or
 * in the "that" clause is their content, not yet done (PLOVER codes a protest's
 * or a request's topic inside it, not separately). A meeting's purpose is its
 * topic in the same way: "met with Assad to discuss efforts to counter Islamic
 * State militants" is the meeting; the countering is what they talked about.
 * A verb draft counts as content when it follows a stance's trigger in the
 * same clause, within a few words, introduced by "to" or after a "that".
 *
 * A reported attack is the same: "the US claimed that ISIL had attacked Iraq
 * and taken Mosul" is the US's accusation (candidates/accusations.ts), and the
 * attack and the capture are what it claims. Coded again as asserted they
 * would count the claim's content as done, a second and third event for one
 * sentence of reported speech, and a false one when the claim is false.
 */
import type { Codebooks } from '../../codebooks/index.js';
import type { Draft } from '../draft.js';
import { ploverOf } from '../plover-map.js';
import { BE_FORMS, CLAUSE_ENDS, REQUEST_ROOTS } from '../words.js';

const STANCE_TYPES: ReadonlySet<string> = new Set(['REQUEST', 'THREATEN', 'AGREE', 'REJECT', 'PROTEST', 'CONSULT']);
/** The accusation a reported attack makes, whose "that" clause is its content. */
export const REPORTED_ATTACK_RULE = 'accusation:reported-force';

const typeOf = (codebooks: Codebooks, d: Draft) => ploverOf(codebooks, d.code)?.type ?? '';

function isStance(d: Draft, codebooks: Codebooks): boolean {
  return d.kind === 'verb' && (d.rule === REPORTED_ATTACK_RULE || STANCE_TYPES.has(typeOf(codebooks, d)));
}
/** How far after a stance its content may stand ("urged the government of Iran to release"). */
const MAX_CONTENT_REACH = 12;

/** Is the token at `at` inside the content of the stance whose trigger ends at `from`? */
function inContent(d: Draft, from: number, at: number): boolean {
  if (at < from || at - from > MAX_CONTENT_REACH) return false;
  const tokens = d.view.tokens;
  let that = false;
  for (let i = from; i < at; i++) {
    if (CLAUSE_ENDS.has(tokens[i]!.normal)) return false;
    if (tokens[i]!.normal === 'that') that = true;
  }
  // After a reported "must" (candidates/obligations.ts) what follows is what must be done.
  return that || tokens[at - 1]?.normal === 'to' || tokens[from - 1]?.normal === 'must';
}

/**
 * Is the verb at `at` the meeting's purpose: "to" before it, and every verb between the meeting and it an
 * infinitive of the same chain ("met Assad *to discuss* efforts *to counter* …")? Not a verb of another
 * predicate ("would consider charging the gunman … and would seek to extradite him").
 */
function purpose(meeting: Draft, at: number): boolean {
  const tokens = meeting.view.tokens;
  if (tokens[at - 1]?.normal !== 'to') return false;
  for (let i = meeting.trigger.last; i < at; i++) if ((tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') && tokens[i - 1]?.normal !== 'to') return false;
  return true;
}

/** Longest stretch between a request verb and the "to" of what it asks ("pressured *by congress* to help"). */
const MAX_REQUEST_REACH = 8;

/**
 * Is the verb draft what someone asks of its subject, whoever asks? "Iran was urged to release the prisoners",
 * "Obama is being pressured by congress to help Iran", "India and Australia have been asked to join": the verb
 * governing its "to" is one the dictionary codes as an appeal or a demand (02, 10). The request is the event (when
 * its maker is named, it is a stance above); what is asked is not done. "Was forced to withdraw" is done: coercion
 * (17) is not a request.
 */
function requested(d: Draft, codebooks: Codebooks): boolean {
  return requestedAt(d.view.tokens, d.trigger.first, codebooks, 0);
}

/** Infinitives chained after a request are asked too: "were asked to join *to discuss* …". */
const MAX_CHAIN = 3;

function requestedAt(tokens: Draft['view']['tokens'], first: number, codebooks: Codebooks, depth: number): boolean {
  if (tokens[first - 1]?.normal !== 'to' || depth > MAX_CHAIN) return false;
  for (let k = first - 2; k >= 0 && first - k <= MAX_REQUEST_REACH + 1; k--) {
    const t = tokens[k]!;
    if (CLAUSE_ENDS.has(t.normal) || t.normal === ',') return false;
    // The tagger reads a participle after "being" as an adjective ("is being *pressured* by congress").
    if (t.pos !== 'VERB' && !(t.pos === 'ADJ' && BE_FORMS.has(tokens[k - 1]?.normal ?? ''))) continue;
    // Asked of someone: the one asked between ("urged Iran to"), or the request in the passive ("was urged to");
    // "seeks to provide" asks nothing of anyone.
    const m = codebooks.matchVerbs(tokens, { isVerb: (_, i) => i === k })[0];
    const asks = m?.code !== null && m?.code !== undefined && REQUEST_ROOTS.has(m.code.slice(0, 2))
      && (k < first - 2 || BE_FORMS.has(tokens[k - 1]?.normal ?? ''));
    return asks || requestedAt(tokens, k, codebooks, depth + 1);
  }
  return false;
}

export function withoutContent(drafts: readonly Draft[], codebooks: Codebooks): Draft[] {
  drafts = drafts.filter((d) => d.kind !== 'verb' || !requested(d, codebooks));
  const stances = drafts.filter((d) => isStance(d, codebooks));
  if (stances.length === 0) return [...drafts];
  // A meeting after a meeting's "to" ("spoke with X to discuss …") is the same meeting, which merging joins.
  const contentOf = (s: Draft, d: Draft) => s !== d && s.view === d.view && inContent(s, s.trigger.last, d.trigger.first)
    && (typeOf(codebooks, s) !== 'CONSULT' || (typeOf(codebooks, d) !== 'CONSULT' && purpose(s, d.trigger.first)));
  return drafts.filter((d) => d.kind !== 'verb' || !stances.some((s) => contentOf(s, d)));
}
