import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import { CLUSTER_STARTS } from '../clusters.js';
import type { EventRow } from '../record.js';

/** One actor of an exported event, as the article names it. */
export interface ExportActor {
  readonly key: string;
  readonly wikidata: string | null;
  readonly name: string;
  readonly type: string;
  readonly country: string | null;
  readonly cameo: string | null;
}

/** One stored event with what every export format needs: its row (as written), article, actors and cluster. */
export interface ExportEvent extends Omit<EventRow, 'localId' | 'ploverContext' | 'placeEntity' | 'evidenceEnd' | 'sources' | 'targets' | 'clusterKey'> {
  readonly id: number;
  readonly localId: string;
  readonly articleHash: string;
  readonly articleDate: string | null;
  readonly url: string | null;
  readonly extId: string | null;
  readonly title: string | null;
  readonly source: string | null;
  readonly ingestedAt: string;
  readonly ploverContext: readonly string[];
  /** The place's store key, when the place is one of the article's actors. */
  readonly placeKey: string | null;
  readonly sources: readonly ExportActor[];
  readonly targets: readonly ExportActor[];
  /** The cluster this event belongs to (see clusterId), and the cluster's counts. */
  readonly clusterId: number;
  readonly clusterStart: string | null;
  readonly numMentions: number;
  readonly numArticles: number;
  readonly numSources: number;
}

/**
 * A cluster's id: a number (GDELT's GLOBALEVENTID is one) from a hash of its key and first date, so it is
 * the same in every store that holds the same reports, whatever order they were ingested in. 13 hex digits: < 2^52.
 */
export function clusterId(key: string, start: string | null): number {
  return parseInt(createHash('sha256').update(`${key}\u0000${start ?? ''}`).digest('hex').slice(0, 13), 16);
}

const ACTORS = (role: 'source' | 'target') => `
  (SELECT json_group_array(json_object('key', en.key, 'wikidata', en.wikidata, 'name', ae.name, 'type', ae.type, 'country', ae.country, 'cameo', ae.cameo))
   FROM event_actors x JOIN article_entities ae ON ae.article = e.article AND ae.entity = x.entity JOIN entities en ON en.id = x.entity
   WHERE x.event = e.id AND x.role = '${role}')`;

/**
 * Events with their cluster (numbered within its key by date, as in SqliteStore.eventClusters) and the cluster's
 * counts. rank = 1 marks the cluster's first report: earliest date, then article hash, then local id — an order
 * that never depends on when rows were written.
 */
const EVENTS_SQL = `
  WITH s AS (${CLUSTER_STARTS}),
       c AS (SELECT s.id, s.cluster_key, SUM(starts) OVER (PARTITION BY cluster_key ORDER BY date_start, id ROWS UNBOUNDED PRECEDING) AS n FROM s),
       g AS (SELECT c.cluster_key, c.n, min(e.date_start) AS start, count(*) AS mentions, count(DISTINCT e.article) AS articles,
                    count(DISTINCT a.source) AS sources
             FROM c JOIN events e ON e.id = c.id JOIN articles a ON a.seq = e.article GROUP BY c.cluster_key, c.n)
  SELECT e.id, e.local_id AS localId, a.id AS articleHash, a.date AS articleDate, a.url, a.ext_id AS extId, a.title, a.source,
         a.ingested_at AS ingestedAt, e.plover_type AS ploverType, e.plover_mode AS ploverMode, e.plover_context AS ploverContext,
         e.cameo_code AS cameoCode, e.cameo_root AS cameoRoot, e.quad, e.goldstein, e.source_code AS sourceCode, e.target_code AS targetCode,
         e.date_start AS dateStart, e.date_end AS dateEnd, e.date_precision AS datePrecision, e.place_name AS placeName,
         e.place_country AS placeCountry, (SELECT key FROM entities WHERE id = e.place_entity) AS placeKey, e.modality, e.evidence,
         e.evidence_start AS evidenceStart, e.confidence, ${ACTORS('source')} AS sources, ${ACTORS('target')} AS targets,
         g.cluster_key AS clusterKey, g.start AS clusterStart, g.mentions AS numMentions, g.articles AS numArticles, g.sources AS numSources,
         ROW_NUMBER() OVER (PARTITION BY g.cluster_key, g.n ORDER BY coalesce(e.date_start, a.date), a.id, e.local_id) AS rank
  FROM c JOIN g ON g.cluster_key = c.cluster_key AND g.n = c.n JOIN events e ON e.id = c.id JOIN articles a ON a.seq = e.article`;

type Raw = Omit<ExportEvent, 'ploverContext' | 'sources' | 'targets' | 'clusterId'> & {
  ploverContext: string; sources: string; targets: string; clusterKey: string; rank: number;
};

function actors(json: string): ExportActor[] {
  // Sorted by key (then name): the rows' own order follows entity ids, which follow the order articles were written in.
  // One actor a key: an article may name one actor twice ('Israel', 'Government of Israel' both country:ISR).
  const all = (JSON.parse(json) as ExportActor[]).sort((a, b) => cmp(a.key, b.key) || cmp(a.name, b.name));
  return all.filter((a, i) => i === 0 || all[i - 1]!.key !== a.key);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Stored events, streamed: every event (`perCluster: false`, ordered by date, article, local id) or one event
 * per cluster, its first report (`perCluster: true`, ordered by the cluster's first date and key).
 */
export function* exportEvents(db: Database.Database, options: { perCluster: boolean }): IterableIterator<ExportEvent> {
  const sql = options.perCluster
    ? `SELECT * FROM (${EVENTS_SQL}) WHERE rank = 1 ORDER BY coalesce(clusterStart, articleDate), clusterKey`
    : `SELECT * FROM (${EVENTS_SQL}) ORDER BY coalesce(dateStart, articleDate), articleHash, localId`;
  for (const r of db.prepare<[], Raw>(sql).iterate()) {
    const { clusterKey, rank: _rank, ...rest } = r;
    yield {
      ...rest,
      ploverContext: JSON.parse(r.ploverContext) as string[],
      sources: actors(r.sources),
      targets: actors(r.targets),
      clusterId: clusterId(clusterKey, r.clusterStart),
    };
  }
}
