/**
 * JSON Schemas of the API's requests and answers: Fastify validates requests with them, serialises answers
 * with them, and @fastify/swagger turns them into the OpenAPI document. One place, so the three agree.
 * The serialiser writes properties in schema order: rows list `attache query`'s columns first, then the ids
 * the API adds, as the queries select them, so `attache actor --format json` prints the API's bytes.
 */

const str = { type: 'string' } as const;
const nstr = { type: ['string', 'null'] } as const;
const nnum = { type: ['number', 'null'] } as const;
const int = { type: 'integer' } as const;

export const DATE = { type: 'string', format: 'date', description: 'YYYY-MM-DD' } as const;

/** Every query parameter a list route may take; each route picks its own. */
const FILTERS = {
  actor: { type: 'string', minLength: 1, maxLength: 200, description: 'Wikidata id, store key (country:JPN) or part of a name' },
  country: { type: 'string', pattern: '^[A-Za-z]{3}$', description: 'ISO 3166 alpha-3' },
  from: { ...DATE, description: 'on or after (YYYY-MM-DD)' },
  to: { ...DATE, description: 'on or before (YYYY-MM-DD)' },
  type: { type: 'string', pattern: '^[A-Za-z_]{2,40}$', description: 'PLOVER event type (CONSULT, …)' },
  cameo: { type: 'string', pattern: '^[0-9]{1,4}$', description: 'CAMEO code or prefix' },
  place: { type: 'string', minLength: 1, maxLength: 200, description: 'place name (any part) or ISO3' },
  text: { type: 'string', minLength: 1, maxLength: 500 },
  q: { type: 'string', minLength: 1, maxLength: 500, description: 'FTS5 words' },
  limit: { type: 'integer', minimum: 1, description: 'page size: default 50, larger values are answered with the cap (500)' },
  cursor: { type: 'string', maxLength: 200, description: "the previous answer's next_cursor" },
} as const;

export type FilterName = keyof typeof FILTERS;

/** A querystring schema allowing exactly these parameters: any other is a 400. */
export function queryOf(names: readonly FilterName[], required: readonly FilterName[] = [], text?: string): object {
  const properties: Record<string, object> = {};
  for (const n of names) properties[n] = n === 'text' && text ? { ...FILTERS.text, description: text } : FILTERS[n];
  return { type: 'object', additionalProperties: false, properties, ...(required.length ? { required } : {}) };
}

export const NO_QUERY = { type: 'object', additionalProperties: false, properties: {} } as const;

export const PROBLEM = {
  type: 'object',
  description: 'RFC 9457 problem details (application/problem+json)',
  required: ['type', 'title', 'status', 'detail', 'code'],
  properties: {
    type: str,
    title: str,
    status: int,
    detail: str,
    code: { type: 'string', description: 'stable error code (E_VALIDATION, E_UNAUTHORIZED, E_TOO_LARGE, …)' },
    errors: { type: 'array', items: { type: 'object', properties: { path: str, message: str }, required: ['path', 'message'] } },
  },
} as const;

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: PROBLEM } } });

/** The error answers a route documents, beside its own. */
export function errors(...statuses: number[]): Record<string, object> {
  const what: Record<number, string> = {
    400: 'validation failed (unknown parameters or fields, bad dates, bad values)',
    401: 'missing or wrong bearer token',
    404: 'no such item',
    413: 'body or article over the size limit',
    415: 'unsupported content type',
    422: 'the input holds no article text',
    429: 'rate limit passed (see Retry-After)',
    503: 'the store or knowledge base is unavailable',
  };
  return Object.fromEntries([...new Set([400, 429, ...statuses])].sort().map((s) => [String(s), problemResponse(what[s] ?? 'error')]));
}

export const EVENT_ROW = {
  type: 'object',
  properties: {
    date: nstr, plover: str, mode: nstr, cameo: str, goldstein: nnum,
    source: nstr, sourceCode: nstr, target: nstr, targetCode: nstr,
    place: nstr, placeCountry: nstr, modality: str, evidence: str,
    article: str, url: nstr,
    id: { type: 'string', description: 'article id # event id in the analysis' },
    sourceIds: { type: 'array', items: str, description: 'the actor ids (as /actors/{id} takes) of source, in the order of its names' },
    targetIds: { type: 'array', items: str, description: 'the actor ids of target, in the order of its names' },
  },
} as const;

export const ACTOR_ROW = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'the Wikidata id, else the store key' },
    key: str, wikidata: nstr, name: nstr, type: nstr, country: nstr,
    articles: int, mentions: int, quotes: int, events: int, first: nstr, last: nstr,
  },
} as const;

export const QUOTE_ROW = {
  type: 'object',
  properties: { date: nstr, speaker: nstr, kind: str, text: str, cue: nstr, article: str, url: nstr, speakerId: nstr },
} as const;

export const CHECK_ROW = {
  type: 'object',
  properties: {
    date: nstr, surface: str, wrong: str, right: str, kind: str, why: str, confidence: { type: 'number' },
    article: str, url: nstr, start: int, end: int,
    actorId: { type: 'string', description: 'the id (as /actors/{id} takes) of the actor the name is of' },
    actorName: { ...nstr, description: 'that actor\'s name in the article (its record name when linked)' },
  },
} as const;

export const SEARCH_ROW = {
  type: 'object',
  properties: { date: nstr, title: nstr, snippet: nstr, article: str, url: nstr },
} as const;

export const ARTICLE_ROW = {
  type: 'object',
  properties: {
    id: str, date: nstr, title: nstr, url: nstr, source: nstr,
    counts: { type: 'object', properties: { entities: int, events: int, quotes: int, nameChecks: int } },
  },
} as const;

/** `{ items, next_cursor }`. */
export function listOf(item: object): object {
  return {
    type: 'object',
    required: ['items', 'next_cursor'],
    properties: { items: { type: 'array', items: item }, next_cursor: { type: ['string', 'null'], description: 'pass as cursor for the next page; null on the last' } },
  };
}

export const ANALYSIS = {
  type: 'object',
  additionalProperties: true,
  description: 'the analysis document (schema/analysis.schema.json)',
} as const;

const ARTICLE_FIELDS = {
  text: { type: 'string', description: 'plain text (exactly one of text and html)' },
  html: { type: 'string', description: 'an HTML page (exactly one of text and html)' },
  title: { type: 'string', maxLength: 2000 },
  date: DATE,
  url: { type: 'string', maxLength: 4000, description: 'where the article was found: metadata only, never fetched' },
  id: { type: 'string', maxLength: 2000, description: "the input's own id" },
} as const;

export const ARTICLE_BODY = { type: 'object', additionalProperties: false, properties: ARTICLE_FIELDS } as const;

export const INGEST_ARTICLE = {
  type: 'object',
  additionalProperties: false,
  properties: { ...ARTICLE_FIELDS, source: { type: 'string', maxLength: 200, description: 'the outlet (default: the URL host)' } },
} as const;
