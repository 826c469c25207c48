import { markRole } from './mark-role.js';
import { QUOTE_MARKS } from './marks.js';
import { roughSentences, spanAt, trimSpan, type TextSpan } from './spans.js';
import { repairMissingClose, repairMissingOpen } from './repair.js';

export interface Paragraph extends TextSpan {
  /**
   * The paragraph follows the previous one directly (no caption or other block
   * between), so a quote left open there may run on into it. Default true.
   */
  readonly continues?: boolean;
}

export type QuoteShape = 'paired' | 'multi-paragraph' | 'missing-open' | 'missing-close';

/** A quotation found from its marks: the quoted words, marks excluded. */
export interface QuoteSpan extends TextSpan {
  /** Offset of the opening mark, null when it was missing. */
  readonly open: number | null;
  /** Offset of the closing mark, null when it was missing. */
  readonly close: number | null;
  readonly shape: QuoteShape;
  /** How many paragraphs the quote runs over. */
  readonly paragraphs: number;
  /** How broken marks were mended, or null. */
  readonly repaired: string | null;
}

export interface FindQuotesOptions {
  /** Sentence spans, sorted; rough ones are computed when absent. */
  readonly sentences?: readonly TextSpan[];
  /**
   * Sorted offsets of narration cues ("Motegi said", "the minister added"):
   * a repaired quote never runs across a sentence holding one.
   */
  readonly barriers?: readonly number[];
  /**
   * Sorted offsets of attribution clauses after a comma (", Blinken said"), at
   * the speaker: a quote missing its closing mark ends there.
   */
  readonly attributions?: readonly number[];
}

interface Opener {
  readonly pos: number;
  readonly ch: string;
  /** For single marks: how many double quotes were open when it opened. */
  readonly depth: number;
}

/** A double quote still open at a paragraph's end that the next paragraph re-opens. */
interface Carried {
  readonly opener: Opener;
  readonly paragraphs: number;
}

// One character class, no quantifier: a scan that cannot backtrack.
const MARK_SOURCE = '["“”„‟«»「」『』\'‘’‚‹›]';

