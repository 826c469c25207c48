import type Database from 'better-sqlite3';

/** Filters every query takes; each is optional and they combine with AND. */
export interface QueryFilter {
  /** An actor: Wikidata id, store key ('country:JPN', 'name:…') or a name (substring, any case). */
  readonly actor?: string;
  /** ISO3 of an actor's country (or, for events, of the place). */
  readonly country?: string;
  /** PLOVER event type (events). */
  readonly type?: string;
  /** CAMEO code or its prefix (events). */
  readonly cameo?: string;
  /** YYYY-MM-DD bounds, inclusive, on the event's date (else the article's). */
  readonly from?: string;
  readonly to?: string;
  /** A place name (substring) or country code (events). */
  readonly place?: string;
  /** Words to find: FTS5 syntax for quotes and search; a substring of the evidence for events. */
  readonly text?: string;
  readonly limit?: number;
}

export type QueryKind = 'events' | 'actors' | 'quotes' | 'checks' | 'search';
export const QUERY_KINDS: readonly QueryKind[] = ['events', 'actors', 'quotes', 'checks', 'search'];

type Row = Record<string, string | number | null>;

/** The article-local name of a store entity. */
const NAME_IN_ARTICLE = (entity: string, article: string) =>
  `(SELECT name FROM article_entities WHERE article = ${article} AND entity = ${entity})`;
/**
 * An event's actors in one role, in one explicit order (store entity, then the article's local id) that the
 * names here and the ids of ROLE_IDS share, so the API's `sourceIds[i]` is the actor named i-th in `source`.
 */
const ROLE_ACTORS = (role: string) =>
  `FROM event_actors x JOIN article_entities ae ON ae.article = e.article AND ae.entity = x.entity WHERE x.event = e.id AND x.role = '${role}'`;
const ROLE_ORDER = 'ORDER BY x.entity, ae.local_id';
const ROLE_NAMES = (role: string) => `(SELECT group_concat(ae.name, '; ' ${ROLE_ORDER}) ${ROLE_ACTORS(role)})`;
/** The actor ids (Wikidata id, else store key) of ROLE_NAMES' names, in their order, as a JSON array. */
const ROLE_IDS = (role: string) =>
  `(SELECT json_group_array((SELECT coalesce(wikidata, key) FROM entities WHERE id = x.entity) ${ROLE_ORDER}) ${ROLE_ACTORS(role)})`;
/** An actor as an id: a Wikidata id or a store key ('country:JPN', 'name:…'), not words of a name. */
export const isActorId = (actor: string): boolean => /^Q[1-9][0-9]*$/.test(actor) || /^[a-z]+:\S/.test(actor);
/**
 * An actor filter over a store entity column: key, Wikidata id, or a name the actor has in some article.
 * An id is matched by key only: the name scan (LIKE over every article's names) is what makes the filter slow.
 */
export const ACTOR_MATCH = (entity: string, actor: string) =>
  isActorId(actor)
    ? `${entity} IN (SELECT id FROM entities WHERE key = @actor UNION SELECT id FROM entities WHERE wikidata = @actor)`
    : `${entity} IN (SELECT id FROM entities WHERE key = @actor OR wikidata = @actor UNION SELECT entity FROM article_entities WHERE name LIKE @actorLike)`;

/**
 * Extra columns a caller may ask for beside `attache query`'s (the HTTP API's ids); keyed by kind. They go
 * after the CLI's columns, so the CLI's rows are unchanged when none are asked for.
 */
export const ID_COLUMNS: Readonly<Record<QueryKind, string>> = {
  // sourceIds and targetIds come as JSON array text; api-queries.ts parses them.
  events: `, a.id || '#' || e.local_id AS id, ${ROLE_IDS('source')} AS sourceIds, ${ROLE_IDS('target')} AS targetIds`,
  actors: `, coalesce(en.wikidata, en.key) AS id`,
  quotes: `, (SELECT coalesce(wikidata, key) FROM entities WHERE id = q.speaker) AS speakerId`,
  checks: `, c.start, c.end, (SELECT coalesce(wikidata, key) FROM entities WHERE id = c.entity) AS actorId, ${NAME_IN_ARTICLE('c.entity', 'c.article')} AS actorName`,
  search: '',
};

/** The SQL of one query kind: select and from, then where and order kept apart for the caller to assemble. */
export function buildQuery(kind: QueryKind, f: QueryFilter, extraColumns = ''): { sql: string; params: Row } {
  const { sql, params } = build(kind, f);
  return { sql: extraColumns ? sql.replace(/\n\s+FROM /, (from) => `${extraColumns}${from}`) : sql, params };
}

