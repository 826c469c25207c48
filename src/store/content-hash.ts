import { createHash } from 'node:crypto';

/** Bumped if what is hashed ever changes (old stores would then re-analyse everything once). */
export const CONTENT_HASH_VERSION = 1;

/**
 * What makes two copies of an article "the same" for a re-scrape: Unicode NFC, line ends made LF,
 * a BOM, trailing spaces on each line and runs of blank lines dropped, outer whitespace trimmed.
 */
export function normaliseForHash(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The article's id in the store: sha256 over the normalised title and the normalised body
 * (the text, or for HTML the page as given). The date, URL and id fields are not hashed:
 * a re-scrape of the same text is the same article wherever and whenever it was found.
 * Computed before analysis, so a known article costs no analysis at all.
 */
export function contentHash(input: { readonly title?: string | null; readonly text?: string | null; readonly html?: string | null }): string {
  const body = normaliseForHash(input.html ?? input.text ?? '');
  const title = normaliseForHash(input.title ?? '');
  return `sha256:${createHash('sha256').update(`${title}\u0000${body}`).digest('hex')}`;
}
