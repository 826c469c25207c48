import type { ArticleInput } from '../ingest/article.js';
import { HttpProblem } from './problem.js';

/** An article as a JSON body gives it. */
export interface ArticleBody {
  readonly text?: string;
  readonly html?: string;
  readonly title?: string;
  readonly date?: string;
  readonly url?: string;
  readonly id?: string;
  readonly source?: string;
}

/** Why an article body cannot be analysed (exactly one of text and html, within the size limit), or null. */
export function articleBodyProblem(body: ArticleBody, maxBytes: number, path: string): HttpProblem | null {
  const has = (v: string | undefined) => typeof v === 'string';
  if (has(body.text) === has(body.html)) {
    return new HttpProblem(400, 'E_VALIDATION', `${path}: give exactly one of text and html`, [{ path, message: 'give exactly one of text and html' }]);
  }
  const raw = (body.text ?? body.html)!;
  if (raw.trim() === '') return new HttpProblem(400, 'E_EMPTY', `${path}: the article has no text`, [{ path, message: 'empty' }]);
  const bytes = Buffer.byteLength(raw, 'utf8');
  if (bytes > maxBytes) {
    return new HttpProblem(413, 'E_TOO_LARGE', `${path}: the article is ${bytes} bytes, over the ${maxBytes}-byte limit for one article`);
  }
  return null;
}

/** The input the analyzer reads. Article text from the web is data: nothing in it is fetched or run. */
export function toArticleInput(body: ArticleBody, origin: string): ArticleInput {
  return {
    id: body.id ?? null,
    text: body.text ?? null,
    html: body.html ?? null,
    title: body.title ?? null,
    date: body.date ?? null,
    url: body.url ?? null,
    origin,
    format: body.html !== undefined ? 'html' : 'text',
  };
}

/** A raw text/plain or text/html body as an article. */
export function rawArticle(body: string, contentType: string | undefined, date: string | undefined, maxBytes: number): ArticleInput {
  const isHtml = /^text\/html\b/i.test(contentType ?? '');
  const problem = articleBodyProblem(isHtml ? { html: body } : { text: body }, maxBytes, 'body');
  if (problem) throw problem;
  return { text: isHtml ? null : body, html: isHtml ? body : null, date: date ?? null, origin: '<request>', format: isHtml ? 'html' : 'text' };
}