/**
 * Every top-level quotation in the paragraphs, in text order. Marks are paired
 * with a stack per paragraph (each mark pushed and popped once), quotes nested
 * inside another stay part of it, apostrophes are skipped, and broken quotes
 * are repaired within their paragraph (see repair.ts). Time is linear in the
 * text, up to a log factor for sentence look-ups.
 */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[], options: FindQuotesOptions = {}): QuoteSpan[] {
  const sentences = options.sentences ?? roughSentences(text, paragraphs);
  const barriers = options.barriers ?? [];
  const attributions = options.attributions ?? [];
  const out: QuoteSpan[] = [];
  let carried: Carried | null = null;
  // One forward pass over the marks of the whole text, shared by all
  // paragraphs (they are sorted): a paragraph without marks costs nothing, and
  // no search ever runs past a paragraph into the rest of the text again.
  const marks = new RegExp(MARK_SOURCE, 'g');
  let m = marks.exec(text);

  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const doubles: Opener[] = [];
    const singles: Opener[] = [];
    let scanFrom = p.start;
    if (carried) {
      // The re-opening mark at this paragraph's start continues the carried quote.
      doubles.push(carried.opener);
      scanFrom = firstNonSpace(text, p.start, p.end) + 1;
    }
    const paragraphCount: number = carried ? carried.paragraphs : 1;
    // Where a quote with a missing opening mark may start: after the last quote
    // or cue sentence before it, never before the paragraph.
    let floor = p.start;
    // Just past the last closing mark: the fallback when a sentence holds two.
    let after = p.start;

    while (m !== null && m.index < scanFrom) m = marks.exec(text);
    for (; m !== null && m.index < p.end; m = marks.exec(text)) {
      const i = m.index;
      const ch = m[0];
      const info = QUOTE_MARKS.get(ch)!;
      if (info.weight === 'double') {
        const top = doubles[doubles.length - 1] ?? null;
        const role = markRole(text, i, info, top?.ch ?? null);
        if (role === 'open') doubles.push({ pos: i, ch, depth: doubles.length });
        else if (role === 'close' && top) {
          doubles.pop();
          // Single quotes opened inside the closed quote end with it.
          while (singles.length > 0 && singles[singles.length - 1]!.depth > doubles.length) singles.pop();
          if (doubles.length === 0) {
            const multi = top === carried?.opener;
            push(out, text, top.pos + 1, i, {
              open: multi ? carried!.opener.pos : top.pos,
              close: i,
              shape: multi ? 'multi-paragraph' : 'paired',
              paragraphs: multi ? paragraphCount : 1,
              repaired: null,
            });
            floor = sentenceEnd(sentences, i);
            after = i + 1;
          }
        } else if (role === 'stray' || role === 'close') {
          if (doubles.length > 0) continue; // a stray closer inside a quote: nested noise
          const start = repairMissingOpen({ paragraph: p, floor, after, close: i, sentences, barriers });
          push(out, text, start, i, {
            open: null,
            close: i,
            shape: 'missing-open',
            paragraphs: 1,
            repaired: start === firstNonSpace(text, p.start, p.end) ? 'missing opening mark: started at paragraph start' : 'missing opening mark: started after the previous quote or cue sentence',
          });
          floor = sentenceEnd(sentences, i);
          after = i + 1;
        }
      } else {
        const top = singles[singles.length - 1];
        const pending = top !== undefined && top.depth === doubles.length ? top.ch : null;
        const role = markRole(text, i, info, pending, p.end);
        if (role === 'open') singles.push({ pos: i, ch, depth: doubles.length });
        else if (role === 'close' && top && pending !== null) {
          singles.pop();
          // Single quotes at the top level are quotes in their own right
          // (headline and British style); inside a double quote they are nested.
          if (doubles.length === 0) {
            push(out, text, top.pos + 1, i, { open: top.pos, close: i, shape: 'paired', paragraphs: 1, repaired: null });
            floor = sentenceEnd(sentences, i);
            after = i + 1;
          }
        }
        // A stray single closer is an apostrophe ("the leaders’ talks"): never repaired.
      }
    }

    carried = null;
    const outer = doubles[0];
    if (outer === undefined) continue;
    const next = paragraphs[k + 1];
    if (next !== undefined && next.continues !== false && opensWithDoubleMark(text, next)) {
      carried = { opener: outer, paragraphs: paragraphCount + 1 };
      continue;
    }
    const { end, how } = repairMissingClose({ paragraph: p, open: outer.pos, sentences, barriers, attributions });
    push(out, text, outer.pos + 1, end, { open: outer.pos, close: null, shape: 'missing-close', paragraphs: paragraphCount, repaired: `missing closing mark: ${how}` });
  }
  return out.sort((a, b) => a.start - b.start);
}

function push(out: QuoteSpan[], text: string, start: number, end: number, rest: Omit<QuoteSpan, 'start' | 'end'>): void {
  const span = trimSpan(text, start, end);
  if (span.end > span.start) out.push({ start: span.start, end: span.end, ...rest });
}

function firstNonSpace(text: string, start: number, end: number): number {
  return trimSpan(text, start, end).start;
}

/** The end of the sentence holding `offset`, or just past it. */
export function sentenceEnd(sentences: readonly TextSpan[], offset: number): number {
  const s = spanAt(sentences, offset);
  return s ? Math.max(s.end, offset + 1) : offset + 1;
}

/** Whether a paragraph begins with a double mark that opens (the re-opening mark). */
function opensWithDoubleMark(text: string, p: Paragraph): boolean {
  const i = firstNonSpace(text, p.start, p.end);
  const info = QUOTE_MARKS.get(text[i] ?? '');
  return info !== undefined && info.weight === 'double' && markRole(text, i, info, null) === 'open';
}
