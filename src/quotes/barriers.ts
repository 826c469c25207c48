import { speakersIn, type QuoteContext } from './context.js';

// Adverbs and auxiliaries between subject and verb ("Blinken also said", "he has told").
const BETWEEN_POS = new Set(['ADV', 'AUX', 'PART']);
// "I said", "we told them" belong inside quotes; only third persons narrate.
const FIRST_PERSON = new Set(['i', 'we']);

/** Where the narrator speaks, for bounding quotes whose marks are broken. */
export interface Narration {
  /** Offsets of speech verbs after a third-person speaker, sorted. */
  readonly barriers: number[];
  /** Offsets of attribution clauses after a comma (", Blinken said"), at the speaker, sorted. */
  readonly attributions: number[];
}

/**
 * Narration: a speech verb right after a third-person speaker ("Motegi said",
 * "the minister added", "he told reporters"). A quote whose marks are broken
 * is never stretched across a sentence holding one; the narrator is speaking
 * there, not the quoted person. When such a clause follows a comma
 * ("“We will win, Blinken said.") it is where a quote missing its closing
 * mark ends.
 */
export function findNarration(ctx: QuoteContext): Narration {
  const barriers: number[] = [];
  const attributions: number[] = [];
  for (const cue of ctx.cues) {
    if (cue.role !== 'verb') continue;
    let i = cue.first - 1;
    for (let steps = 0; i >= 0 && steps < 3 && BETWEEN_POS.has(ctx.tokens[i]!.pos); steps++) i--;
    const t = ctx.tokens[i];
    if (t === undefined) continue;
    const subject = speakersIn(ctx, t.start - SUBJECT_REACH, t.end).find((m) => m.from <= t.start && t.end <= m.to);
    if (!subject || FIRST_PERSON.has(subject.mention.text.toLowerCase())) continue;
    barriers.push(cue.start);
    if (ctx.text.slice(Math.max(0, subject.from - 3), subject.from).trimEnd().endsWith(',')) attributions.push(subject.from);
  }
  return { barriers, attributions };
}

// Longest mention span (title included) looked for around the subject token.
const SUBJECT_REACH = 120;
