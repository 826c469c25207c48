/**
 * A promised act of cooperation is an expression of intent. CAMEO codes
 * "Finland will give Tanzania a grant", "Norway is willing to send material",
 * "Iraq said it would allow inspectors" as 03 (express intent to …), not as
 * the aid or concession itself, which has not happened; PLOVER's AGREE is
 * exactly this ("agree to, offer, promise, or otherwise indicate willingness").
 * So a planned or hypothetical event of diplomatic or material cooperation, its intent stated outright (will,
 * would, ready to, pledged to …; a bare "to" is not enough),
 * aid or yielding (roots 05–08) becomes the parallel 03 code, and the event,
 * the intent stated, is asserted. Meetings (04) stay consultations: a planned
 * visit is still coded as the visit, with its modality; only a meeting held out
 * ("a willingness to engage in dialogue", "ready to hold talks") is the intent
 * to meet, 036.
 *
 * The same holds on the conflict side: an act of material conflict its actor
 * says it will or would do, or is out to do ("said they would blockade Paris",
 * "is prepared to impose martial law", "will boycott the elections", "wants to
 * invade"), is a threat, CAMEO 13
 * (PLOVER THREATEN: "coercive or forceful warnings with serious potential
 * repercussions"), coded by the parallel 13 code (blockade → 1381, sanctions →
 * 1312, a protest or boycott → 133, an attack → 138 …). Shows of force (15) are
 * left as they are: sending troops is a posture, not yet a warning to anyone; so
 * is a decision reported as taken ("announced it would prohibit aid"): the act,
 * scheduled.
 */
import type { Draft } from '../draft.js';
import { CLAUSE_ENDS } from '../words.js';
import { statesAim, statesIntent } from './modality.js';

/** The 03 code paralleling a cooperative code: CAMEO's 031x, 033x mirror 06x, 07x; 035x mirrors the yields of 08. */
export function intentCode(code: string): string | null {
  const root = code.slice(0, 2);
  const sub = code.slice(2, 3);
  if (root === '05') return '032';
  if (root === '06') return sub === '' || sub === '0' ? '031' : `031${sub}`;
  if (root === '07') return ['1', '2', '3', '4'].includes(sub) ? `033${sub}` : '033';
  if (root !== '08') return null;
  const yields: Readonly<Record<string, string>> = { '1': '0351', '2': '0352', '4': '0353', '5': '0354', '6': '0355', '7': '0356' };
  return yields[sub] ?? '035';
}

/**
 * Verbs that report a decision taken: "announced it would prohibit all aid", "decided it will expel the
 * envoys" is the sanction itself, scheduled, not a warning; it stays the act with its modality.
 */
const DECISION_VERBS: ReadonlySet<string> = new Set([
  'announce', 'announces', 'announced', 'decide', 'decides', 'decided', 'approve', 'approves', 'approved', 'order', 'orders', 'ordered', 'vote', 'votes', 'voted',
]);
/** How far back a decision verb may govern the trigger ("announced Wednesday it would prohibit"). */
const DECISION_WINDOW = 6;

function decided(d: Draft): boolean {
  for (let k = d.trigger.first - 1; k >= 0 && d.trigger.first - k <= DECISION_WINDOW; k--) {
    const t = d.view.tokens[k]!;
    // "Announced that it is *prepared to* impose martial law": readiness announced is a warning, not a decision.
    if (CLAUSE_ENDS.has(t.normal) || READINESS.has(t.normal)) return false;
    if (DECISION_VERBS.has(t.normal) && t.pos === 'VERB') return true;
  }
  return false;
}

/** Words of readiness: what they introduce is held out, not decided. */
const READINESS: ReadonlySet<string> = new Set(['ready', 'prepared', 'willing']);

/** Words that hold a meeting out rather than schedule it ("a willingness to engage in dialogue", "offered talks"). */
const OFFERING: ReadonlySet<string> = new Set(['ready', 'readiness', 'willing', 'willingness', 'prepared', 'offer', 'offers', 'offered', 'open', 'openness']);
const INTENT_TO_MEET = '036';

/**
 * A meeting held out, not scheduled: "has demonstrated a willingness to engage in dialogue with Beijing", "is ready
 * to hold talks" is CAMEO 036 (express intent to meet or negotiate); "plans to visit", "will meet" stay the meeting,
 * planned.
 */
function readyToMeet(d: Draft): boolean {
  const tokens = d.view.tokens;
  for (let k = d.trigger.first - 1; k >= 0 && d.trigger.first - k <= OFFER_WINDOW; k--) {
    if (CLAUSE_ENDS.has(tokens[k]!.normal)) return false;
    if (OFFERING.has(tokens[k]!.normal)) return true;
  }
  return false;
}
const OFFER_WINDOW = 4;

