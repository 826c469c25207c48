import type { Proposal } from '../doc/annotation.js';
import type { Block, Mention, Quote, Sentence, Token } from '../doc/layers.js';
import { attributeQuote, type AttributionPlace } from './attribution.js';
import { findNarration } from './barriers.js';
import { quoteConfidence, type SpeakerEvidence } from './confidence.js';
import { speakerMentions, type QuoteContext } from './context.js';
import { findCues } from './cues.js';
import { findQuoteSpans, type Paragraph, type QuoteSpan } from './find-quotes.js';
import { findIndirectSpeech } from './indirect.js';
import { isBracketedTerm, quoteKind, standsAlone } from './kind.js';
import { resolveSpeaker, type ResolvedSpeaker } from './speaker.js';
import { spanAt, type TextSpan } from './spans.js';
import { findTurns, type Turn } from './transcript.js';

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
  for (const r of findIndirectSpeech(ctx, { quoted, used, inScope: (offset) => spanAt(narrative, offset) !== null })) {
    const resolved = resolveSpeaker(ctx, r.speaker);
    const evidence = r.speaker === null ? 'subject-without-entity' : resolved.evidence;
    out.push({
      start: r.start,
      end: r.end,
      text: text.slice(r.start, r.end),
      kind: 'indirect',
      speaker: resolved.entity,
      channel: null,
      cue: { start: r.cue.start, end: r.cue.end, text: r.cue.text },
      repaired: null,
      confidence: quoteConfidence('indirect', evidence, false),
      rule: `indirect:${r.rule}`,
    });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

function turnQuote(ctx: QuoteContext, t: Turn): Proposal<Quote> {
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

/** A speaker found without a speech verb is less sure than its mention says. */
function weaker(r: ResolvedSpeaker, place: AttributionPlace): ResolvedSpeaker {
  return place === 'colon-intro' && r.entity !== null ? { entity: r.entity, evidence: 'clause-subject' } : r;
}

/** Just past a quote's closing mark, or its end when the mark is missing. */
function after(q: QuoteSpan): number {
  return q.close !== null ? q.close + 1 : q.end;
}

/**
 * The blocks that pass `keep`, as paragraphs; one continues the one before it
 * only when they are neighbours in the article and of the same kind, so a quote
 * never runs on across a caption or from a title into the body.
 */
function paragraphsOf(blocks: readonly Block[], keep: (b: Block) => boolean): (Paragraph & { readonly index: number })[] {
  const out: (Paragraph & { readonly index: number })[] = [];
  blocks.forEach((b, index) => {
    if (!keep(b)) return;
    const prev = out[out.length - 1];
    const continues = prev !== undefined && prev.index === index - 1 && blocks[index - 1]!.kind === b.kind;
    out.push({ start: b.start, end: b.end, continues, index });
  });
  return out;
}

function withoutParagraphs(paragraphs: readonly (Paragraph & { readonly index: number })[], drop: ReadonlySet<number>): Paragraph[] {
  const out: Paragraph[] = [];
  let prevIndex = -2;
  for (const p of paragraphs) {
    if (drop.has(p.start)) continue;
    out.push({ start: p.start, end: p.end, continues: p.continues === true && p.index === prevIndex + 1 });
    prevIndex = p.index;
  }
  return out;
}
