import type { Proposal } from '../doc/annotation.js';
import type { Block, Mention, Quote, Sentence, Token } from '../doc/layers.js';
import { attributeQuote, type AttributionPlace } from './attribution.js';
import { findNarration } from './barriers.js';
import { quoteConfidence, type SpeakerEvidence } from './confidence.js';
import { speakerMentions, type QuoteContext } from './context.js';
import { findCues } from './cues.js';
import { findQuoteSpans, type QuoteSpan } from './find-quotes.js';
import { findIndirectSpeech } from './indirect.js';
import { isBracketedTerm, quoteKind, standsAlone } from './kind.js';
import { resolveSpeaker, type ResolvedSpeaker } from './speaker.js';
import { spanAt, type TextSpan } from './spans.js';
import { findTurns } from './transcript.js';
import { paragraphsOf, withoutParagraphs } from './paragraphs.js';
import { indirectQuote, turnQuote } from './records.js';

/** The layers quote finding reads; the stage passes a Doc's, tests may pass their own. */
export interface QuotesInput {
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly mentions: readonly Mention[];
}

// Blocks that hold words someone may be quoted in. Bylines, datelines and page
// boilerplate never do.
const QUOTABLE = new Set(['title', 'heading', 'body', 'caption']);
// Blocks whose sentences may carry reported speech (the ones events come from).
const NARRATIVE = new Set(['title', 'body']);
// A quote continues the previous one's speaker only across a paragraph break.
const CONTINUATION_GAP = 4;

/**
 * Every quote of an article: marked quotes (paired or repaired) with their
 * speakers, transcript turns, then indirect speech from the cues no marked
 * quote took up. Sorted by start.
 */
export function collectQuotes(input: QuotesInput): Proposal<Quote>[] {
  const { text } = input;
  const ctx: QuoteContext = {
    text,
    sentences: input.sentences,
    tokens: input.tokens,
    cues: findCues(text, input.tokens),
    speakers: speakerMentions(input.mentions),
  };
  const quotable = paragraphsOf(input.blocks, (b) => QUOTABLE.has(b.kind));
  const body = paragraphsOf(input.blocks, (b) => b.kind === 'body');
  const turns = findTurns(ctx, body);
  const turnStarts = new Set(turns.map((t) => body[t.paragraph]!.start));
  const marked = withoutParagraphs(quotable, turnStarts);
  const spans = findQuoteSpans(text, marked, { sentences: input.sentences, ...findNarration(ctx) });

  const out: Proposal<Quote>[] = [];
  const used = new Set<number>();
  // Direct quotes with their marks, for indirect speech to keep out of.
  const directSpans: TextSpan[] = [];
  let previous: { entity: string | null; channel: string | null; evidence: SpeakerEvidence; end: number } | null = null;
  spans.forEach((q, i) => {
    if (isBracketedTerm(text, q)) return;
    const kind = quoteKind(text, q);
    const window = { before: i > 0 ? after(spans[i - 1]!) : 0, after: i + 1 < spans.length ? (spans[i + 1]!.open ?? spans[i + 1]!.start) : text.length };
    const found = attributeQuote(ctx, q, kind, window);
    const start = q.open ?? q.start;
    const continues = !found && previous !== null && start - previous.end <= CONTINUATION_GAP && text.slice(previous.end, start).trim() === '';
    // Marked words inside a sentence with no one saying them: a term, a title
    // or a scare quote, not a quotation.
    if (!found && !continues && (kind === 'partial' || !standsAlone(text, q))) return;
    const resolved = found ? weaker(resolveSpeaker(ctx, found.speaker), found.place) : null;
    const entity = resolved?.entity ?? (continues ? previous!.entity : null);
    const evidence: SpeakerEvidence = resolved ? resolved.evidence : continues && previous!.entity !== null ? 'continued' : 'none';
    const channel = found?.channel?.mention.entity ?? (continues ? previous!.channel : null);
    out.push({
      start: q.start,
      end: q.end,
      text: text.slice(q.start, q.end),
      kind,
      speaker: entity,
      channel: channel === entity ? null : channel,
      cue: found?.cue ? { start: found.cue.start, end: found.cue.end, text: found.cue.text } : null,
      repaired: q.repaired,
      confidence: quoteConfidence(q.shape, evidence, kind === 'partial'),
      rule: `${q.shape}:${found ? found.place : continues ? 'continued' : 'no-speaker'}`,
    });
    // A partial quote sits inside the narrator's sentence, whose cue may still
    // report speech ("said that the talks were “productive” and …").
    if (kind === 'direct') {
      for (const c of found?.used ?? []) used.add(c.start);
      directSpans.push({ start: q.open ?? q.start, end: q.close !== null ? q.close + 1 : q.end });
    }
    previous = { entity, channel, evidence, end: found ? Math.max(found.end, after(q)) : after(q) };
  });

  for (const t of turns) out.push(turnQuote(ctx, t));

  const quoted = [...directSpans, ...turns].map((s): TextSpan => ({ start: s.start, end: s.end })).sort((a, b) => a.start - b.start);
  const narrative = input.blocks.filter((b) => NARRATIVE.has(b.kind));
  for (const r of findIndirectSpeech(ctx, { quoted, used, inScope: (offset) => spanAt(narrative, offset) !== null })) out.push(indirectQuote(ctx, r));
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A speaker found without a speech verb is less sure than its mention says. */
function weaker(r: ResolvedSpeaker, place: AttributionPlace): ResolvedSpeaker {
  return place === 'colon-intro' && r.entity !== null ? { entity: r.entity, evidence: 'clause-subject' } : r;
}

/** Just past a quote's closing mark, or its end when the mark is missing. */
function after(q: QuoteSpan): number {
  return q.close !== null ? q.close + 1 : q.end;
}
