import { Parser } from 'htmlparser2';

export interface HtmlMeta {
  readonly title: string | null;
  readonly byline: string | null;
  readonly date: string | null;
  readonly url: string | null;
  /** Deepest element nesting seen, and how many elements: readability's DOM work grows with both. */
  readonly maxDepth: number;
  readonly elements: number;
}

const DATE_KEYS = new Set([
  'article:published_time', 'og:published_time', 'og:article:published_time', 'published_time', 'date', 'pubdate',
  'publishdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.created', 'sailthru.date',
  'parsely-pub-date', 'datepublished', 'article.published',
]);
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title'];
const AUTHOR_KEYS = new Set(['author', 'article:author', 'dc.creator', 'byl', 'parsely-author', 'sailthru.author']);
const URL_KEYS = new Set(['og:url', 'twitter:url']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** An ISO date (YYYY-MM-DD) from a metadata value, or null. */
export function isoDateOf(value: string): string | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  if (value.length > 100) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}

function findJsonLdDate(json: string): string | null {
  const m = /"datePublished"\s*:\s*"([^"]{4,40})"/.exec(json);
  return m ? isoDateOf(m[1]!) : null;
}

/** One streaming pass over the page for its metadata and shape. */
export function readHtmlMeta(html: string): HtmlMeta {
  const metas = new Map<string, string>();
  let titleTag = '';
  let inTitle = false;
  let inJsonLd = false;
  let jsonLd = '';
  let canonical: string | null = null;
  let timeDatetime: string | null = null;
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        elements++;
        if (!VOID.has(name)) {
          depth++;
          if (depth > maxDepth) maxDepth = depth;
        }
        if (name === 'meta') {
          const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
          const content = attrs.content;
          if (key && content !== undefined && !metas.has(key)) metas.set(key, content);
        } else if (name === 'title') inTitle = true;
        else if (name === 'link' && (attrs.rel ?? '').toLowerCase() === 'canonical' && attrs.href) canonical ??= attrs.href;
        else if (name === 'time' && attrs.datetime) timeDatetime ??= attrs.datetime;
        else if (name === 'script' && (attrs.type ?? '').toLowerCase() === 'application/ld+json') inJsonLd = true;
      },
      ontext(text) {
        if (inTitle) titleTag += text;
        else if (inJsonLd && jsonLd.length < 200_000) jsonLd += text;
      },
      onclosetag(name) {
        if (!VOID.has(name)) depth = Math.max(0, depth - 1);
        if (name === 'title') inTitle = false;
        else if (name === 'script') inJsonLd = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  let date: string | null = null;
  for (const [key, value] of metas) {
    if (DATE_KEYS.has(key)) {
      date = isoDateOf(value);
      if (date) break;
    }
  }
  date ??= findJsonLdDate(jsonLd) ?? (timeDatetime ? isoDateOf(timeDatetime) : null);
  const title = TITLE_KEYS.map((k) => metas.get(k)).find((v) => v && v.trim()) ?? (titleTag.trim() || null);
  let byline: string | null = null;
  for (const [key, value] of metas) if (AUTHOR_KEYS.has(key) && value.trim() && !/^https?:/.test(value)) byline ??= value.trim();
  let url: string | null = canonical;
  for (const [key, value] of metas) if (URL_KEYS.has(key) && value.trim()) url ??= value.trim();
  return { title: title ? title.replace(/\s+/g, ' ').trim() : null, byline, date, url, maxDepth, elements };
}
