import type { BlockKind } from '../doc/layers.js';
import type { DocMeta } from '../doc/meta.js';
import type { Paragraph } from './paragraphs.js';
import {
  BOILERPLATE_LINES, BYLINE, CAPTION_CREDIT, COMMENT_SECTION_START, DATE_LINE, DATELINE_PREFIX, FINAL_PUNCTUATION, HAS_DATE,
  MAX_PATTERN_LINE,
} from './patterns.js';

export interface BlockProposal {
  readonly start: number;
  readonly end: number;
  readonly kind: BlockKind;
  readonly rule: string;
  readonly score: number;
}

interface Context {
  readonly paragraphs: readonly Paragraph[];
  readonly index: number;
  readonly meta: DocMeta;
  /** Whether the input already marked a title (HTML title, record title). */
  readonly hasTitleHint: boolean;
}

type Verdict = { kind: BlockKind; rule: string; score: number } | null;
type Rule = (p: Paragraph, ctx: Context) => Verdict;

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with', 'vs', 'vs.']);

/** Share of the line's content words that start with a capital or a digit: headline and caption style. */
function titleCaseShare(text: string): number {
  const content = words(text).filter((w) => !SMALL_WORDS.has(w.toLowerCase()) && /[\p{L}\p{N}]/u.test(w));
  if (content.length === 0) return 0;
  return content.filter((w) => /^["'“‘(]?[\p{Lu}\p{N}]/u.test(w)).length / content.length;
}

const fromHint: Rule = (p, ctx) => {
  const hint = ctx.meta.hints.find((h) => h.start < p.end && p.start < h.end);
  if (!hint) return null;
  const kind: BlockKind = hint.kind === 'heading' ? 'heading' : hint.kind;
  return { kind, rule: `marked-as-${hint.kind}-in-input`, score: 0.95 };
};

const boilerplateLine: Rule = (p) => {
  if (p.text.length > MAX_PATTERN_LINE) return null;
  for (const { rule, re } of BOILERPLATE_LINES) if (re.test(p.text)) return { kind: 'boilerplate', rule, score: 0.9 };
  return null;
};

const captionCredit: Rule = (p) =>
  p.text.length <= MAX_PATTERN_LINE && CAPTION_CREDIT.test(p.text) ? { kind: 'caption', rule: 'photo-credit', score: 0.9 } : null;

const byline: Rule = (p) => {
  if (p.text.length > 160 || !BYLINE.test(p.text)) return null;
  if (FINAL_PUNCTUATION.test(p.text) && !/^(?:reporting|editing|additional reporting) by/i.test(p.text)) return null;
  return { kind: 'byline', rule: 'by-line', score: 0.85 };
};

const dateLine: Rule = (p) =>
  p.text.length <= 80 && DATE_LINE.test(p.text) ? { kind: 'dateline', rule: 'date-only-line', score: 0.9 } : null;

/** Plain text: a short first line with no final punctuation is the headline. */
const firstLineTitle: Rule = (p, ctx) => {
  if (ctx.index !== 0 || ctx.hasTitleHint || ctx.paragraphs.length < 2) return null;
  const n = words(p.text).length;
  if (n > 25 || FINAL_PUNCTUATION.test(p.text)) return null;
  return { kind: 'title', rule: 'first-line-headline', score: 0.7 };
};

/**
 * A line without final punctuation between paragraphs: a caption when it
 * describes a scene (a date, a place, or long and in title case), else a heading.
 */
const unpunctuatedLine: Rule = (p, ctx) => {
  if (FINAL_PUNCTUATION.test(p.text) || p.text.length > MAX_PATTERN_LINE) return null;
  const n = words(p.text).length;
  const tc = titleCaseShare(p.text);
  const betweenParagraphs = ctx.index > 0 && ctx.index < ctx.paragraphs.length - 1;
  if (betweenParagraphs && n >= 6 && tc >= 0.6 && (HAS_DATE.test(p.text) || / in \p{Lu}/u.test(p.text))) {
    return { kind: 'caption', rule: 'descriptive-line-with-date-or-place', score: 0.75 };
  }
  if (n <= 14) return { kind: 'heading', rule: 'short-line-without-final-punctuation', score: 0.6 };
  return null;
};

/** "PREMIER EGEDE: Yeah. So —": a turn of a transcript is body, punctuated or not. */
const TRANSCRIPT_TURN = /^(?:\p{Lu}[\p{Lu}.'’-]{0,30} ){0,4}\p{Lu}[\p{Lu}.'’-]{1,30}: \S/u;
const transcriptTurn: Rule = (p) =>
  p.text.length > 0 && TRANSCRIPT_TURN.test(p.text.slice(0, 160)) ? { kind: 'body', rule: 'transcript-turn', score: 0.8 } : null;

/** Ordered: the first rule with a verdict wins. */
export const BLOCK_RULES: readonly Rule[] = [fromHint, boilerplateLine, captionCredit, byline, dateLine, firstLineTitle, transcriptTurn, unpunctuatedLine];

/** Lines after a comment-section heading are reader comments, not the article. */
function commentSectionStart(paragraphs: readonly Paragraph[]): number {
  // Only in the second half of the page, so a piece *about* comments keeps its text.
  for (let i = Math.floor(paragraphs.length / 2); i < paragraphs.length; i++) {
    const t = paragraphs[i]!.text;
    if (t.length <= 60 && COMMENT_SECTION_START.test(t)) return i;
  }
  return -1;
}

/** Blocks for a text's paragraphs, sorted and non-overlapping. */
export function classifyParagraphs(paragraphs: readonly Paragraph[], meta: DocMeta): BlockProposal[] {
  const hasTitleHint = meta.hints.some((h) => h.kind === 'title');
  const commentsFrom = commentSectionStart(paragraphs);
  const out: BlockProposal[] = [];
  let seenBody = false;
  paragraphs.forEach((p, index) => {
    if (commentsFrom >= 0 && index > commentsFrom) {
      out.push({ start: p.start, end: p.end, kind: 'boilerplate', rule: 'in-comment-section', score: 0.85 });
      return;
    }
    const ctx: Context = { paragraphs, index, meta, hasTitleHint };
    let verdict: Verdict = null;
    for (const rule of BLOCK_RULES) {
      verdict = rule(p, ctx);
      if (verdict) break;
    }
    if (verdict) {
      out.push({ start: p.start, end: p.end, ...verdict });
      return;
    }
    // A dateline opens the first body paragraph or two: split it off.
    if (!seenBody || index < 3) {
      const m = p.text.length > 0 ? DATELINE_PREFIX.exec(p.text.slice(0, 200)) : null;
      if (m && m[0].length < p.text.length) {
        const cut = p.start + m[0].trimEnd().length;
        out.push({ start: p.start, end: cut, kind: 'dateline', rule: 'place-dash-dateline', score: 0.8 });
        let bodyStart = p.start + m[0].length;
        while (bodyStart < p.end && /\s/.test(p.text[bodyStart - p.start]!)) bodyStart++;
        out.push({ start: bodyStart, end: p.end, kind: 'body', rule: 'after-dateline', score: 0.8 });
        seenBody = true;
        return;
      }
    }
    seenBody = true;
    out.push({ start: p.start, end: p.end, kind: 'body', rule: 'paragraph', score: 0.6 });
  });
  return out;
}
