import Database from 'better-sqlite3';

/** Rows as the tables hold them. */
export interface PersonRow { id: string; wikidata: string | null; name: string; sources: string; readings: string }
export interface NameRow { person_id: string; text: string; lang: string; kind: string; source: string; norm: string }
export interface PostRow { id: string; country: string; title: string; aliases: string; kind: string; sector: string; wikidata: string | null; single: number }
export interface OccupancyRow { person_id: string; post_id: string; start: string | null; end: string | null; source: string }
export interface CountryRow { iso3: string; iso2: string | null; cameo: string; name: string; source: string }
export interface CountryNameRow { iso3: string; text: string; kind: string; norm: string }
export interface ActorRow { id: number; name: string; kind: string; codes: string; source: string }

/**
 * One KB layer opened read-only, with its queries prepared once. The knowledge base
 * asks every layer (bundled first, the user's last) and merges the answers.
 */
export class Layer {
  readonly db: Database.Database;
  private readonly q;
  constructor(readonly path: string, readonly name: string) {
    this.db = new Database(path, { readonly: true, fileMustExist: true });
    const db = this.db;
    this.q = {
      person: db.prepare<[string], PersonRow>('SELECT * FROM persons WHERE id = ?'),
      personByWikidata: db.prepare<[string], PersonRow>('SELECT * FROM persons WHERE wikidata = ?'),
      names: db.prepare<[string], NameRow>('SELECT * FROM person_names WHERE person_id = ? ORDER BY rowid'),
      namesOfMany: db.prepare<[string], { person_id: string; text: string; kind: string; norm: string }>(
        'SELECT person_id, text, kind, norm FROM person_names WHERE person_id IN (SELECT value FROM json_each(?))'),
      namesByNorm: db.prepare<[string], NameRow>('SELECT * FROM person_names WHERE norm = ?'),
      byToken: db.prepare<[string], { person_id: string }>('SELECT person_id FROM name_tokens WHERE token = ?'),
      byPhonetic: db.prepare<[string], { person_id: string; token: string }>('SELECT person_id, token FROM name_tokens WHERE phonetic = ? LIMIT 2000'),
      post: db.prepare<[string], PostRow>('SELECT * FROM posts WHERE id = ?'),
      postByWikidata: db.prepare<[string], PostRow>('SELECT * FROM posts WHERE wikidata = ?'),
      postsByKind: db.prepare<[string, string], PostRow>('SELECT * FROM posts WHERE country = ? AND kind = ?'),
      postsByName: db.prepare<[string, string], PostRow>('SELECT p.* FROM post_names n JOIN posts p ON p.id = n.post_id WHERE n.norm = ? AND n.country = ?'),
      postsByNameAny: db.prepare<[string], PostRow>('SELECT p.* FROM post_names n JOIN posts p ON p.id = n.post_id WHERE n.norm = ? LIMIT 50'),
      postNamesLike: db.prepare<[string, string], PostRow>("SELECT DISTINCT p.* FROM post_names n JOIN posts p ON p.id = n.post_id WHERE n.country = ? AND n.norm LIKE ? ESCAPE '\\' LIMIT 50"),
      occOfPost: db.prepare<[string], OccupancyRow>('SELECT * FROM occupancies WHERE post_id = ?'),
      occOfPerson: db.prepare<[string], OccupancyRow>('SELECT * FROM occupancies WHERE person_id = ?'),
      country: db.prepare<[string, string, string], CountryRow>('SELECT * FROM countries WHERE iso3 = ? OR cameo = ? OR iso2 = ?'),
      countryNamesByNorm: db.prepare<[string], CountryNameRow>('SELECT * FROM country_names WHERE norm = ?'),
      countryNames: db.prepare<[string], CountryNameRow>('SELECT * FROM country_names WHERE iso3 = ? ORDER BY rowid'),
      countries: db.prepare<[], CountryRow>('SELECT * FROM countries ORDER BY iso3'),
      actorsByNorm: db.prepare<[string], ActorRow & { text: string }>('SELECT a.*, n.text FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.norm = ?'),
      actorsBySuffix: db.prepare<[string], ActorRow & { text: string; norm: string }>("SELECT a.*, n.text, n.norm FROM actor_names n JOIN actors a ON a.id = n.actor_id WHERE n.norm LIKE ? ESCAPE '\\' LIMIT 200"),
      allCountryNames: db.prepare<[], CountryNameRow>('SELECT * FROM country_names'),
      actorNames: db.prepare<[number], { text: string }>('SELECT text FROM actor_names WHERE actor_id = ? ORDER BY rowid'),
      counts: db.prepare<[], Record<string, number>>(
        `SELECT (SELECT count(*) FROM persons) AS persons, (SELECT count(*) FROM posts) AS posts,
                (SELECT count(*) FROM occupancies) AS occupancies, (SELECT count(*) FROM countries) AS countries,
                (SELECT count(*) FROM actors) AS actors`),
      sourceStats: db.prepare<[], { source: string; n: number; latest: string | null }>(
        `SELECT source, count(*) AS n, max(max(coalesce(start, '')), max(coalesce(end, ''))) AS latest FROM occupancies GROUP BY source ORDER BY source`),
      countriesWithHolders: db.prepare<[], { country: string }>('SELECT DISTINCT p.country FROM occupancies o JOIN posts p ON p.id = o.post_id'),
      postsOfCountry: db.prepare<[string], PostRow>('SELECT * FROM posts WHERE country = ? ORDER BY id'),
      occupiedPostIds: db.prepare<[], { post_id: string }>('SELECT DISTINCT post_id FROM occupancies ORDER BY post_id'),
      personIds: db.prepare<[], { id: string }>('SELECT id FROM persons ORDER BY id'),
      allPosts: db.prepare<[], PostRow>('SELECT * FROM posts ORDER BY id'),
      meta: db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    };
  }

