/**
 * Reported attacks as accusations: "the US claimed that ISIL had attacked Iraq", "Russia said that Georgia
 * shelled the town". Who says that another actor used force accuses them of it (CAMEO 112 Accuse, PLOVER
 * ACCUSE), as the PETRARCH2 gold codes the claim, by the claimant against the attacker. The attack itself is
 * the claim's content, not an event of its own (refiners/content.ts drops it). Only a "that" clause of a verb of saying or claiming, whose subject is an actor other than the claimant
 * and whose verb the dictionary codes as an act of force (CAMEO 18–20), with no negation or modal before it.
 */
import type { Codebooks } from '../../codebooks/index.js';
import { findSubject } from '../clause.js';
import { codesOf, entitiesOf } from '../coordination.js';
import type { Draft } from '../draft.js';
import { REPORTED_ATTACK_RULE } from '../refiners/content.js';
import type { SentenceView } from '../sentence-view.js';

const ACCUSE_CODE = '112';
/** Below a verb's own dictionary pattern, like a verb's default. */
const ACCUSATION_SCORE = 0.65;
/** Verbs whose "that" clause is what the subject asserts (not "reported": a news agency reporting accuses no one). */
const CLAIMING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'claimed', 'claims', 'claim', 'alleged', 'alleges', 'allege', 'charged', 'charges', 'asserted', 'asserts',
  'insisted', 'insists', 'maintained', 'maintains', 'declared', 'declares',
]);
/** Words between the verb of saying and "that": "said *on Friday* that", "claimed *Tuesday* that". */
const MAX_BEFORE_THAT = 3;
/** Words between the clause's subject and its verb: "had", "had repeatedly", "has now". */
const MAX_BEFORE_VERB = 3;
const BETWEEN_POS: ReadonlySet<string> = new Set(['AUX', 'ADV']);
const NOT_ASSERTED: ReadonlySet<string> = new Set(['not', "n't", 'never', 'would', 'could', 'might', 'may', 'will', 'should', 'must', 'if']);

/** Is token k a "that" opening the complement of a verb of claiming? Returns that verb's index, else -1. */
function claimBefore(view: SentenceView, that: number): number {
  for (let k = that - 1; k >= 0 && that - k <= MAX_BEFORE_THAT + 1; k--) {
    const t = view.tokens[k]!;
    // The tagger reads "alleged" as the adjective ("the alleged attack"); before "that" it is the verb.
    if (CLAIMING_VERBS.has(t.normal) && (t.pos === 'VERB' || (t.pos === 'ADJ' && k === that - 1))) return k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.normal === ',' || view.actorAt[k]! >= 0) return -1;
  }
  return -1;
}

export function accusationDrafts(view: SentenceView, codebooks: Codebooks): Draft[] {
  const thats: number[] = [];
  view.tokens.forEach((t, i) => { if (t.normal === 'that' && claimBefore(view, i) >= 0) thats.push(i); });
  if (thats.length === 0) return [];
  const out: Draft[] = [];
  for (const that of thats) {
    // The clause's subject right after "that", then its verb (auxiliaries and adverbs between).
    const a = view.actorAt[that + 1] ?? -1;
    if (a < 0) continue;
    let v = view.actors[a]!.last;
    const first = v;
    while (v < view.tokens.length && v - first < MAX_BEFORE_VERB && BETWEEN_POS.has(view.tokens[v]!.pos)) {
      if (NOT_ASSERTED.has(view.tokens[v]!.normal)) break;
      v++;
    }
    if (view.tokens[v]?.pos !== 'VERB' || (v > first && NOT_ASSERTED.has(view.tokens[v - 1]!.normal))) continue;
    const m = codebooks.matchVerbs(view.tokens, { isVerb: (_, i) => i === v })[0];
    const root = m?.code?.slice(0, 2) ?? '';
    if (!['18', '19', '20'].includes(root)) continue;
    const doer = findSubject(view, v);
    const say = claimBefore(view, that);
    const claimant = findSubject(view, say);
    if (doer.length === 0 || claimant.length === 0) continue;
    const src = entitiesOf(view, claimant);
    const tgt = entitiesOf(view, doer);
    if (tgt.some((e) => src.includes(e))) continue;
    const all = [...claimant, ...doer];
    out.push({
      kind: 'verb', view, trigger: { first: say, last: say + 1 }, code: ACCUSE_CODE, rule: REPORTED_ATTACK_RULE, score: ACCUSATION_SCORE,
      source: src, target: tgt, spans: all.map((k) => view.actors[k]!),
      indirect: all.some((k) => view.actors[k]!.indirect), reciprocal: false, alone: false,
      modality: 'asserted', date: null, place: null, actorCodes: codesOf(view, claimant, doer),
    });
  }
  return out;
}
