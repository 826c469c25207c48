import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { AttacheError } from '../errors.js';
import { readHtmlMeta } from './html-meta.js';
import { htmlToParagraphs, type HintKind, type Paragraph } from './html-text.js';

export interface ExtractedHtml {
  readonly text: string;
  readonly title: string | null;
  readonly byline: string | null;
  readonly date: string | null;
  readonly url: string | null;
  readonly hints: readonly { start: number; end: number; kind: HintKind }[];
  readonly warnings: readonly string[];
}

/** Past these, readability's DOM passes get slow or deep enough to overflow the stack. */
const MAX_DEPTH_FOR_READABILITY = 300;
const MAX_ELEMENTS_FOR_READABILITY = 60_000;

function runReadability(html: string): { content: string; title: string | null; byline: string | null; date: string | null } | null {
  const { document } = parseHTML(html);
  // Readability expects a browser Document; linkedom's is close enough for it.
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 100 }).parse();
  if (!article || !article.content) return null;
  return {
    content: article.content,
    title: article.title?.trim() || null,
    byline: article.byline?.trim() || null,
    date: article.publishedTime ?? null,
  };
}

function normTitle(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The main text of a page and its metadata. The title is put at the head of
 * the text (so title events have offsets) unless the text already starts with it.
 */
export function extractHtml(html: string, origin: string): ExtractedHtml {
  const warnings: string[] = [];
  const meta = readHtmlMeta(html);
  let paragraphs: Paragraph[] | null = null;
  let readabilityTitle: string | null = null;
  let readabilityByline: string | null = null;
  let readabilityDate: string | null = null;
  if (meta.maxDepth > MAX_DEPTH_FOR_READABILITY || meta.elements > MAX_ELEMENTS_FOR_READABILITY) {
    warnings.push(`page nested ${meta.maxDepth} levels deep with ${meta.elements} elements: main-text detection skipped, page chrome dropped by tag`);
  } else {
    try {
      const article = runReadability(html);
      if (article) {
        paragraphs = htmlToParagraphs(article.content, { dropChrome: false });
        readabilityTitle = article.title;
        readabilityByline = article.byline;
        readabilityDate = article.date;
      }
    } catch (e) {
      warnings.push(`main-text detection failed (${e instanceof Error ? e.message : String(e)}); page chrome dropped by tag`);
    }
  }
  if (!paragraphs || paragraphs.length === 0) paragraphs = htmlToParagraphs(html, { dropChrome: true });
  if (paragraphs.length === 0) throw new AttacheError('E_HTML_NO_TEXT', `${origin}: the HTML page has no text`, { origin });

  const title = meta.title ?? readabilityTitle;
  const hints: { start: number; end: number; kind: HintKind }[] = [];
  const parts: string[] = [];
  let offset = 0;
  const push = (text: string, hint: HintKind | null): void => {
    if (parts.length > 0) offset += 2;
    if (hint) hints.push({ start: offset, end: offset + text.length, kind: hint });
    parts.push(text);
    offset += text.length;
  };
  const first = paragraphs[0]!;
  const startsWithTitle = title !== null && normTitle(first.text) === normTitle(title);
  if (title && !startsWithTitle) push(title, 'title');
  paragraphs.forEach((p, i) => push(p.text, i === 0 && startsWithTitle ? 'title' : p.hint));
  const date = meta.date ?? (readabilityDate ? readabilityDate.slice(0, 10) : null);
  return {
    text: parts.join('\n\n'),
    title,
    byline: meta.byline ?? readabilityByline,
    date: date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    url: meta.url,
    hints,
    warnings,
  };
}

/** Whether text that came without a declared format is an HTML page. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || /^<(head|body|article|div|p|meta)[\s>]/.test(head);
}
