import type Database from 'better-sqlite3';
import type { AnalysisDocument } from '../output/document.js';
import { ACTOR_MATCH, ID_COLUMNS, buildQuery, type QueryFilter, type QueryKind } from './queries.js';
import { unpackAnalysis } from './record.js';

/**
 * Reads for the HTTP API: pages of `attache query`'s rows (with their ids), the article list, one article,
 * one actor. Pages are offset-based over a total order (every ORDER BY ends on a unique column), so a page
 * never repeats or skips a row while the store does not change.
 */

/** A value of an API row: `attache query`'s cells, plus the id arrays of event rows and the article's counts. */
export type Value = string | number | null | readonly string[] | { readonly [key: string]: Value };
export type Row = Record<string, Value>;

export interface PageRequest {
  readonly offset: number;
  readonly limit: number;
}

export interface Page {
  readonly items: Row[];
  /** The offset of the next page, or null when this one is the last. */
  readonly next: number | null;
}

/** Statements by SQL text, per connection: a list route asks the same few shapes again and again. */
const statements = new WeakMap<Database.Database, Map<string, Database.Statement>>();

function prepared(db: Database.Database, sql: string): Database.Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    // Filters are bound as parameters, so the distinct shapes are few; the cap only guards against surprises.
    if (cache.size > 500) cache.clear();
    cache.set(sql, stmt);
  }
  return stmt;
}

/** Only the parameters the statement names: better-sqlite3 refuses others. */
function bindFor(sql: string, params: Row): Row {
  const names = new Set([...sql.matchAll(/@(\w+)/g)].map((m) => m[1]!));
  return Object.fromEntries(Object.entries(params).filter(([k]) => names.has(k)));
}

function page(db: Database.Database, sql: string, params: Row, p: PageRequest): Page {
  return pageOf(db, `${sql} LIMIT @pageLimit OFFSET @pageOffset`, params, p);
}

/** One page from SQL that places @pageLimit and @pageOffset itself: one row more than the page tells whether another follows. */
function pageOf(db: Database.Database, full: string, params: Row, p: PageRequest): Page {
  const rows = prepared(db, full).all(bindFor(full, { ...params, pageLimit: p.limit + 1, pageOffset: p.offset })) as Row[];
  const more = rows.length > p.limit;
  return { items: more ? rows.slice(0, p.limit) : rows, next: more ? p.offset + p.limit : null };
}

/** The total order each kind's page follows: `attache query`'s order with a unique last key. */
const PAGE_ORDER: Readonly<Record<QueryKind, string>> = {
  events: 'ORDER BY date, e.id',
  actors: 'GROUP BY en.id ORDER BY articles DESC, en.key',
  quotes: 'ORDER BY a.date, q.rowid',
  checks: 'ORDER BY a.date, c.rowid',
  search: 'ORDER BY rank, a.seq',
};

/** Event rows' sourceIds and targetIds come from SQLite as JSON text: arrays in the API's rows. */
function withIdArrays(rows: Row[]): Row[] {
  for (const r of rows) {
    for (const k of ['sourceIds', 'targetIds']) if (typeof r[k] === 'string') r[k] = JSON.parse(r[k]) as string[];
  }
  return rows;
}

const EVENTS_FROM = 'FROM events e JOIN articles a ON a.seq = e.article';

/**
 * A page of event rows, its events picked first: SQLite's sorter would otherwise work out every matching event's
 * names and ids (correlated subqueries) before keeping one page of them, ~4 ms a page on 3,000 events.
 * The same rows and order as page() over PAGE_ORDER.events.
 */
function eventsPage(db: Database.Database, sql: string, where: string, params: Row, p: PageRequest): Page {
  if (!sql.includes(EVENTS_FROM)) throw new Error('events query: unexpected FROM clause');
  const picked = `SELECT e.id AS pid FROM events e JOIN articles a ON a.seq = e.article ${where} ORDER BY coalesce(e.date_start, a.date), e.id LIMIT @pageLimit OFFSET @pageOffset`;
  return pageOf(db, `${sql.replace(EVENTS_FROM, `FROM (${picked}) p JOIN events e ON e.id = p.pid JOIN articles a ON a.seq = e.article`)} ORDER BY date, e.id`, params, p);
}

/** A page of `attache query` rows of one kind, each with the ids the API links by (ID_COLUMNS). */
export function queryPage(db: Database.Database, kind: QueryKind, filter: QueryFilter, p: PageRequest): Page {
  if (kind === 'actors') return actorsPage(db, filter, p);
  const { sql, params } = buildQuery(kind, filter, ID_COLUMNS[kind]);
  const { where, order: _order, limit: _limit, ...bind } = params;
  const { items, next } = kind === 'events' ? eventsPage(db, sql, String(where), bind, p) : page(db, `${sql} ${where} ${PAGE_ORDER[kind]}`, bind, p);
  return { items: kind === 'events' ? withIdArrays(items) : items, next };
}

