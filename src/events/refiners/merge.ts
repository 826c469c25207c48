/**
 * One event per occurrence. In a sentence, drafts of the same event type with
 * the same participants are one ("plans to visit … to visit"), and meetings
 * that share a participant are one meeting whose participants are their union
 * ("met and were joined by Austin and Kishi for … talks"). Across sentences, a
 * meeting restated with exactly the same participants, date and modality ("…
 * before holding bilateral talks") is the earlier one. Statements are never
 * merged across sentences: each is said once.
 */
import type { Codebooks } from '../../codebooks/index.js';
import type { Draft } from '../draft.js';
import { participants } from '../draft.js';
import { ploverOf } from '../plover-map.js';

function typeOf(codebooks: Codebooks, d: Draft): string {
  return ploverOf(codebooks, d.code)?.type ?? d.code;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const s = new Set(a);
  return a.length === b.length && b.every((x) => s.has(x)) && s.size === new Set(b).size;
}

function sameSides(a: Draft, b: Draft): boolean {
  return sameSet(a.source, b.source) && sameSet(a.target, b.target);
}

/** Same-sentence merging; drafts come in sentence order. */
export function mergeInSentence(drafts: readonly Draft[], codebooks: Codebooks): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const type = typeOf(codebooks, d);
    const k = out.findIndex((e) => e.view === d.view && typeOf(codebooks, e) === type
      && (sameSides(e, d) || (type === 'CONSULT' && participants(e).some((p) => participants(d).includes(p)))));
    if (k < 0) {
      out.push(d);
      continue;
    }
    const e = out[k]!;
    if (sameSides(e, d)) {
      // One occurrence seen twice ("opened fire, killing one person"): it stands alone if either reading may.
      const alone = e.alone === true || d.alone === true;
      if (d.score > e.score) out[k] = { ...d, alone, place: d.place ?? e.place, date: e.date?.from === 'sentence' ? e.date : d.date };
      else out[k] = { ...e, alone };
      continue;
    }
    // A meeting seen through several words: the union of its participants, sides decided by country later.
    const union = [...new Set([...participants(e), ...participants(d)])];
    const best = d.score > e.score ? d : e;
    out[k] = {
      ...best, source: union, target: [], reciprocal: true, merged: true, spans: [...e.spans, ...d.spans],
      indirect: e.indirect || d.indirect, place: e.place ?? d.place, modality: e.modality, trigger: e.trigger,
      score: Math.max(e.score, d.score),
    };
  }
  return out;
}

/** Across sentences: a meeting restated with the same participants, date and modality is dropped. */
export function mergeRestatements(drafts: readonly Draft[], codebooks: Codebooks): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    const type = typeOf(codebooks, d);
    const restated = type === 'CONSULT' && out.some((e) => e.view !== d.view && typeOf(codebooks, e) === type && e.modality === d.modality
      && e.date?.start === d.date?.start && e.date?.end === d.date?.end && sameSet(participants(e), participants(d)));
    if (!restated) out.push(d);
  }
  return out;
}
