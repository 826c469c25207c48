import { speakersIn, type QuoteContext, type SpeakerMention } from './context.js';
import type { Paragraph } from './find-quotes.js';
import type { TextSpan } from './spans.js';

/**
 * One turn of an interview or transcript: "SECRETARY BLINKEN: Thank you …",
 * "QUESTION: …", "Q: …". The words after the label are the speaker's, without
 * any quote marks.
 */
export interface Turn extends TextSpan {
  /** The label before the colon. */
  readonly label: TextSpan;
  /** The label's speaker mention; null for questions and unnamed labels. */
  readonly speaker: SpeakerMention | null;
  /** A question from the floor or the interviewer ("QUESTION:", "Q:"). */
  readonly question: boolean;
  /** A paragraph without a label that carries on the previous turn. */
  readonly continued: boolean;
  /** Index of the paragraph in the list given. */
  readonly paragraph: number;
}

// Up to five capitalised words, then a colon: "SECRETARY BLINKEN:", "Ms. Psaki:",
// "Q:". Disjoint classes and a bounded count, over a short prefix only.
const LABEL = /^((?:[A-Z][\p{L}.'’-]*[ \t]+){0,4}[A-Z][\p{L}.'’-]*)[ \t]*:[ \t]+/u;
const QUESTION_LABELS = new Set(['Q', 'QUESTION', 'MODERATOR', 'INTERVIEWER', 'REPORTER', 'PARTICIPANT', 'AUDIENCE MEMBER']);
const LABEL_PREFIX = 64;

/**
 * The turns of a transcript. A label counts when it names a speaker mention or
 * is a question label; a paragraph without a label continues the turn before
 * it, but only in a real transcript (two labelled turns at least), only while
 * paragraphs follow one another, and only before the last label: what follows
 * the last turn ("The interview was edited for length.") is the narrator's.
 */
export function findTurns(ctx: QuoteContext, paragraphs: readonly Paragraph[]): Turn[] {
  const labelled: (Turn | null)[] = paragraphs.map((p, index) => labelledTurn(ctx, p, index));
  if (labelled.filter((t) => t !== null).length < 2) return [];
  let lastLabel = labelled.length - 1;
  while (labelled[lastLabel] === null) lastLabel--;
  const out: Turn[] = [];
  let current: Turn | null = null;
  paragraphs.forEach((p, index) => {
    const own = labelled[index]!;
    if (own) {
      out.push(own);
      current = own;
      return;
    }
    if (current === null || index > lastLabel || p.continues === false || isStageDirection(ctx.text, p)) {
      current = null;
      return;
    }
    const turn: Turn = { start: p.start, end: p.end, label: current.label, speaker: current.speaker, question: current.question, continued: true, paragraph: index };
    out.push(turn);
  });
  return out;
}

function labelledTurn(ctx: QuoteContext, p: Paragraph, index: number): Turn | null {
  const head = ctx.text.slice(p.start, Math.min(p.end, p.start + LABEL_PREFIX));
  const m = LABEL.exec(head);
  if (!m) return null;
  const label = { start: p.start, end: p.start + m[1]!.length };
  const start = p.start + m[0].length;
  if (start >= p.end || '"“„«‘\''.includes(ctx.text[start]!)) return null;
  const question = QUESTION_LABELS.has(m[1]!.toUpperCase().replace(/\.$/u, ''));
  const speaker = question ? null : (speakersIn(ctx, label.start, label.end).find((s) => s.mention.type === 'PERSON' || s.mention.type === 'ORG') ?? null);
  if (!question && speaker === null) return null;
  return { start, end: p.end, label, speaker, question, continued: false, paragraph: index };
}

/** "(Laughter.)", "[Inaudible]": not the speaker's words. */
function isStageDirection(text: string, p: TextSpan): boolean {
  const t = text.slice(p.start, p.end).trim();
  return (t.startsWith('(') && t.endsWith(')')) || (t.startsWith('[') && t.endsWith(']'));
}
