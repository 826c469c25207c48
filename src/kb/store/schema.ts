/**
 * The SQLite layout of one KB layer (the bundled KB's compiled index, or a user KB).
 * Keys are precomputed (normalised names, name tokens and their Double Metaphone
 * codes) so a query is a few index look-ups.
 */
export const SCHEMA_VERSION = 4;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS persons(
  id TEXT PRIMARY KEY, wikidata TEXT, name TEXT NOT NULL,
  sources TEXT NOT NULL DEFAULT '[]', readings TEXT NOT NULL DEFAULT '[]');
CREATE TABLE IF NOT EXISTS person_names(
  person_id TEXT NOT NULL, text TEXT NOT NULL, lang TEXT NOT NULL, kind TEXT NOT NULL,
  source TEXT NOT NULL, norm TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS person_names_norm ON person_names(norm);
CREATE INDEX IF NOT EXISTS person_names_person ON person_names(person_id);
CREATE TABLE IF NOT EXISTS name_tokens(token TEXT NOT NULL, phonetic TEXT NOT NULL, person_id TEXT NOT NULL,
  PRIMARY KEY(token, person_id)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS name_tokens_phonetic ON name_tokens(phonetic);
CREATE TABLE IF NOT EXISTS posts(
  id TEXT PRIMARY KEY, country TEXT NOT NULL, title TEXT NOT NULL, aliases TEXT NOT NULL DEFAULT '[]',
  kind TEXT NOT NULL, sector TEXT NOT NULL, wikidata TEXT, single INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS posts_country_kind ON posts(country, kind);
CREATE INDEX IF NOT EXISTS posts_wikidata ON posts(wikidata);
CREATE TABLE IF NOT EXISTS post_names(post_id TEXT NOT NULL, country TEXT NOT NULL, norm TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS post_names_norm ON post_names(norm, country);
CREATE TABLE IF NOT EXISTS occupancies(
  person_id TEXT NOT NULL, post_id TEXT NOT NULL, start TEXT, end TEXT, source TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS occupancies_post ON occupancies(post_id);
CREATE INDEX IF NOT EXISTS occupancies_person ON occupancies(person_id);
CREATE TABLE IF NOT EXISTS countries(iso3 TEXT PRIMARY KEY, iso2 TEXT, cameo TEXT NOT NULL, name TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS country_names(iso3 TEXT NOT NULL, text TEXT NOT NULL, kind TEXT NOT NULL, norm TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS country_names_norm ON country_names(norm);
CREATE TABLE IF NOT EXISTS actors(id INTEGER PRIMARY KEY, name TEXT NOT NULL, kind TEXT NOT NULL, codes TEXT NOT NULL, source TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS actor_names(actor_id INTEGER NOT NULL, text TEXT NOT NULL, norm TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS actor_names_norm ON actor_names(norm);
CREATE INDEX IF NOT EXISTS actor_names_actor ON actor_names(actor_id);
`;
