/**
 * Turns an analysis document into what the article view draws: each block cut into sentence
 * pieces, each piece into quote pieces, each of those into mention pieces. A span that crosses an
 * outer span's edge is cut in two, so the text is shown once, in order, whatever the overlaps.
 */
import type { AnalysisDocument, Entity, Mention, NameCheck, Quote, Span } from '../../api/analysis.js';

export interface MentionMark extends Span { readonly entity: Entity; readonly mention: Mention | null; readonly check: NameCheck | null; readonly checkIndex: number }
export interface QuoteMark extends Span { readonly quote: Quote; readonly quoteIndex: number }

export interface Piece<T> extends Span { readonly mark: T | null }

/**
 * Cuts [start, end) by sorted, non-overlapping marks: marks clipped to the range, gaps as null
 * pieces. The first mark is found by binary search (disjoint marks end in order too), so cutting a
 * long briefing sentence by sentence does not walk its thousands of mentions each time.
 */
export function cut<T extends Span>(start: number, end: number, marks: readonly T[]): Piece<T>[] {
  const out: Piece<T>[] = [];
  let at = start;
  let lo = 0, hi = marks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (marks[mid]!.end <= start) lo = mid + 1; else hi = mid; }
  for (let i = lo; i < marks.length; i++) {
    const m = marks[i]!;
    if (m.start >= end) break;
    if (m.end <= at) continue;
    const s = Math.max(m.start, at), e = Math.min(m.end, end);
    if (s > at) out.push({ start: at, end: s, mark: null });
    out.push({ start: s, end: e, mark: m });
    at = e;
  }
  if (at < end) out.push({ start: at, end, mark: null });
  return out;
}

/** Keeps the first of overlapping spans (in start order, longer first): what cut() needs. */
export function disjoint<T extends Span>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let end = -1;
  for (const s of sorted) if (s.start >= end && s.end > s.start) out.push(s), (end = s.end);
  return out;
}

/** Every name check of the document, in text order: the index is the check's number in the view. */
export function nameChecks(doc: AnalysisDocument): { entity: Entity; check: NameCheck }[] {
  return doc.entities.flatMap((entity) => entity.nameChecks.map((check) => ({ entity, check }))).sort((a, b) => a.check.start - b.check.start);
}

/** Mention marks: name checks first (they win an overlap), then the mentions no check covers. */
export function mentionMarks(doc: AnalysisDocument): MentionMark[] {
  const checks = nameChecks(doc).map(({ entity, check }, checkIndex): MentionMark => ({
    start: check.start, end: check.end, entity, check, checkIndex,
    mention: entity.mentions.find((m) => m.start <= check.start && m.end >= check.end) ?? null,
  }));
  const mentions = doc.entities.flatMap((entity) => entity.mentions.map((mention): MentionMark => ({ start: mention.start, end: mention.end, entity, mention, check: null, checkIndex: -1 })));
  return disjoint([...checks, ...mentions.filter((m) => !checks.some((c) => c.start < m.end && m.start < c.end))]);
}

export function quoteMarks(doc: AnalysisDocument): QuoteMark[] {
  return disjoint(doc.quotes.map((quote, quoteIndex) => ({ start: quote.start, end: quote.end, quote, quoteIndex })));
}

/** The block each event belongs beside: the one its evidence starts in. */
export function blockOf(doc: AnalysisDocument, offset: number): number {
  return doc.blocks.findIndex((b) => b.start <= offset && offset < b.end);
}

/** The document's entities by their article-local id (e1, e2, …). */
export function entityById(doc: AnalysisDocument): Map<string, Entity> {
  return new Map(doc.entities.map((e) => [e.id, e]));
}
