import { lowerBound, termCovers } from './dates.js';
import type {
  Actor, CodeSpan, Country, CountryNameKind, DatePrecision, Holder, KbStats, NameReadings, Occupancy, Person,
  PersonName, Post, PostKind, Resolution, SearchCandidate,
} from './model.js';
import { normalizeName } from './normalize.js';
import { kindOfQueryTitle } from './post-kinds.js';
import { effectiveTerms } from './terms.js';
import { precisionOf } from './dates.js';
import type { Layer, OccupancyRow, PostRow } from './store/layer.js';
import { searchPersons, type SearchOptions } from './search.js';
import { resolvePhrase, type ResolveOptions } from './resolve.js';

/** In-memory keys of the KB's names (see nameKeys). */
export interface NameKeys {
  readonly names: ReadonlySet<string>;
  /** The first word of every name: a scan skips positions no name can start at. */
  readonly firstWords: ReadonlySet<string>;
  /** Every proper multi-word prefix of a name ("united", "united states" of "united states of america" → the latter). */
  readonly prefixes: ReadonlySet<string>;
  /** Person ids by name token, and by the token's Double Metaphone code. */
  readonly personsByToken: ReadonlyMap<string, readonly string[]>;
  readonly personsBySound: ReadonlyMap<string, readonly string[]>;
}

export interface HoldersQuery {
  /** ISO3 (or CAMEO IGO code); names and demonyms are accepted too ("Japan", "Japanese"). */
  readonly country: string;
  /** A post title or alias ("Foreign Minister", "Minister for Foreign Affairs", "top diplomat"), or a post id. */
  readonly post: string;
  /** YYYY-MM-DD; without it every holder ever is returned. */
  readonly date?: string;
}

export interface PersonReport {
  readonly person: Person;
  /** Offices over time (only those held on the date, when a date is given). */
  readonly offices: readonly Holder[];
}

/**
 * The knowledge base: who held which office when, countries, and Phoenix actors.
 * Holds its SQLite layers open; call close() when done. Every method is a pure
 * query — nothing here changes after opening.
 */
export class KnowledgeBase {
  private countryKeys: { norm: string; iso3: string }[] | null = null;
  readonly #countryMemo = new Map<string, Country | null>();
  readonly #countryCodeMemo = new Map<string, string | null>();
  private readonly termsCache = new Map<string, readonly Occupancy[]>();
  constructor(
    private readonly layers: readonly Layer[],
    readonly userLayerPath: string | null,
  ) {}

  close(): void {
    for (const l of this.layers) l.close();
  }

  // ---- posts and holders ---------------------------------------------------

  /** Posts of a country that a title names: by kind for generic titles, else by title and alias. */
  findPosts(country: string, text: string, options: { readonly contains?: boolean } = {}): Post[] {
    const iso = this.countryCode(country) ?? country.toUpperCase();
    const byId = this.post(text);
    if (byId) return [byId];
    const found = new Map<string, Post>();
    const kind = kindOfQueryTitle(text);
    const norm = normalizeName(text);
    for (const l of this.layers) {
      for (const r of l.postsByName(norm, iso)) found.set(r.id, toPost(r));
    }
    if (found.size === 0 && kind) {
      for (const l of this.layers) for (const r of l.postsByKind(iso, kind)) found.set(r.id, toPost(r));
      // Where one person is both head of state and of government (USA), the one post serves both.
      if (found.size === 0 && kind === 'head_of_government') {
        for (const l of this.layers) for (const r of l.postsByKind(iso, 'head_of_state')) found.set(r.id, toPost(r));
      }
    }
    // Last resort for odd titles: any post whose name contains the words (a scan; callers in a hot path may skip it).
    if (found.size === 0 && norm.length >= 4 && options.contains !== false) {
      for (const l of this.layers) for (const r of l.postsContaining(iso, norm)) found.set(r.id, toPost(r));
    }
    return [...found.values()];
  }

