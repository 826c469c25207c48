/**
 * Modality from cue words in a short window before the trigger, in its clause:
 * negated ("did not meet", "refused to visit"), hypothetical ("would", "if",
 * "willing to"), planned ("will", "expected to", "plans to", a bare "to
 * meet"), else asserted. Negation wins over the others, then hypothesis, then plan.
 */
import type { EventModality } from '../../doc/layers.js';
import type { Draft } from '../draft.js';
import type { SentenceView } from '../sentence-view.js';
import { CLAUSE_ENDS } from '../words.js';

/** Tokens looked at before the trigger ("are expected to meet", "has demonstrated a willingness to engage in"). */
const WINDOW = 6;

const NEGATION = new Set(['not', "n't", 'never', 'no', 'refused', 'refuses', 'refuse', 'refusing', 'declined', 'declines', 'decline', 'failed', 'fails', 'rejected']);
const HYPOTHESIS = new Set(['would', 'could', 'might', 'should', 'must', 'if', 'unless', 'may', 'willing', 'willingness', 'ready', 'readiness', 'want', 'wants', 'wanted', 'hope', 'hopes', 'hoped', 'seek', 'seeks', 'sought', 'offered', 'offers', 'proposed', 'proposes']);
const PLAN = new Set(['will', "'ll", 'shall', 'expected', 'expects', 'plan', 'plans', 'planned', 'planning', 'intend', 'intends', 'intended', 'scheduled', 'set', 'due', 'going', 'agreed', 'agrees', 'upcoming', 'prepared', 'prepares', 'preparing', 'aims', 'aim']);

/** Verbs that, followed by "to", say how another event stands rather than being one ("plans to visit", "refused to meet"). */
const MODAL_VERBS = new Set([
  'plan', 'plans', 'planned', 'planning', 'expect', 'expects', 'expected', 'intend', 'intends', 'intended', 'hope', 'hopes', 'hoped',
  'want', 'wants', 'wanted', 'seek', 'seeks', 'sought', 'aim', 'aims', 'aimed', 'prepare', 'prepares', 'prepared', 'schedule', 'scheduled',
  'refuse', 'refuses', 'refused', 'decline', 'declines', 'declined', 'fail', 'fails', 'failed', 'try', 'tries', 'tried', 'set',
]);

export function isModalCue(view: SentenceView, verb: number): boolean {
  return MODAL_VERBS.has(view.tokens[verb]!.normal) && view.tokens[verb + 1]?.normal === 'to';
}

export function modalityBefore(view: SentenceView, trigger: number): EventModality {
  let negated = false;
  let hypothetical = false;
  let planned = false;
  for (let k = trigger - 1; k >= 0 && trigger - k <= WINDOW; k--) {
    const w = view.tokens[k]!.normal;
    if (CLAUSE_ENDS.has(w)) break;
    if (w === 'may' && view.tokens[k]!.pos !== 'AUX') continue; // the month
    if (NEGATION.has(w)) negated = true;
    else if (HYPOTHESIS.has(w)) hypothetical = true;
    else if (PLAN.has(w) || (w === 'to' && k === trigger - 1)) planned = true;
  }
  // "If" may open the sentence well before the window: "If Russia invades Ukraine, the West will impose sanctions".
  if (view.tokens[0]?.normal === 'if') hypothetical = true;
  return negated ? 'negated' : hypothetical ? 'hypothetical' : planned ? 'planned' : 'asserted';
}

/** Words that state an intent outright; a bare "to" ("the first to lead") states none. */
const INTENT = new Set([
  'will', "'ll", 'shall', 'would', 'willing', 'willingness', 'ready', 'readiness', 'offered', 'offers', 'offer', 'pledged', 'pledges',
  'pledge', 'promised', 'promises', 'promise', 'vowed', 'vows', 'vow', 'committed', 'commits', 'agreed', 'agrees', 'prepared',
  'intends', 'intend', 'intended', 'plans', 'plan', 'planned', 'decided', 'decides',
  // An aim in the present is an intent stated ("wants to impose sanctions", "seeks to expand trade"); "wanted to",
  // "sought to" report a past attempt or wish, and stay as they are.
  'want', 'wants', 'seek', 'seeks', 'aim', 'aims',
]);

/** An intent word in the trigger's clause, within the modality window ("will give", "is ready to support"). */
export function statesIntent(view: SentenceView, trigger: number): boolean {
  const k = intentWordBefore(view, trigger);
  // "Wants to resign" is the subject's aim; "want *him* to resign" someone else's act.
  return k >= 0 && (!AIMS.has(view.tokens[k]!.normal) || view.tokens[k + 1]?.normal === 'to');
}

/**
 * Is the trigger's intent an aim ("wants to", "seeks to") rather than a promise? An aim is no intent for words of
 * praise or thanks: "I want to thank the minister" thanks him.
 */
export function statesAim(view: SentenceView, trigger: number): boolean {
  const k = intentWordBefore(view, trigger);
  return k >= 0 && AIMS.has(view.tokens[k]!.normal);
}

/** The nearest intent word before the trigger in its clause, within the modality window, or -1. */
function intentWordBefore(view: SentenceView, trigger: number): number {
  for (let k = trigger - 1; k >= 0 && trigger - k <= WINDOW; k--) {
    const w = view.tokens[k]!.normal;
    if (CLAUSE_ENDS.has(w)) return -1;
    if (INTENT.has(w)) return k;
  }
  return -1;
}
const AIMS: ReadonlySet<string> = new Set(['want', 'wants', 'seek', 'seeks', 'aim', 'aims']);

export function withModality(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => ({ ...d, modality: modalityBefore(d.view, d.trigger.first) }));
}
