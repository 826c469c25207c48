import type Database from 'better-sqlite3';
import { doubleMetaphone } from 'double-metaphone';
import { normalizeName } from '../normalize.js';
import type { ActorRecord, CountryRecord, OccupancyRecord, PersonRecord, PostRecord, ReadingRecord } from '../records.js';
import { namesOfReading } from '../readings/from-label.js';

/**
 * Writes KB records into a layer's tables, computing the look-up keys. Used to
 * compile the bundled KB and by the importers; callers wrap it in a transaction.
 */
export class LayerWriter {
  private readonly stmts;
  /**
   * fresh: the records are known to be unique (the bundled KB, deduplicated by the
   * build), so the merge look-ups are skipped; this halves the compile time.
   */
  constructor(private readonly db: Database.Database, private readonly fresh = false) {
    this.stmts = {
      person: db.prepare('INSERT OR REPLACE INTO persons(id, wikidata, name, sources, readings) VALUES (?, ?, ?, ?, ?)'),
      getPerson: db.prepare<[string], { sources: string; readings: string; name: string; wikidata: string | null }>('SELECT sources, readings, name, wikidata FROM persons WHERE id = ?'),
      hasName: db.prepare<[string, string, string], { n: number }>('SELECT 1 AS n FROM person_names WHERE person_id = ? AND text = ? AND lang = ?'),
      name: db.prepare('INSERT INTO person_names(person_id, text, lang, kind, source, norm) VALUES (?, ?, ?, ?, ?, ?)'),
      token: db.prepare('INSERT OR IGNORE INTO name_tokens(token, phonetic, person_id) VALUES (?, ?, ?)'),
      post: db.prepare('INSERT OR REPLACE INTO posts(id, country, title, aliases, kind, sector, wikidata, single) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
      delPostNames: db.prepare('DELETE FROM post_names WHERE post_id = ?'),
      postName: db.prepare('INSERT INTO post_names(post_id, country, norm) VALUES (?, ?, ?)'),
      occupancy: db.prepare('INSERT INTO occupancies(person_id, post_id, start, end, source) VALUES (?, ?, ?, ?, ?)'),
      hasOccupancy: db.prepare<[string, string, string | null, string | null, string], { n: number }>(
        'SELECT 1 AS n FROM occupancies WHERE person_id = ? AND post_id = ? AND start IS ? AND end IS ? AND source = ?'),
      country: db.prepare('INSERT OR REPLACE INTO countries(iso3, iso2, cameo, name, source) VALUES (?, ?, ?, ?, ?)'),
      countryName: db.prepare('INSERT INTO country_names(iso3, text, kind, norm) VALUES (?, ?, ?, ?)'),
      actor: db.prepare('INSERT INTO actors(name, kind, codes, source) VALUES (?, ?, ?, ?)'),
      actorName: db.prepare('INSERT INTO actor_names(actor_id, text, norm) VALUES (?, ?, ?)'),
    };
  }

  /** Adds a person, or merges names, readings and sources into the one already there. */
  person(p: PersonRecord): void {
    const old = this.fresh ? undefined : this.stmts.getPerson.get(p.id);
    const sources = new Set<string>([...(old ? (JSON.parse(old.sources) as string[]) : []), ...p.sources]);
    const readings = [...(old ? (JSON.parse(old.readings) as unknown[]) : []), ...p.readings];
    this.stmts.person.run(p.id, p.wikidata ?? old?.wikidata ?? null, old?.name ?? p.name, JSON.stringify([...sources]), JSON.stringify(readings));
    for (const [text, lang, kind, source] of p.names) {
      if (!this.fresh && this.stmts.hasName.get(p.id, text, lang)) continue;
      const norm = normalizeName(text);
      if (!norm) continue;
      this.stmts.name.run(p.id, text, lang, kind, source, norm);
      for (const token of norm.split(' ')) {
        if (token.length < 2) continue;
        const [primary] = doubleMetaphone(token);
        this.stmts.token.run(token, primary || token, p.id);
      }
    }
  }

  /** Adds a reading of a native name to a person already written, with the Latin names it gives. */
  reading(personId: string, r: ReadingRecord): void {
    const row = this.stmts.getPerson.get(personId);
    if (!row) return;
    const readings = [...(JSON.parse(row.readings) as ReadingRecord[]), r];
    this.db.prepare('UPDATE persons SET readings = ? WHERE id = ?').run(JSON.stringify(readings), personId);
    for (const n of namesOfReading(r)) this.addName(personId, n.text, n.lang, n.kind, 'curated');
  }

  private addName(personId: string, text: string, lang: string, kind: string, source: string): void {
    if (this.stmts.hasName.get(personId, text, lang)) return;
    const norm = normalizeName(text);
    if (!norm) return;
    this.stmts.name.run(personId, text, lang, kind, source, norm);
    for (const token of norm.split(' ')) {
      if (token.length < 2) continue;
      const [primary] = doubleMetaphone(token);
      this.stmts.token.run(token, primary || token, personId);
    }
  }

  post(p: PostRecord): void {
    this.stmts.post.run(p.id, p.country, p.title, JSON.stringify(p.aliases), p.kind, p.sector, p.wikidata, p.single ? 1 : 0);
    this.stmts.delPostNames.run(p.id);
    const norms = new Set([p.title, ...p.aliases].map(normalizeName).filter(Boolean));
    for (const n of norms) this.stmts.postName.run(p.id, p.country, n);
  }

  occupancy(o: OccupancyRecord): void {
    if (!this.fresh && this.stmts.hasOccupancy.get(o.person, o.post, o.start, o.end, o.source)) return;
    this.stmts.occupancy.run(o.person, o.post, o.start, o.end, o.source);
  }

  country(c: CountryRecord): void {
    this.stmts.country.run(c.iso3, c.iso2, c.cameo, c.name, c.source);
    for (const [text, kind] of c.names) this.stmts.countryName.run(c.iso3, text, kind, normalizeName(text));
  }

  actor(a: ActorRecord): void {
    const info = this.stmts.actor.run(a.name, a.kind, JSON.stringify(a.codes), a.source);
    const id = Number(info.lastInsertRowid);
    const seen = new Set<string>();
    for (const text of [a.name, ...a.aliases]) {
      const norm = normalizeName(text);
      if (!norm || seen.has(norm)) continue;
      seen.add(norm);
      this.stmts.actorName.run(id, text, norm);
    }
  }

  setMeta(key: string, value: string): void {
    this.db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(key, value);
  }
}