  person(id: string): PersonRow | undefined { return this.q.person.get(id) ?? this.q.personByWikidata.get(id); }
  names(personId: string): NameRow[] { return this.q.names.all(personId); }
  /** Names of many persons in one query (search scores a hundred candidates at once). */
  namesOfMany(ids: readonly string[]): { person_id: string; text: string; kind: string; norm: string }[] {
    return this.q.namesOfMany.all(JSON.stringify(ids));
  }
  namesByNorm(norm: string): NameRow[] { return this.q.namesByNorm.all(norm); }
  personsByToken(token: string): string[] { return this.q.byToken.all(token).map((r) => r.person_id); }
  personsByPhonetic(code: string): { person_id: string; token: string }[] { return this.q.byPhonetic.all(code); }
  post(id: string): PostRow | undefined { return this.q.post.get(id); }
  postByWikidata(qid: string): PostRow | undefined { return this.q.postByWikidata.get(qid); }
  postsByKind(country: string, kind: string): PostRow[] { return this.q.postsByKind.all(country, kind); }
  postsByName(norm: string, country: string | null): PostRow[] {
    return country ? this.q.postsByName.all(norm, country) : this.q.postsByNameAny.all(norm);
  }
  postsContaining(country: string, norm: string): PostRow[] {
    return this.q.postNamesLike.all(country, `%${norm.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  }
  occupanciesOfPost(postId: string): OccupancyRow[] { return this.q.occOfPost.all(postId); }
  occupanciesOfPerson(personId: string): OccupancyRow[] { return this.q.occOfPerson.all(personId); }
  country(code: string): CountryRow | undefined { return this.q.country.get(code, code, code); }
  countryNamesByNorm(norm: string): CountryNameRow[] { return this.q.countryNamesByNorm.all(norm); }
  countryNames(iso3: string): CountryNameRow[] { return this.q.countryNames.all(iso3); }
  countries(): CountryRow[] { return this.q.countries.all(); }
  actorsByNorm(norm: string): (ActorRow & { text: string })[] { return this.q.actorsByNorm.all(norm); }
  actorsBySuffix(noun: string): (ActorRow & { text: string; norm: string })[] {
    return this.q.actorsBySuffix.all(`% ${noun.replace(/[\\%_]/g, (c) => `\\${c}`)}`);
  }
  allCountryNames(): CountryNameRow[] { return this.q.allCountryNames.all(); }
  actorNames(id: number): string[] { return this.q.actorNames.all(id).map((r) => r.text); }
  counts(): Record<string, number> { return this.q.counts.get() ?? {}; }
  sourceStats(): { source: string; n: number; latest: string | null }[] { return this.q.sourceStats.all(); }
  countriesWithHolders(): string[] { return this.q.countriesWithHolders.all().map((r) => r.country); }
  posts(country: string | null): PostRow[] { return country ? this.q.postsOfCountry.all(country) : this.q.allPosts.all(); }
  postIdsWithOccupancies(): string[] { return this.q.occupiedPostIds.all().map((r) => r.post_id); }
  personIds(): string[] { return this.q.personIds.all().map((r) => r.id); }
  meta(key: string): string | undefined { return this.q.meta.get(key)?.value; }
  close(): void { this.db.close(); }
}