  /** A post by id, else (for a Q-id) the post of that Wikidata position in any layer. */
  post(id: string): Post | null {
    for (const l of this.layers) {
      const r = l.post(id);
      if (r && !(r.title === id && /^Q\d+$/.test(id))) return toPost(r);
    }
    if (/^Q\d+$/.test(id)) {
      for (const l of this.layers) {
        const r = l.postByWikidata(id);
        if (r && r.id !== id) return toPost(r);
      }
      for (const l of this.layers) {
        const r = l.post(id);
        if (r) return toPost(r);
      }
    }
    return null;
  }

  postsOfKind(country: string, kind: PostKind): Post[] {
    const iso = this.countryCode(country) ?? country;
    const out = new Map<string, Post>();
    for (const l of this.layers) for (const r of l.postsByKind(iso, kind)) out.set(r.id, toPost(r));
    return [...out.values()];
  }

  /** Who held the post on the date (or ever), with each term's source. */
  holders(query: HoldersQuery): Holder[] {
    const out: Holder[] = [];
    for (const post of this.findPosts(query.country, query.post)) {
      for (const t of this.termsOfPost(post)) {
        if (query.date && !termCovers(t.start, t.end, query.date)) continue;
        out.push(this.toHolder(t, post));
      }
    }
    // On a date, most precise terms first (a day-precise term outranks a year-precise one in a
    // transition year); without one, in order of time.
    const byTime = (a: Holder, b: Holder): number => (a.start ? lowerBound(a.start) : '').localeCompare(b.start ? lowerBound(b.start) : '');
    return query.date ? out.sort((a, b) => (b.start?.length ?? 0) - (a.start?.length ?? 0) || byTime(a, b)) : out.sort(byTime);
  }

  /** Every term of a post as the KB believes them (overlaps resolved, open ends inferred). */
  termsOfPost(post: Post): readonly Occupancy[] {
    const cached = this.termsCache.get(post.id);
    if (cached) return cached;
    const raw: Occupancy[] = [];
    for (const l of this.layers) for (const id of termIdsOf(post)) for (const r of l.occupanciesOfPost(id)) raw.push({ ...toOccupancy(r), postId: post.id });
    const terms = effectiveTerms(raw, post.single);
    // The layers are read-only while open, so a post's terms never change; keep the cache bounded.
    if (this.termsCache.size >= 4096) this.termsCache.clear();
    this.termsCache.set(post.id, terms);
    return terms;
  }

