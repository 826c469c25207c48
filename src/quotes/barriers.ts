import { speakersIn, type QuoteContext } from './context.js';

// Adverbs and auxiliaries between subject and verb ("Blinken also said", "he has told").
const BETWEEN_POS = new Set(['ADV', 'AUX', 'PART']);
// "I said", "we told them" belong inside quotes; only third persons narrate.
const FIRST_PERSON = new Set(['i', 'we']);

/**
 * Offsets of narration: a speech verb right after a third-person speaker
 * ("Motegi said", "the minister added", "he told reporters"). A quote whose
 * marks are broken is never stretched across a sentence holding one; the
 * narrator is speaking there, not the quoted person.
 */
export function narrationBarriers(ctx: QuoteContext): number[] {
  const out: number[] = [];
  for (const cue of ctx.cues) {
    if (cue.role !== 'verb') continue;
    let i = cue.first - 1;
    for (let steps = 0; i >= 0 && steps < 3 && BETWEEN_POS.has(ctx.tokens[i]!.pos); steps++) i--;
    const t = ctx.tokens[i];
    if (t === undefined) continue;
    const subject = speakersIn(ctx, t.start - SUBJECT_REACH, t.end).find((m) => m.from <= t.start && t.end <= m.to);
    if (subject && !FIRST_PERSON.has(subject.mention.text.toLowerCase())) out.push(cue.start);
  }
  return out;
}

// Longest mention span (title included) looked for around the subject token.
const SUBJECT_REACH = 120;
