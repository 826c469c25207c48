import { cuesIn, speakersIn, type QuoteContext, type SpeakerMention } from './context.js';
import type { Cue } from './cues.js';
import type { QuoteSpan } from './find-quotes.js';
import { spanAt } from './spans.js';
import { subjectAfter, subjectBefore } from './subjects.js';

/** Where a quote's speaker was found relative to the quote. */
export type AttributionPlace = 'cue-before' | 'cue-after' | 'label' | 'colon-intro' | 'dash-line';

export interface Attribution {
  readonly place: AttributionPlace;
  readonly cue: Cue | null;
  /** The mention that names the speaker; null when the cue has no findable subject. */
  readonly speaker: SpeakerMention | null;
  /** The organisation relaying the speaker's words, when one does. */
  readonly channel: SpeakerMention | null;
  /** Where the attribution ends: a quote right after it continues the same speaker. */
  readonly end: number;
  /** Every cue this attribution took up, so none of them is read again as indirect speech. */
  readonly used: readonly Cue[];
}

/** The text between neighbouring quotes that attribution may look in. */
export interface QuoteWindow {
  /** Just past the previous quote's closing mark (or its end). */
  readonly before: number;
  /** The next quote's opening mark (or its start). */
  readonly after: number;
}

/**
 * Finds the cue and speaker of one marked quote, looking only at its own
 * sentence and never past a neighbouring quote:
 * 1. a cue that introduces it ("He said, “…", "Austin told reporters: “…");
 * 2. a cue right after it ("…,” Motegi said." / "…,” said the minister);
 * 3. a cue earlier in its sentence (partial quotes: "called it a “…”");
 * 4. a name label before a colon ("Blinken: “…”"), or the subject of a clause
 *    that a colon ends ("X disagreed with these findings: “…”");
 * 5. a dash line under it naming the speaker ("– President Joseph R. Biden").
 * Speakers "inside" an interrupted quote ("“We will,” she said, “keep going.”")
 * come out of rules 2 and 1 for its two halves.
 */
export function attributeQuote(ctx: QuoteContext, q: QuoteSpan, kind: 'direct' | 'partial', win: QuoteWindow): Attribution | null {
  const open = q.open ?? q.start;
  const sentence = spanAt(ctx.sentences, open);
  let from = Math.max(win.before, sentence ? sentence.start : open);
  if (ctx.text.slice(from, open).trim() === '') from = Math.max(win.before, colonSentenceBefore(ctx, from));
  const before = fromCueBefore(ctx, from, open);
  if (before && introduces(ctx.text, from, open, before.cue)) return before;
  // A partial quote belongs to the sentence around it, whose cue comes first
  // ("called the alliance a “cornerstone”"); a cue after a marked title ("At
  // the conference on “…,” Ambassador X announced") is not its attribution.
  if (kind === 'partial') return before;
  const after = fromCueAfter(ctx, q, win.after);
  if (after) return after;
  return before ?? fromLabel(ctx, from, open) ?? fromDashLine(ctx, q, win.after);
}

function fromCueBefore(ctx: QuoteContext, from: number, open: number): Attribution | null {
  const all = cuesIn(ctx, from, open);
  const cues = all.filter((c) => c.role !== 'setting');
  const cue = cues[cues.length - 1];
  if (cue === undefined) return null;
  const speaker = cue.role === 'source' ? subjectAfter(ctx, cue, open) : (subjectBefore(ctx, from, cue) ?? invertedIntroducer(ctx, cue, open));
  const channel = speaker ? channelFor(ctx, from, cues.slice(0, -1), speaker) : null;
  return { place: 'cue-before', cue, speaker, channel, end: open, used: all };
}

function fromCueAfter(ctx: QuoteContext, q: QuoteSpan, until: number): Attribution | null {
  // Without a closing mark the attribution, if any, starts where the repair
  // ended the quote ("“We will win, Blinken said.").
  const from = q.close !== null ? q.close + 1 : q.end;
  const sentence = spanAt(ctx.sentences, from - 1);
  const to = Math.min(until, sentence ? sentence.end : from);
  const cue = cuesIn(ctx, from, to).find((c) => c.role === 'verb' || c.role === 'source');
  if (cue === undefined) return null;
  const speaker = cue.role === 'source' ? subjectAfter(ctx, cue, to) : (subjectBefore(ctx, from, cue) ?? subjectAfter(ctx, cue, to));
  return { place: 'cue-after', cue, speaker, channel: null, end: to, used: [cue] };
}

/**
 * The epigraph pattern of statements and readouts: the quote is a paragraph of
 * its own and the next line, starting with a dash, names who said it.
 */