/** Modals that promise the verb right after them ("would blockade", "will boycott"). */
const PROMISING_MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', "'ll"]);
/** Words before "to" that commit the subject to the verb after it ("prepared to impose", "plans to impose"). */
const COMMITTING: ReadonlySet<string> = new Set([
  'ready', 'prepared', 'willing', 'plan', 'plans', 'planning', 'intend', 'intends', 'vowed', 'vows', 'pledged', 'pledges', 'promised', 'promises', 'threatened', 'threatens',
  // Wanting to attack is a warning; "regimes that seek to repress" describe an aim, and warn no one.
  'want', 'wants',
]);

/**
 * Is the trigger itself promised, the modal or commitment right before it? "Would blockade", "is prepared to
 * impose", "plans to impose"; not "would have died" (a counterfactual), not an intent word of another clause
 * ("a judge agreed the book may have contained …", "had planned on a career but broke her leg").
 */
function promised(d: Draft): boolean {
  const tokens = d.view.tokens;
  let k = d.trigger.first - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV' && tokens[k]!.normal !== 'not') k--;
  if (PROMISING_MODALS.has(tokens[k]?.normal ?? '')) return true;
  if (tokens[k]?.normal !== 'to') return false;
  k--;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  return COMMITTING.has(tokens[k]?.normal ?? '');
}

/** Threats CAMEO lists for the conflict codes: 16x and 17x by sub-code, 14, 18, 19, 20 by root. */
const THREATS: Readonly<Record<string, string>> = {
  '160': '131', '161': '1313', '162': '1311', '163': '1312', '164': '134', '165': '135', '166': '136',
  '172': '132', '1721': '1321', '1722': '1322', '1723': '1323', '1724': '1324', '175': '137',
  '191': '1381', '192': '1382', '204': '1385',
};

/** The 13 code for a promised act of material conflict (roots 14, 16–20), or null (15 shows of force, cooperation). */
export function threatCode(code: string): string | null {
  const root = code.slice(0, 2);
  if (!['14', '16', '17', '18', '19', '20'].includes(root)) return null;
  for (const k of [code.slice(0, 4), code.slice(0, 3)]) if (THREATS[k]) return THREATS[k]!;
  if (code.startsWith('162')) return '1311';
  if (code.startsWith('166')) return '136';
  if (root === '14') return '133';
  if (root === '18') return '1383';
  if (root === '19' || root === '20') return code.startsWith('19') && code !== '190' ? '1384' : '138';
  return '130';
}

/** Modals of possibility: with a condition they hold an act out ("may halt mediation if …"). */
const POSSIBILITY_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could', 'can']);
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'unless']);

/**
 * An act held out on a condition: "the Community may halt mediation if cooperation founders", "could lift the
 * sanctions unless …". A modal of possibility right before the trigger and an "if" or "unless" after it, in the
 * sentence: what a threat or an offer is (CAMEO: threats and offers are conditional by nature), where the modal
 * alone ("may halt") only guesses.
 */
function conditional(d: Draft): boolean {
  const tokens = d.view.tokens;
  let k = d.trigger.first - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV' && tokens[k]!.normal !== 'not') k--;
  if (!POSSIBILITY_MODALS.has(tokens[k]?.normal ?? '') || tokens[k]!.pos !== 'AUX') return false;
  for (let i = d.trigger.last; i < tokens.length; i++) if (CONDITIONS.has(tokens[i]!.normal)) return true;
  return false;
}

export function withIntents(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (d.kind !== 'verb' || (d.modality !== 'planned' && d.modality !== 'hypothetical')) return d;
    // Only an intent stated outright, or an act held out on a condition: "the first African American to lead" plans nothing.
    const held = conditional(d);
    if (!held && !statesIntent(d.view, d.trigger.first)) return d;
    // "I want to thank", "we seek to support": words of support said as an aim are said (05 stays as it is).
    const intent = d.code.startsWith('05') && statesAim(d.view, d.trigger.first) ? null
      : d.code.startsWith('04') ? (readyToMeet(d) ? INTENT_TO_MEET : null) : intentCode(d.code);
    if (intent) return { ...d, code: intent, modality: 'asserted', rule: `${d.rule}+intent`, alone: d.target.length === 0 };
    const threat = decided(d) || !(held || promised(d)) ? null : threatCode(d.code);
    return threat ? { ...d, code: threat, modality: 'asserted', rule: `${d.rule}+threat`, alone: d.target.length === 0 } : d;
  });
}