  /** Offices a person held, optionally only those on a date. */
  officesOf(personId: string, date?: string): Holder[] {
    const postIds = new Set<string>();
    for (const l of this.layers) for (const r of l.occupanciesOfPerson(personId)) postIds.add(r.post_id);
    const out: Holder[] = [];
    const seen = new Set<string>();
    for (const pid of postIds) {
      const post = this.post(pid);
      if (!post || seen.has(post.id)) continue;
      seen.add(post.id);
      for (const t of this.termsOfPost(post)) {
        if (t.personId !== personId) continue;
        if (date && !termCovers(t.start, t.end, date)) continue;
        out.push(this.toHolder(t, post));
      }
    }
    return out.sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '') || a.post.localeCompare(b.post));
  }

  private toHolder(t: Occupancy, post: Post): Holder {
    const p = this.personById(t.personId);
    return {
      name: p?.name ?? t.personId, wikidata: p?.wikidata ?? null, personId: t.personId, post: post.title, postId: post.id,
      country: post.country, kind: post.kind, sector: post.sector, start: t.start, end: t.end, endInferred: t.endInferred,
      source: t.source,
    };
  }

  // ---- persons ---------------------------------------------------------------

  personById(id: string): Person | null {
    let base: Person | null = null;
    const names: PersonName[] = [];
    const readings: NameReadings[] = [];
    const sources = new Set<string>();
    for (const l of this.layers) {
      const row = l.person(id);
      if (!row) continue;
      if (!base) base = { id: row.id, wikidata: row.wikidata, name: row.name, names: [], readings: [], sources: [] };
      for (const n of l.names(row.id)) {
        if (names.some((m) => m.text === n.text && m.lang === n.lang)) continue;
        names.push({ text: n.text, lang: n.lang, kind: n.kind as PersonName['kind'], source: n.source });
      }
      readings.push(...(JSON.parse(row.readings) as NameReadings[]));
      for (const s of JSON.parse(row.sources) as string[]) sources.add(s);
    }
    if (!base) return null;
    const withParts = names.map((n) => {
      const r = readings.find((x) => x.native === n.text);
      return r ? { ...n, family: r.family, given: r.given } : n;
    });
    return { ...base, names: withParts, readings, sources: [...sources] };
  }

  /** Persons whose name (any script, reading or alias) normalises to the same key. */
  personsByExactName(name: string): Person[] {
    const norm = normalizeName(name);
    const ids = new Set<string>();
    for (const l of this.layers) for (const r of l.namesByNorm(norm)) ids.add(r.person_id);
    return [...ids].map((id) => this.personById(id)).filter((p): p is Person => p !== null);
  }

  /** `kb person NAME|QID`: the person and their offices (on the date, if given). */
  person(nameOrId: string, options: { date?: string } = {}): PersonReport | null {
    const direct = /^(Q\d+|kb:.+)$/.test(nameOrId) ? this.personById(nameOrId) : null;
    const person = direct ?? this.personsByExactName(nameOrId)[0] ?? this.search(nameOrId, { limit: 1, date: options.date })[0]?.person ?? null;
    if (!person) return null;
    return { person, offices: this.officesOf(person.id, options.date) };
  }

  search(name: string, options: SearchOptions = {}): SearchCandidate[] {
    return searchPersons(this, this.layers, name, options);
  }

  resolve(text: string, options: ResolveOptions = {}): Resolution {
    return resolvePhrase(this, text, options);
  }

  // ---- countries and actors ------------------------------------------------------

  /** ISO3 for a code (ISO3, ISO2, CAMEO) or a name, demonym or city ("Japanese", "U.S.", "Tokyo"). */
  countryCode(text: string): string | null {
    // Asked for on every post look-up; the answer never changes while the KB is open.
    const memo = this.#countryCodeMemo.get(text);
    if (memo !== undefined) return memo;
    const code = this.#countryCode(text);
    if (this.#countryCodeMemo.size > 50_000) this.#countryCodeMemo.clear();
    this.#countryCodeMemo.set(text, code);
    return code;
  }

  #countryCode(text: string): string | null {
    const trimmed = text.trim();
    if (/^[A-Z]{2,3}$/.test(trimmed)) {
      for (const l of this.layers) {
        const r = l.country(trimmed);
        if (r) return r.iso3;
      }
    }
    if (/^IGO[A-Z]+$/.test(trimmed)) return trimmed;
    return this.countriesByName(trimmed)[0]?.country.iso3 ?? null;
  }

  country(code: string): Country | null {
    // The KB does not change once open, and a country with its hundreds of names is asked for again and again.
    const memo = this.#countryMemo.get(code);
    if (memo !== undefined) return memo;
    let found: Country | null = null;
    for (const l of this.layers) {
      const r = l.country(code);
      if (r) {
        const names = l.countryNames(r.iso3).map((n) => ({ text: n.text, kind: n.kind as CountryNameKind }));
        found = { iso3: r.iso3, iso2: r.iso2, cameo: r.cameo, name: r.name, names, source: r.source };
        break;
      }
    }
    this.#countryMemo.set(code, found);
    return found;
  }

  /** Name and Wikidata id of every person, for callers that label thousands of holders. */
  personLabels(): Map<string, { readonly name: string; readonly wikidata: string | null }> {
    const out = new Map<string, { name: string; wikidata: string | null }>();
    for (const l of this.layers) {
      for (const r of l.db.prepare<[], { id: string; name: string; wikidata: string | null }>('SELECT id, name, wikidata FROM persons').all()) {
        if (!out.has(r.id)) out.set(r.id, { name: r.name, wikidata: r.wikidata });
      }
    }
    return out;
  }

  /**
   * Countries a name, demonym, city or capital points to. Short all-capital aliases
   * ("US", "UK") match only as written, so the pronoun "us" is not the United States.
   */
  countriesByName(text: string): { country: Country; matched: string; kind: CountryNameKind }[] {
    const norm = normalizeName(text);
    if (!norm) return [];
    const out: { country: Country; matched: string; kind: CountryNameKind }[] = [];
    // "us" the pronoun, "US" the country: a key of three letters or fewer must be written in capitals.
    const letters = text.replace(/[^\p{L}]/gu, '');
    if (norm.replace(/ /g, '').length <= 3 && letters !== letters.toUpperCase()) return [];
    for (const l of this.layers) {
      for (const r of l.countryNamesByNorm(norm)) {
        if (out.some((o) => o.country.iso3 === r.iso3)) continue;
        const c = this.country(r.iso3);
        if (c) out.push({ country: c, matched: r.text, kind: r.kind as CountryNameKind });
      }
    }
    const rank = (k: CountryNameKind): number => (k === 'name' ? 0 : k === 'demonym' ? 1 : 2);
    return out.sort((a, b) => rank(a.kind) - rank(b.kind));
  }

  countries(): Country[] {
    const out = new Map<string, Country>();
    for (const l of this.layers) for (const r of l.countries()) if (!out.has(r.iso3)) out.set(r.iso3, this.country(r.iso3) as Country);
    return [...out.values()];
  }

  /**
   * Phoenix actors (organisations, groups, metonyms like "the Kremlin", people with
   * dated codes, and generic agents like "police") named exactly so. With a date,
   * only the codes valid on it are kept.
   */
  actorsByName(text: string, options: { date?: string } = {}): Actor[] {
    const norm = normalizeName(text);
    if (!norm) return [];
    const out: Actor[] = [];
    for (const l of this.layers) {
      for (const r of l.actorsByNorm(norm)) {
        const codes = (JSON.parse(r.codes) as [string, string | null, string | null][]).map(
          ([code, start, end]): CodeSpan => ({ code, start, end }),
        );
        const valid = options.date ? codes.filter((c) => codeValidOn(c, options.date as string)) : codes;
        if (valid.length === 0) continue;
        out.push({ id: r.id, name: r.name, aliases: l.actorNames(r.id), kind: r.kind as Actor['kind'], codes: valid, source: r.source });
      }
    }
    return out;
  }

  /** Every country name's key, for fuzzy matching (computed once per instance). */
  countryNameKeys(): readonly { norm: string; iso3: string }[] {
    if (!this.countryKeys) {
      const keys: { norm: string; iso3: string }[] = [];
      for (const l of this.layers) for (const r of l.allCountryNames()) keys.push({ norm: r.norm, iso3: r.iso3 });
      this.countryKeys = keys;
    }
    return this.countryKeys;
  }

  /**
   * The code of the one institution named "<country> <noun>" ("US Congress" for
   * "congress"), when exactly one country has such an actor; null otherwise.
   */
  institutionByNoun(noun: string, date?: string): string | null {
    const codes = new Map<string, string>();
    for (const l of this.layers) {
      for (const r of l.actorsBySuffix(noun)) {
        const words = r.text.split(/\s+/);
        const nounWords = noun.split(' ').length;
        if (words.length <= nounWords) continue;
        const prefix = words.slice(0, words.length - nounWords).join(' ');
        const c = this.countriesByName(prefix)[0];
        if (!c) continue;
        const spans = (JSON.parse(r.codes) as [string, string | null, string | null][]).filter(([, s, e]) => !date || termCovers(s, e, date));
        const code = spans[spans.length - 1]?.[0];
        if (code) codes.set(c.country.iso3, code);
      }
    }
    return codes.size === 1 ? [...codes.values()][0] ?? null : null;
  }

  // ---- export --------------------------------------------------------------------

  /** The KB (or only the user layer) as a Popolo document: persons, posts, memberships. */
  toPopolo(options: { country?: string; userOnly?: boolean } = {}): {
    persons: Record<string, unknown>[]; posts: Record<string, unknown>[]; memberships: Record<string, unknown>[];
  } {
    const layers = options.userOnly ? this.layers.filter((l) => l.name === 'user') : this.layers;
    const country = options.country ? this.countryCode(options.country) ?? options.country : null;
    const posts = new Map<string, Post>();
    if (options.userOnly) {
      // The user's terms may be filed under bundled posts (a Wikidata position the KB knew).
      for (const l of layers) {
        for (const id of l.postIdsWithOccupancies()) {
          const post = this.post(id);
          if (post && (!country || post.country === country)) posts.set(id, post);
        }
      }
    }
    for (const l of layers) for (const r of l.posts(country)) if (!posts.has(r.id)) posts.set(r.id, toPost(r));
    const memberships: Record<string, unknown>[] = [];
    const personIds = new Set<string>();
    // Everything imported is exported, people without terms too.
    if (options.userOnly) for (const l of layers) for (const id of l.personIds()) personIds.add(id);
    for (const post of posts.values()) {
      for (const t of this.termsOfPost(post)) {
        if (options.userOnly && !t.source.startsWith('user:')) continue;
        personIds.add(t.personId);
        memberships.push({
          person_id: t.personId, post_id: post.id, role: post.title,
          ...(t.start ? { start_date: t.start } : {}), ...(t.end && !t.endInferred ? { end_date: t.end } : {}),
          sources: [{ note: t.source }],
        });
      }
    }
    const persons: Record<string, unknown>[] = [];
    for (const id of [...personIds].sort()) {
      const p = this.personById(id);
      if (!p) continue;
      persons.push({
        id: p.id, name: p.name,
        ...(p.wikidata ? { identifiers: [{ scheme: 'wikidata', identifier: p.wikidata }] } : {}),
        other_names: p.names.filter((n) => n.text !== p.name || n.lang !== '').map((n) => ({ name: n.text, ...(n.lang ? { lang: n.lang } : {}), note: n.kind })),
      });
    }
    const postList = [...posts.values()].map((p) => ({
      id: p.id, label: p.title, ...(p.aliases.length ? { other_label: p.aliases } : {}), ...(p.country ? { area_id: p.country } : {}),
    }));
    return { persons, posts: postList, memberships };
  }

  // ---- bulk keys -----------------------------------------------------------------

  /**
   * Every normalised name the KB can answer for (countries, actors, persons) and
   * every person-name token with its sound code: an in-memory filter, so a
   * caller scanning text asks SQLite only about strings the KB may hold.
   */
  nameKeys(): NameKeys {
    const names = new Set<string>();
    const personsByToken = new Map<string, string[]>();
    const personsBySound = new Map<string, string[]>();
    const push = (m: Map<string, string[]>, k: string, id: string): void => {
      const list = m.get(k);
      if (!list) m.set(k, [id]);
      else if (!list.includes(id)) list.push(id);
    };
    for (const l of this.layers) {
      for (const sql of ['SELECT norm FROM person_names', 'SELECT norm FROM actor_names', 'SELECT norm FROM country_names']) {
        for (const n of l.db.prepare<[], string>(sql).pluck().all()) names.add(n);
      }
      for (const r of l.db.prepare<[], { token: string; phonetic: string; person_id: string }>('SELECT token, phonetic, person_id FROM name_tokens').all()) {
        push(personsByToken, r.token, r.person_id);
        if (r.phonetic) push(personsBySound, r.phonetic, r.person_id);
      }
    }
    const { firstWords, prefixes } = wordPrefixes(names);
    return { names, firstWords, prefixes, personsByToken, personsBySound };
  }

  /**
   * Every post with its effective terms (overlaps resolved, open ends inferred),
   * in two queries: for callers that look up offices thousands of times, such as
   * a batch of articles. Post ids of a user layer override the bundled ones.
   */
  allTerms(): Map<string, { readonly post: Post; readonly terms: readonly Occupancy[] }> {
    const posts = new Map<string, Post>();
    const raw = new Map<string, Occupancy[]>();
    for (const l of this.layers) {
      for (const r of l.db.prepare<[], PostRow>('SELECT * FROM posts').all()) posts.set(r.id, toPost(r));
      for (const r of l.db.prepare<[], OccupancyRow>('SELECT * FROM occupancies').all()) {
        const list = raw.get(r.post_id);
        if (list) list.push(toOccupancy(r));
        else raw.set(r.post_id, [toOccupancy(r)]);
      }
    }
    const out = new Map<string, { post: Post; terms: Occupancy[] }>();
    for (const [id, post] of posts) {
      const mine = termIdsOf(post).flatMap((pid) => (raw.get(pid) ?? []).map((o) => (pid === id ? o : { ...o, postId: id })));
      out.set(id, { post, terms: effectiveTerms(mine, post.single) });
    }
    return out;
  }

  // ---- stats ---------------------------------------------------------------------

  stats(): KbStats {
    const totals = { persons: 0, posts: 0, occupancies: 0, countries: 0, actors: 0 };
    const sources = new Map<string, { occupancies: number; latest: string | null }>();
    const withHolders = new Set<string>();
    for (const l of this.layers) {
      const c = l.counts();
      for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += c[k] ?? 0;
      for (const s of l.sourceStats()) {
        const old = sources.get(s.source);
        const latest = s.latest || null;
        sources.set(s.source, {
          occupancies: (old?.occupancies ?? 0) + s.n,
          latest: [old?.latest ?? null, latest].filter((x): x is string => !!x).sort().pop() ?? null,
        });
      }
      for (const c2 of l.countriesWithHolders()) if (/^[A-Z]{3}$/.test(c2)) withHolders.add(c2);
    }
    // A person in both layers (a user import about someone the bundled KB knows) counts once.
    if (this.layers.length > 1) {
      const ids = new Set<string>();
      for (const l of this.layers) for (const id of l.personIds()) ids.add(id);
      totals.persons = ids.size;
    }
    return {
      ...totals,
      countriesWithHolders: withHolders.size,
      countryCodes: [...withHolders].sort(),
      sources: [...sources.entries()].map(([source, v]) => ({ source, occupancies: v.occupancies, latestDate: v.latest })),
      userLayer: this.userLayerPath,
    };
  }
}