function fromDashLine(ctx: QuoteContext, q: QuoteSpan, until: number): Attribution | null {
  if (q.close === null) return null;
  let i = q.close + 1;
  const gapEnd = Math.min(until, i + DASH_LINE_GAP);
  let newline = false;
  for (; i < gapEnd && /\s/u.test(ctx.text[i]!); i++) if (ctx.text[i] === '\n') newline = true;
  if (!newline || !'–—―-'.includes(ctx.text[i] ?? 'x')) return null;
  let lineEnd = i + 1;
  const limit = Math.min(until, i + DASH_LINE_LENGTH);
  while (lineEnd < limit && ctx.text[lineEnd] !== '\n') lineEnd++;
  const speaker = speakersIn(ctx, i + 1, lineEnd).find((m) => m.mention.type === 'PERSON' || m.mention.type === 'ORG') ?? null;
  return speaker ? { place: 'dash-line', cue: null, speaker, channel: null, end: lineEnd, used: [] } : null;
}

// Blank lines between the quote and its dash line, and how long that line may be.
const DASH_LINE_GAP = 4;
const DASH_LINE_LENGTH = 160;

/**
 * "Said Blinken: “…”" — an inverted subject before a quote counts only when it
 * introduces the quote; otherwise the mention after the verb is its object
 * ("We urge Russia to cease the abuse of “extremism” designations").
 */
function invertedIntroducer(ctx: QuoteContext, cue: Cue, open: number): SpeakerMention | null {
  const s = subjectAfter(ctx, cue, open);
  return s && /^[\s:,]*$/u.test(ctx.text.slice(s.to, open)) ? s : null;
}

/** "Blinken: “…”" — a speaker mention directly before the colon that introduces the quote. */
function fromLabel(ctx: QuoteContext, from: number, open: number): Attribution | null {
  const lead = ctx.text.slice(from, open).trimEnd();
  if (!lead.endsWith(':')) return null;
  const colon = from + lead.length - 1;
  const inWindow = speakersIn(ctx, from, colon);
  const label = inWindow.find((m) => ctx.text.slice(m.to, colon).trim() === '');
  if (label) return { place: 'label', cue: null, speaker: label, channel: null, end: open, used: [] };
  // "X disagreed with these findings: “…”" — a colon after a clause with no
  // speech verb still introduces its subject's words; the subject opens the
  // sentence.
  const sentence = spanAt(ctx.sentences, from);
  const subject = inWindow[0];
  if (!sentence || sentence.start < from - 1 || !subject || subject.from - from > SUBJECT_OPENS || subject.mention.kind === 'pronoun' && subject.mention.entity === null) return null;
  return { place: 'colon-intro', cue: null, speaker: subject, channel: null, end: open, used: [] };
}

// How far into its sentence a subject may start ("On Monday, researcher X …").
const SUBJECT_OPENS = 40;

/**
 * An organisation that passes on a person's words: the subject of an earlier
 * cue in the same stretch ("the Pentagon said Secretary Austin told reporters")
 * or the object of "according to".
 */
function channelFor(ctx: QuoteContext, from: number, earlier: readonly Cue[], speaker: SpeakerMention): SpeakerMention | null {
  if (speaker.mention.type !== 'PERSON') return null;
  for (let i = earlier.length - 1; i >= Math.max(0, earlier.length - CHANNEL_CUES); i--) {
    const cue = earlier[i]!;
    const s = cue.role === 'source' ? subjectAfter(ctx, cue, speaker.from) : subjectBefore(ctx, from, cue);
    if (s && s.mention.type !== 'PERSON' && s.to <= speaker.from && s.mention.entity !== speaker.mention.entity) return s;
  }
  return null;
}

// A relay names the organisation in one of the few cues before the speaker's own.
const CHANNEL_CUES = 3;

/** The quote follows its cue directly: only a colon, comma or nothing stands between. */
function introduces(text: string, from: number, open: number, cue: Cue | null): boolean {
  const lead = text.slice(from, open).trimEnd();
  if (lead.endsWith(':') || lead.endsWith(',')) return true;
  return cue !== null && cue.end === from + lead.length;
}

/** For a quote opening a sentence: the previous sentence, when it ends with a colon ("He said:"). */
function colonSentenceBefore(ctx: QuoteContext, from: number): number {
  const prev = lastSentenceBefore(ctx, from);
  if (prev && ctx.text.slice(prev.start, prev.end).trimEnd().endsWith(':')) return prev.start;
  return from;
}

function lastSentenceBefore(ctx: QuoteContext, offset: number): { start: number; end: number } | null {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  let found: { start: number; end: number } | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.sentences[mid]!.end <= offset) {
      found = ctx.sentences[mid]!;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
