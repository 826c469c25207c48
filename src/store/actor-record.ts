import type Database from 'better-sqlite3';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { actorDetail, type ActorCounts, type Row } from './api-queries.js';
import { scriptOf } from './name-script.js';

/**
 * An actor's record over time (issue 7): what the store gathered of it across articles — its names as
 * written, counts, latest articles, quotes and events — beside what the knowledge base records of it (names
 * in every script, offices over time). GET /api/v1/actors/{id} answers it and `attache actor` prints it:
 * one call, so the two never differ.
 */

/** Articles, quotes and events a record lists, each (the API's default `detailItems`). */
export const ACTOR_RECORD_ITEMS = 500;

export interface KbRecord {
  readonly names: { name: string; lang: string; script: string | null }[];
  readonly offices: { post: string; country: string; start: string | null; end: string | null }[];
}

export interface ActorRecord {
  /** The Wikidata id, else the store key: what GET /actors/{id} takes. */
  readonly id: string;
  readonly key: string;
  readonly wikidata: string | null;
  /** The canonical name (the one most articles give once linked). */
  readonly name: string | null;
  readonly type: string | null;
  readonly country: string | null;
  /** Mentions across articles (the same as counts.mentions; kept for the clients that read it here). */
  readonly mentions: number;
  readonly first: string | null;
  readonly last: string | null;
  /** The surfaces of its name mentions as written in the text, most frequent first. */
  readonly names: { name: string; count: number }[];
  readonly counts: ActorCounts;
  /** What the KB records of a person; null for actors it has no person record of. */
  readonly kb: KbRecord | null;
  /** Newest first, at most the limit each. */
  readonly articles: { id: string; date: string | null; title: string | null }[];
  readonly quotes: Row[];
  readonly events: Row[];
}

/** What the knowledge base records of a person the store keys by Wikidata or KB id; null for anything else. */
export function kbRecord(kb: KnowledgeBase, id: string): KbRecord | null {
  if (!/^(Q\d+|kb:.+)$/.test(id)) return null;
  const report = kb.person(id);
  if (!report) return null;
  return {
    names: report.person.names.map((n) => ({ name: n.text, lang: n.lang, script: scriptOf(n.text) })),
    offices: report.offices.map((h) => ({ post: h.post, country: h.country, start: h.start, end: h.end })),
  };
}

const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** The record of the actor with this Wikidata id or store key; null when the store has none. */
export function actorRecord(db: Database.Database, kb: KnowledgeBase, id: string, limit = ACTOR_RECORD_ITEMS): ActorRecord | null {
  const found = actorDetail(db, id, limit);
  if (!found) return null;
  const s = found.summary;
  const key = String(s.key);
  const wikidata = str(s.wikidata);
  // Keys in the order of the API's response schema, so the CLI's JSON is the API's body byte for byte.
  return {
    id: String(s.id),
    key,
    wikidata,
    name: str(s.name),
    type: str(s.type),
    country: str(s.country),
    mentions: Number(s.mentions),
    first: str(s.first),
    last: str(s.last),
    names: found.names,
    counts: found.counts,
    kb: kbRecord(kb, wikidata ?? key),
    articles: found.articles,
    quotes: found.quotes,
    events: found.events,
  };
}

export interface ActorMatch {
  readonly id: string;
  readonly name: string | null;
  readonly articles: number;
}

/**
 * The actors a person means by an id or a name, best first: the actor with that Wikidata id or store key;
 * else those with that name (any case) in some article or as a name mention; else those whose name in some
 * article contains it. Within a step, the most written about first. Empty when nothing matches.
 */
export function findActors(db: Database.Database, idOrName: string, limit = 6): ActorMatch[] {
  const rows = (where: string, params: Record<string, string>) =>
    db.prepare(`SELECT coalesce(en.wikidata, en.key) AS id,
        (SELECT name FROM article_entities WHERE entity = en.id GROUP BY name ORDER BY count(*) DESC, name LIMIT 1) AS name,
        (SELECT count(DISTINCT article) FROM article_entities WHERE entity = en.id) AS articles
      FROM entities en WHERE ${where} ORDER BY articles DESC, en.key LIMIT @limit`).all({ ...params, limit }) as ActorMatch[];
  const exact = rows('en.key = @q OR en.wikidata = @q', { q: idOrName });
  if (exact.length > 0) return exact;
  const named = rows(`en.id IN (SELECT entity FROM article_entities WHERE name = @q COLLATE NOCASE
      UNION SELECT entity FROM mentions WHERE kind = 'name' AND text = @q COLLATE NOCASE)`, { q: idOrName });
  if (named.length > 0) return named;
  return rows('en.id IN (SELECT entity FROM article_entities WHERE name LIKE @like)', { like: `%${idOrName}%` });
}
