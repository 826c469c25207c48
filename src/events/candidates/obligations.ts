/**
 * Reported obligations as demands: "the Bush administration declared that
 * China must drop barriers", "Rwandan rebels announced that Kagame must
 * agree to changes". Who says that another actor must act demands it of them
 * (CAMEO 10 Demand, PLOVER REQUEST, which is "all requests, demands, and
 * orders"); what they must do is the demand's content, no event of its own
 * (refiners/content.ts). Only "must" in the complement of a verb of saying,
 * with an actor on both sides: "Iran must …" in a quote is the quote stage's.
 */
import { findSubject } from '../clause.js';
import { codesOf, entitiesOf } from '../coordination.js';
import type { Draft } from '../draft.js';
import type { SentenceView } from '../sentence-view.js';

const DEMAND_CODE = '100';
/** Below a verb's own dictionary pattern, like a verb's default. */
const OBLIGATION_SCORE = 0.65;
/** Verbs whose "that" clause is what the subject says. */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'announced', 'announces', 'declared', 'declares', 'concluded', 'concludes', 'insisted', 'insists',
  'stated', 'states', 'added', 'adds', 'stressed', 'stresses', 'reiterated', 'reiterates',
]);
/** Words between the reporting verb and its clause's subject: "declared *Tuesday that*", "said *on Friday*". */
const MAX_GAP = 5;
const GAP_POS: ReadonlySet<string> = new Set(['ADP', 'PROPN', 'NOUN', 'ADV', 'SCONJ', 'PRON', 'NUM', 'DET']);

/** The reporting verb whose complement begins at `from` (its subject's first token), or -1. */
function reportingVerbBefore(view: SentenceView, from: number): number {
  for (let k = from - 1; k >= 0 && from - k <= MAX_GAP + 1; k--) {
    const t = view.tokens[k]!;
    if (REPORTING_VERBS.has(t.normal) && t.pos === 'VERB') return k;
    if (!GAP_POS.has(t.pos) && t.normal !== 'that') return -1;
  }
  return -1;
}

export function obligationDrafts(view: SentenceView): Draft[] {
  const out: Draft[] = [];
  view.tokens.forEach((t, i) => {
    if (t.normal !== 'must') return;
    const tgt = findSubject(view, i);
    if (tgt.length === 0) return;
    const say = reportingVerbBefore(view, view.actors[tgt[0]!]!.first);
    if (say < 0) return;
    const src = findSubject(view, say);
    if (src.length === 0 || src.some((k) => tgt.includes(k))) return;
    const all = [...src, ...tgt];
    out.push({
      kind: 'verb', view, trigger: { first: i, last: i + 1 }, code: DEMAND_CODE, rule: 'obligation:must', score: OBLIGATION_SCORE,
      source: entitiesOf(view, src), target: entitiesOf(view, tgt), spans: all.map((k) => view.actors[k]!),
      indirect: all.some((k) => view.actors[k]!.indirect), reciprocal: false, alone: false,
      modality: 'asserted', date: null, place: null, actorCodes: codesOf(view, src, tgt),
    });
  });
  return out;
}