/** An actor's rows come newest first: someone in the news for years is seen as they are now, then back. */
const NEWEST_FIRST: Readonly<Record<ActorListKind, string>> = {
  events: 'ORDER BY date DESC, e.id DESC',
  quotes: 'ORDER BY a.date DESC, q.rowid DESC',
};

export type ActorListKind = 'events' | 'quotes';

/** The store entity an API id names: its Wikidata id or its store key; null when none. */
export function entityOf(db: Database.Database, id: string): number | null {
  const en = prepared(db, 'SELECT id FROM entities WHERE key = @id UNION ALL SELECT id FROM entities WHERE wikidata = @id LIMIT 1').get({ id }) as
    | { id: number }
    | undefined;
  return en?.id ?? null;
}

/**
 * Events (the actor as source or target) or quotes (the actor speaking) of exactly one store entity, not
 * `attache query`'s looser actor match, newest first, with the list routes' other filters. For events, an
 * `actor` filter names another actor of the same events (who met whom); quotes take none.
 */
export function actorRowsPage(db: Database.Database, kind: ActorListKind, entity: number, filter: QueryFilter, p: PageRequest): Page {
  const { actor: _actor, ...rest } = filter;
  const { sql, params } = buildQuery(kind, kind === 'events' ? filter : rest, ID_COLUMNS[kind]);
  const { where, order: _order, limit: _limit, ...bind } = params;
  const mine = kind === 'events'
    // IN, not EXISTS: SQLite may start from the actor's rows in event_actors_entity instead of every event.
    ? 'e.id IN (SELECT event FROM event_actors WHERE entity = @entity)'
    : 'q.speaker = @entity';
  const all = `${sql} ${where ? `${String(where)} AND ${mine}` : `WHERE ${mine}`} ${NEWEST_FIRST[kind]}`;
  const { items, next } = page(db, all, { ...bind, entity }, p);
  return { items: kind === 'events' ? withIdArrays(items) : items, next };
}

/** An actor's totals: `counts` of GET /actors/{id}, each the length of the full list the capped one starts. */
export interface ActorCounts {
  readonly articles: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly events: number;
}

export interface ActorDetail {
  /** The actor row of `attache query actors`, with its id. */
  readonly summary: Row;
  /** The surfaces of its name mentions as written in the articles, most frequent first. */
  readonly names: { name: string; count: number }[];
  readonly counts: ActorCounts;
  /** Newest first, at most the limit each. */
  readonly articles: { id: string; date: string | null; title: string | null }[];
  readonly quotes: Row[];
  readonly events: Row[];
}

/**
 * As written: the text of an actor's name mentions ("Tony Blinken", "BLINKEN"), not its linked name, with case and
 * spelling kept. A line break or a no-break space inside a name is layout, not spelling: whitespace runs read as
 * one space, so "Antony J.\u00a0Blinken" counts with "Antony J. Blinken". Most frequent first, then by name.
 */
