import type { QueryFilter, QueryKind } from '../../store/index.js';
import { articlesPage, queryPage, type Page } from '../../store/index.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import {
  ACTOR_ROW, ARTICLE_ROW, CHECK_ROW, EVENT_ROW, QUOTE_ROW, SEARCH_ROW, errors, listOf, queryOf, type FilterName,
} from '../schemas.js';
import { withFtsErrors, type RouteRegistrar, type ServerContext } from './context.js';

type Query = Partial<Record<FilterName, string>> & { limit?: number };

interface ListRoute {
  readonly path: string;
  readonly summary: string;
  readonly params: readonly FilterName[];
  readonly required?: readonly FilterName[];
  readonly text?: string;
  readonly row: object;
  /** The parameter SQLite's FTS5 reads, if any: its syntax errors are 400s. */
  readonly fts?: FilterName;
  readonly page: (o: ServerContext, filter: QueryFilter, offset: number, limit: number) => Page;
}

const byQuery = (kind: QueryKind) => (o: ServerContext, filter: QueryFilter, offset: number, limit: number) =>
  queryPage(o.store.db, kind, filter, { offset, limit });

const ROUTES: readonly ListRoute[] = [
  {
    path: '/articles', summary: 'Stored articles, newest first', params: ['from', 'to', 'actor', 'country', 'text', 'limit', 'cursor'],
    text: 'FTS5 words in the title or text', row: ARTICLE_ROW, fts: 'text',
    page: (o, f, offset, limit) => articlesPage(o.store.db, f, { offset, limit }),
  },
  {
    path: '/actors', summary: 'Actors across articles, most written about first', params: ['actor', 'country', 'from', 'to', 'text', 'limit', 'cursor'],
    text: 'part of a name', row: ACTOR_ROW, page: byQuery('actors'),
  },
  {
    path: '/events', summary: 'Events, by date (as attache query events)', params: ['actor', 'country', 'type', 'cameo', 'from', 'to', 'place', 'text', 'limit', 'cursor'],
    text: 'part of the evidence', row: EVENT_ROW, page: byQuery('events'),
  },
  {
    path: '/quotes', summary: 'Quotes, by date', params: ['actor', 'country', 'from', 'to', 'text', 'limit', 'cursor'],
    text: 'FTS5 words in the quote', row: QUOTE_ROW, fts: 'text', page: byQuery('quotes'),
  },
  {
    path: '/checks', summary: 'Name checks: names that contradict the record, by date', params: ['actor', 'country', 'from', 'to', 'text', 'limit', 'cursor'],
    text: 'part of the name as written or as it should be', row: CHECK_ROW, page: byQuery('checks'),
  },
  {
    path: '/search', summary: 'Full-text search over articles, best match first', params: ['q', 'actor', 'country', 'from', 'to', 'limit', 'cursor'],
    required: ['q'], row: SEARCH_ROW, fts: 'q', page: byQuery('search'),
  },
];

function filterOf(q: Query): QueryFilter {
  const f: Record<string, string> = {};
  for (const k of ['actor', 'country', 'type', 'cameo', 'from', 'to', 'place', 'text'] as const) if (q[k] !== undefined) f[k] = q[k];
  if (q.q !== undefined) f.text = q.q;
  return f;
}

/** The list routes: one shape, `{ items, next_cursor }`, over `attache query`'s filters. */
export const listRoutes: RouteRegistrar = (app, o) => {
  for (const r of ROUTES) {
    app.get(r.path, {
      config: { access: 'read', cache: true },
      schema: {
        tags: ['lists'],
        summary: r.summary,
        querystring: queryOf(r.params, r.required, r.text),
        response: { 200: listOf(r.row), ...errors(401) },
      },
    }, async (req) => {
      const q = req.query as Query;
      const limit = Math.min(q.limit ?? o.limits.pageDefault, o.limits.pageMax);
      const offset = decodeCursor(r.path, q, q.cursor);
      const run = () => r.page(o, filterOf(q), offset, limit);
      const page = r.fts ? withFtsErrors(r.fts, run) : run();
      return { items: page.items, next_cursor: page.next === null ? null : encodeCursor(r.path, q, page.next) };
    });
  }
};