function codeValidOn(c: CodeSpan, date: string): boolean {
  return termCovers(c.start, c.end, date);
}

/** Ids a post's terms are filed under: its own, and its position's Q-id (a user import made without the bundled KB files them so). */
function termIdsOf(post: Post): string[] {
  return post.wikidata && post.wikidata !== post.id ? [post.id, post.wikidata] : [post.id];
}

export function toPost(r: PostRow): Post {
  return {
    id: r.id, country: r.country, title: r.title, aliases: JSON.parse(r.aliases) as string[], kind: r.kind as PostKind,
    sector: r.sector, wikidata: r.wikidata, single: r.single === 1,
  };
}

function toOccupancy(r: OccupancyRow): Occupancy {
  return {
    personId: r.person_id, postId: r.post_id, start: r.start, end: r.end,
    startPrecision: r.start ? (precisionOf(r.start) as DatePrecision | null) : null,
    endPrecision: r.end ? (precisionOf(r.end) as DatePrecision | null) : null,
    endInferred: false, source: r.source,
  };
}

/** First words and proper word prefixes of names: a scanner extends a match only while some name still can. */
export function wordPrefixes(names: Iterable<string>): { firstWords: Set<string>; prefixes: Set<string> } {
  const firstWords = new Set<string>();
  const prefixes = new Set<string>();
  for (const n of names) {
    let sp = n.indexOf(' ');
    firstWords.add(sp < 0 ? n : n.slice(0, sp));
    while (sp >= 0) {
      prefixes.add(n.slice(0, sp));
      sp = n.indexOf(' ', sp + 1);
    }
  }
  return { firstWords, prefixes };
}
