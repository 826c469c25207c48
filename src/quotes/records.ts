import type { Proposal } from '../doc/annotation.js';
import type { Quote } from '../doc/layers.js';
import { quoteConfidence } from './confidence.js';
import type { QuoteContext } from './context.js';
import type { IndirectSpeech } from './indirect.js';
import { resolveSpeaker } from './speaker.js';
import type { Turn } from './transcript.js';

/** A transcript turn as a direct quote; its label is the cue. */
export function turnQuote(ctx: QuoteContext, t: Turn): Proposal<Quote> {
  const resolved = resolveSpeaker(ctx, t.speaker);
  const label = { start: t.label.start, end: t.label.end, text: ctx.text.slice(t.label.start, t.label.end) };
  return {
    start: t.start,
    end: t.end,
    text: ctx.text.slice(t.start, t.end),
    kind: 'direct',
    speaker: resolved.entity,
    channel: null,
    cue: label,
    repaired: null,
    confidence: quoteConfidence('turn', t.question ? 'none' : resolved.evidence === 'named' || resolved.evidence === 'organisation' ? 'label' : resolved.evidence, false),
    rule: `turn:${t.question ? 'question' : t.continued ? 'continued' : 'label'}`,
  };
}

/** Indirect speech as a quote of kind 'indirect': the reported clause, its verb as the cue. */
export function indirectQuote(ctx: QuoteContext, r: IndirectSpeech): Proposal<Quote> {
  const resolved = resolveSpeaker(ctx, r.speaker);
  return {
    start: r.start,
    end: r.end,
    text: ctx.text.slice(r.start, r.end),
    kind: 'indirect',
    speaker: resolved.entity,
    channel: null,
    cue: { start: r.cue.start, end: r.cue.end, text: r.cue.text },
    repaired: null,
    confidence: quoteConfidence('indirect', r.speaker === null ? 'subject-without-entity' : resolved.evidence, false),
    rule: `indirect:${r.rule}`,
  };
}
