import { createHash } from 'node:crypto';
import { AttacheError } from '../errors.js';
import { Doc } from '../doc/doc.js';
import type { DocMeta } from '../doc/meta.js';
import { normaliseNewlines } from './decode.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { isoDateOf } from './html-meta.js';

/** One article as a caller hands it over: a text or an HTML page, and what is known about it. */
export interface ArticleInput {
  readonly id?: string | null;
  readonly text?: string | null;
  readonly html?: string | null;
  readonly date?: string | null;
  readonly title?: string | null;
  readonly url?: string | null;
  /** Where it came from, for messages: a path, '-' or 'FILE:LINE'. */
  readonly origin?: string;
  /** How to read `text`: as plain text, as HTML, or by sniffing (default). */
  readonly format?: 'text' | 'html' | 'auto';
}

export interface PreparedDoc {
  readonly doc: Doc;
  readonly warnings: readonly string[];
}

export function contentId(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex').slice(0, 16)}`;
}

/** The input made into a Doc: HTML extracted, title placed at the head, dates checked. */
export function prepareDoc(input: ArticleInput, options: { readonly date?: string | null } = {}): PreparedDoc {
  const origin = input.origin ?? '<input>';
  const warnings: string[] = [];
  const hints: { start: number; end: number; kind: 'title' | 'caption' | 'byline' | 'heading' }[] = [];
  let text: string;
  let format: DocMeta['format'] = 'text';
  let title = input.title?.trim() || null;
  let url = input.url?.trim() || null;
  let byline: string | null = null;
  let metadataDate: string | null = null;

  const raw = input.html ?? input.text;
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw new AttacheError('E_EMPTY', `${origin}: has no text`, { origin });
  }
  const asHtml = input.html != null || input.format === 'html' || (input.format !== 'text' && looksLikeHtml(raw));
  if (asHtml) {
    const page = extractHtml(raw, origin);
    format = 'html';
    text = page.text;
    hints.push(...page.hints);
    warnings.push(...page.warnings);
    title ??= page.title;
    url ??= page.url;
    byline = page.byline;
    metadataDate = page.date;
    if (input.title && page.title !== input.title) {
      // The record's own title wins over the page's; put it first if the page text lacks it.
      text = `${input.title.trim()}\n\n${text}`;
      const shift = input.title.trim().length + 2;
      for (const h of hints) {
        h.start += shift;
        h.end += shift;
      }
      hints.unshift({ start: 0, end: input.title.trim().length, kind: 'title' });
    }
  } else {
    text = normaliseNewlines(raw);
    if (title && !text.trimStart().startsWith(title)) {
      text = `${title}\n\n${text}`;
      hints.push({ start: 0, end: title.length, kind: 'title' });
    } else if (title) {
      const at = text.indexOf(title);
      hints.push({ start: at, end: at + title.length, kind: 'title' });
    }
  }

  let inputDate: string | null = null;
  if (input.date != null && input.date !== '') {
    inputDate = isoDateOf(String(input.date));
    if (!inputDate) warnings.push(`${origin}: date '${input.date}' is not a date; ignored`);
  }
  const meta: DocMeta = {
    id: input.id != null && String(input.id) !== '' ? String(input.id) : (url ?? contentId(text)),
    title,
    url,
    byline,
    optionDate: options.date ?? null,
    inputDate,
    metadataDate,
    origin,
    format,
    hints,
  };
  return { doc: new Doc(text, meta), warnings };
}