function namesAsWritten(surfaces: readonly { name: string; count: number }[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const { name, count } of surfaces) {
    const key = name.replace(/\s+/gu, ' ').trim();
    counts.set(key, (counts.get(key) ?? 0) + count);
  }
  return [...counts].map(([name, count]) => ({ name, count })).sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** One actor by Wikidata id or store key: what the store says of it across articles; null when unknown. */
export function actorDetail(db: Database.Database, id: string, limit: number): ActorDetail | null {
  const entity = entityOf(db, id);
  if (entity === null) return null;
  const { sql } = buildQuery('actors', {}, ID_COLUMNS.actors);
  const summary = prepared(db, `${sql} WHERE en.id = @entity GROUP BY en.id`).get({ entity }) as Row | undefined;
  if (!summary) return null;
  const names = namesAsWritten(prepared(db, `SELECT text AS name, count(*) AS count FROM mentions WHERE entity = ? AND kind = 'name'
      GROUP BY text`).all(entity) as { name: string; count: number }[]);
  // Counted as the lists are: an event where the actor is both source and target is one event.
  const counts = prepared(db, `SELECT
      (SELECT count(DISTINCT article) FROM article_entities WHERE entity = @entity) AS articles,
      (SELECT count(*) FROM mentions WHERE entity = @entity) AS mentions,
      (SELECT count(*) FROM quotes WHERE speaker = @entity) AS quotes,
      (SELECT count(DISTINCT event) FROM event_actors WHERE entity = @entity) AS events`).get({ entity }) as ActorCounts;
  const articles = prepared(db, `SELECT a.id, a.date, a.title FROM articles a
      WHERE a.seq IN (SELECT article FROM article_entities WHERE entity = ?) ORDER BY a.date DESC, a.seq DESC LIMIT ?`).all(entity, limit) as {
    id: string; date: string | null; title: string | null;
  }[];
  const first = { offset: 0, limit };
  return {
    summary, names, counts, articles,
    quotes: actorRowsPage(db, 'quotes', entity, {}, first).items,
    events: actorRowsPage(db, 'events', entity, {}, first).items,
  };
}


/**
 * `attache query actors` rows, a page at a time: the page's actors are chosen first (counting articles is all
 * the order needs), and only they get their names, types and counts, which the CLI's query works out for
 * every actor before it sorts. Grouped by ae.entity, in the order of its index, not en.id, which would need a
 * temporary tree. On the State Department corpus (947 articles): ~15 ms a first page instead of ~45.
 */
function actorsPage(db: Database.Database, filter: QueryFilter, p: PageRequest): Page {
  const { params } = buildQuery('actors', filter);
  const { where, order: _order, limit: _limit, ...bind } = params;
  const sql = `WITH chosen AS (
      SELECT en.id AS entity, en.key AS key, count(DISTINCT ae.article) AS articles, min(a.date) AS first, max(a.date) AS last
      FROM entities en JOIN article_entities ae ON ae.entity = en.id JOIN articles a ON a.seq = ae.article
      ${where}
      GROUP BY ae.entity ORDER BY articles DESC, en.key LIMIT @pageLimit OFFSET @pageOffset)
    SELECT en.key, en.wikidata,
      (SELECT name FROM article_entities WHERE entity = en.id GROUP BY name ORDER BY count(*) DESC, name LIMIT 1) AS name,
      (SELECT type FROM article_entities WHERE entity = en.id GROUP BY type ORDER BY count(*) DESC, type LIMIT 1) AS type,
      (SELECT country FROM article_entities WHERE entity = en.id AND country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 1) AS country,
      c.articles,
      (SELECT count(*) FROM mentions WHERE entity = en.id) AS mentions,
      (SELECT count(*) FROM quotes WHERE speaker = en.id) AS quotes,
      (SELECT count(*) FROM event_actors WHERE entity = en.id) AS events,
      c.first, c.last ${ID_COLUMNS.actors}
    FROM chosen c JOIN entities en ON en.id = c.entity
    ORDER BY c.articles DESC, c.key`;
  return pageOf(db, sql, bind, p);
}

export interface ArticleFilter {
  readonly from?: string;
  readonly to?: string;
  readonly actor?: string;
  readonly country?: string;
  /** FTS5 words over the title and text. */
  readonly text?: string;
}

/** Stored articles, newest first, with how much each holds. */
export function articlesPage(db: Database.Database, f: ArticleFilter, p: PageRequest): Page {
  const where: string[] = [];
  const params: Row = {};
  if (f.from) (params.from = f.from), where.push('a.date >= @from');
  if (f.to) (params.to = f.to), where.push('a.date <= @to');
  if (f.actor) {
    Object.assign(params, { actor: f.actor, actorLike: `%${f.actor}%` });
    where.push(`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article = a.seq AND ${ACTOR_MATCH('ae.entity', f.actor)})`);
  }
  if (f.country) (params.country = f.country.toUpperCase()), where.push('EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article = a.seq AND ae.country = @country)');
  if (f.text) (params.text = f.text), where.push('a.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @text)');
  const sql = `SELECT a.id, a.date, a.title, a.url, a.source,
      (SELECT count(*) FROM article_entities WHERE article = a.seq) AS entities,
      (SELECT count(*) FROM events WHERE article = a.seq) AS events,
      (SELECT count(*) FROM quotes WHERE article = a.seq) AS quotes,
      (SELECT count(*) FROM name_checks WHERE article = a.seq) AS nameChecks
    FROM articles a ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY a.date DESC, a.seq DESC`;
  const { items, next } = page(db, sql, params, p);
  return {
    next,
    items: items.map(({ entities, events, quotes, nameChecks, ...a }) => ({ ...a, counts: { entities, events, quotes, nameChecks } }) as unknown as Row),
  };
}

export interface ArticleDetail {
  readonly article: { id: string; date: string | null; title: string | null; url: string | null; source: string | null; ingestedAt: string };
  readonly analysis: AnalysisDocument;
}

/** One stored article by its id (the content hash), with its analysis; null when there is none. */
export function articleById(db: Database.Database, id: string): ArticleDetail | null {
  const r = prepared(db, 'SELECT id, date, title, url, source, ingested_at, text, analysis FROM articles WHERE id = ?').get(id) as
    | { id: string; date: string | null; title: string | null; url: string | null; source: string | null; ingested_at: string; text: string; analysis: Buffer }
    | undefined;
  if (!r) return null;
  return {
    article: { id: r.id, date: r.date, title: r.title, url: r.url, source: r.source, ingestedAt: r.ingested_at },
    analysis: unpackAnalysis(r.analysis, r.text),
  };
}