function build(kind: QueryKind, f: QueryFilter): { sql: string; params: Row } {
  const where: string[] = [];
  const params: Row = { limit: f.limit ?? 100 };
  if (f.actor) Object.assign(params, { actor: f.actor, actorLike: `%${f.actor}%` });
  if (f.country) params.country = f.country.toUpperCase();
  if (f.from) params.from = f.from;
  if (f.to) params.to = f.to;
  if (f.text) params.text = f.text;
  switch (kind) {
    case 'events': {
      if (f.actor) where.push(`EXISTS (SELECT 1 FROM event_actors x WHERE x.event = e.id AND ${ACTOR_MATCH('x.entity', f.actor)})`);
      if (f.country) where.push(`(e.place_country = @country OR EXISTS (SELECT 1 FROM event_actors x JOIN article_entities ae ON ae.article = e.article AND ae.entity = x.entity WHERE x.event = e.id AND ae.country = @country))`);
      if (f.type) (params.type = f.type.toUpperCase()), where.push('e.plover_type = @type');
      if (f.cameo) (params.cameo = `${f.cameo}%`), where.push('e.cameo_code LIKE @cameo');
      if (f.from) where.push('coalesce(e.date_end, e.date_start, a.date) >= @from');
      if (f.to) where.push('coalesce(e.date_start, a.date) <= @to');
      if (f.place) (params.place = f.place), (params.placeLike = `%${f.place}%`), where.push('(e.place_country = upper(@place) OR e.place_name LIKE @placeLike)');
      if (f.text) (params.text = `%${f.text}%`), where.push('e.evidence LIKE @text');
      return {
        sql: `SELECT coalesce(e.date_start, a.date) AS date, e.plover_type AS plover, e.plover_mode AS mode, e.cameo_code AS cameo, e.goldstein,
                ${ROLE_NAMES('source')} AS source, e.source_code AS sourceCode, ${ROLE_NAMES('target')} AS target, e.target_code AS targetCode,
                e.place_name AS place, e.place_country AS placeCountry, e.modality, e.evidence, a.id AS article, a.url
              FROM events e JOIN articles a ON a.seq = e.article`,
        params: Object.assign(params, { where: where.length ? `WHERE ${where.join(' AND ')}` : '', order: 'ORDER BY date, e.id' }),
      };
    }
    case 'actors': {
      if (f.actor) where.push(ACTOR_MATCH('en.id', f.actor));
      if (f.country) where.push('ae.country = @country');
      if (f.from) where.push('a.date >= @from');
      if (f.to) where.push('a.date <= @to');
      if (f.text) where.push('ae.name LIKE @textLike'), (params.textLike = `%${f.text}%`);
      return {
        sql: `SELECT en.key, en.wikidata,
                (SELECT name FROM article_entities WHERE entity = en.id GROUP BY name ORDER BY count(*) DESC, name LIMIT 1) AS name,
                (SELECT type FROM article_entities WHERE entity = en.id GROUP BY type ORDER BY count(*) DESC, type LIMIT 1) AS type,
                (SELECT country FROM article_entities WHERE entity = en.id AND country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 1) AS country,
                count(DISTINCT ae.article) AS articles,
                (SELECT count(*) FROM mentions WHERE entity = en.id) AS mentions,
                (SELECT count(*) FROM quotes WHERE speaker = en.id) AS quotes,
                (SELECT count(*) FROM event_actors WHERE entity = en.id) AS events,
                min(a.date) AS first, max(a.date) AS last
              FROM entities en JOIN article_entities ae ON ae.entity = en.id JOIN articles a ON a.seq = ae.article`,
        params: Object.assign(params, { where: where.length ? `WHERE ${where.join(' AND ')}` : '', order: 'GROUP BY en.id ORDER BY articles DESC, en.key' }),
      };
    }
    case 'quotes':
    case 'checks': {
      const t = kind === 'quotes' ? 'q' : 'c';
      const who = kind === 'quotes' ? 'q.speaker' : 'c.entity';
      if (f.actor) where.push(ACTOR_MATCH(who, f.actor));
      if (f.country) where.push(`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article = ${t}.article AND ae.entity = ${who} AND ae.country = @country)`);
      if (f.from) where.push('a.date >= @from');
      if (f.to) where.push('a.date <= @to');
      if (f.text && kind === 'quotes') where.push('q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH @text)');
      if (f.text && kind === 'checks') (params.text = `%${f.text}%`), where.push('(c.surface LIKE @text OR c.right LIKE @text)');
      const sql = kind === 'quotes'
        ? `SELECT a.date, ${NAME_IN_ARTICLE('q.speaker', 'q.article')} AS speaker, q.kind, q.text, q.cue, a.id AS article, a.url
           FROM quotes q JOIN articles a ON a.seq = q.article`
        : `SELECT a.date, c.surface, c.wrong, c.right, c.kind, c.why, c.confidence, a.id AS article, a.url
           FROM name_checks c JOIN articles a ON a.seq = c.article`;
      return { sql, params: Object.assign(params, { where: where.length ? `WHERE ${where.join(' AND ')}` : '', order: `ORDER BY a.date, ${t}.rowid` }) };
    }
    case 'search': {
      where.push('articles_fts MATCH @text');
      if (f.from) where.push('a.date >= @from');
      if (f.to) where.push('a.date <= @to');
      if (f.actor) where.push(`EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article = a.seq AND ${ACTOR_MATCH('ae.entity', f.actor)})`);
      if (f.country) where.push('EXISTS (SELECT 1 FROM article_entities ae WHERE ae.article = a.seq AND ae.country = @country)');
      return {
        sql: `SELECT a.date, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet, a.id AS article, a.url
              FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid`,
        params: Object.assign(params, { where: `WHERE ${where.join(' AND ')}`, order: 'ORDER BY rank' }),
      };
    }
  }
}

/** Rows of one kind matching the filter, streamed. */
export function* query(db: Database.Database, kind: QueryKind, filter: QueryFilter): IterableIterator<Row> {
  const { sql, params } = build(kind, filter);
  const { where, order, ...bind } = params;
  const stmt = db.prepare(`${sql} ${where} ${order} LIMIT @limit`);
  // Bind only the parameters the statement names: better-sqlite3 refuses others.
  const names = new Set([...`${sql} ${where}`.matchAll(/@(\w+)/g)].map((m) => m[1]!));
  names.add('limit');
  yield* stmt.iterate(Object.fromEntries(Object.entries(bind).filter(([k]) => names.has(k)))) as IterableIterator<Row>;
}
