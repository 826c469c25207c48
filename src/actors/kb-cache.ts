import { readFileSync } from 'node:fs';
import { termCovers } from '../kb/dates.js';
import { dataPath } from '../util/paths.js';
import { normalizeName } from '../kb/normalize.js';
import { loadGivenNames } from './given-names.js';
import { closeSpelling, matchName, personParts, sameGiven, type NameMatch } from './name-match.js';
import { doubleMetaphone } from 'double-metaphone';
import type { KnowledgeBase, NameKeys } from '../kb/knowledge-base.js';
import type { Actor, Country, Holder, Occupancy, Person, Post } from '../kb/model.js';

/** Actors of data/actors/organisations.tsv by each name's key; ids are negative, apart from the KB's. */
function loadExtraActors(): Map<string, { actor: Actor; caps: boolean }> {
  const out = new Map<string, { actor: Actor; caps: boolean }>();
  let id = 0;
  for (const line of readFileSync(dataPath('actors', 'organisations.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, code, kind, ...aliases] = line.split('\t').map((x) => x.trim());
    if (!name || !code || (kind !== 'igo' && kind !== 'organisation' && kind !== 'nonstate')) continue;
    const actor: Actor = { id: --id, name, aliases, kind, codes: [{ code, start: null, end: null }], source: 'attache:organisations' };
    for (const n of [name, ...aliases]) {
      const key = normalizeName(n);
      if (key) out.set(key, { actor, caps: key.replace(/ /g, '').length <= 3 });
    }
  }
  return out;
}

/** A bounded memo: cleared whole when full, since its answers are cheap to recompute and memory is not free. */
export class Memo<V> {
  readonly #map = new Map<string, V>();
  readonly #max: number;
  constructor(maxEntries = 50_000) {
    this.#max = maxEntries;
  }
  get(key: string, make: () => V): V {
    const hit = this.#map.get(key);
    if (hit !== undefined || this.#map.has(key)) return hit as V;
    if (this.#map.size >= this.#max) this.#map.clear();
    const v = make();
    this.#map.set(key, v);
    return v;
  }
}

/**
 * Date-free KB answers, memoised for a whole run: a batch meets the same names
 * and titles over and over, each on a different date. Date filters are applied
 * in memory on top (termCovers), so the cache serves every article.
 */
export class KbCache {
  readonly kb: KnowledgeBase;
  /** Names and person-name tokens the KB holds, so misses cost no query. */
  readonly keys: NameKeys;
  readonly #persons = new Memo<Person | null>();
  readonly #offices = new Memo<Holder[]>();
  readonly #holders = new Memo<Holder[]>();
  readonly #countries = new Memo<Country | null>();
  readonly #actors = new Memo<Actor[]>();
  readonly #posts = new Memo<Post[]>();
  #terms: Map<string, { readonly post: Post; readonly terms: readonly Occupancy[] }> | null = null;
  #termsByPerson: Map<string, { post: Post; term: Occupancy }[]> | null = null;

  /** Common given names, to tell an unknown person's name from a capitalised phrase. */
  readonly givenNames: ReadonlySet<string>;

  constructor(kb: KnowledgeBase) {
    this.kb = kb;
    this.#extra = loadExtraActors();
    this.extraNames = new Set(this.#extra.keys());
    this.keys = kb.nameKeys();
    this.givenNames = loadGivenNames();
  }

  /** All posts' terms, loaded once on first use (two queries) and indexed by person. */
  #allTerms(): Map<string, { readonly post: Post; readonly terms: readonly Occupancy[] }> {
    if (!this.#terms) {
      this.#terms = this.kb.allTerms();
      this.#termsByPerson = new Map();
      for (const { post, terms } of this.#terms.values()) {
        for (const term of terms) {
          const list = this.#termsByPerson.get(term.personId);
          if (list) list.push({ post, term });
          else this.#termsByPerson.set(term.personId, [{ post, term }]);
        }
      }
    }
    return this.#terms;
  }

  #labels: Map<string, { readonly name: string; readonly wikidata: string | null }> | null = null;
  readonly #labelKeys = new Map<string, string>();

  readonly #labelWords = new Map<string, readonly string[]>();

  /** A person's record name as a KB key, without loading the whole record. */
  labelKey(personId: string): string {
    let k = this.#labelKeys.get(personId);
    if (k === undefined) {
      this.#labels ??= this.kb.personLabels();
      k = normalizeName(this.#labels.get(personId)?.name ?? '');
      this.#labelKeys.set(personId, k);
    }
    return k;
  }

  readonly #bearers = new Memo<string[]>();

  /**
   * People whose record name has this word: the family-name leads for a surname. The token index alone would
   * also give everyone with it as a given name ("John") or in a reading.
   */
  bearersOf(word: string): string[] {
    return this.#bearers.get(word, () => (this.keys.personsByToken.get(word) ?? []).filter((id) => this.labelWords(id).includes(word)));
  }

  readonly #familyNames = new Map<string, boolean>();

  /** Some person the KB knows has this word last in their record name ("gorbachev"): a family name. */
  isFamilyName(word: string): boolean {
    let yes = this.#familyNames.get(word);
    if (yes === undefined) {
      yes = (this.keys.personsByToken.get(word) ?? []).some((id) => this.labelWords(id).at(-1) === word);
      this.#familyNames.set(word, yes);
    }
    return yes;
  }

  readonly #leads = new Memo<string[]>();

  /**
   * The people an untitled name may be, by its normalised words: those whose family name the last word is
   * (or, for East Asian order, the first), exactly or by sound, and whose record name also has the other end
   * word, the given name, as written or as a short form or transliteration. A given name the record lacks
   * rules the person out before anything about them is looked up.
   */
  nameLeads(tokens: readonly string[]): string[] {
    return this.#leads.get(tokens.join(' '), () => {
      const last = tokens[tokens.length - 1]!;
      if (tokens.length === 1) return this.#familyLeads(last, false);
      const first = tokens[0]!;
      const ids = new Set<string>();
      for (const [family, given] of [[last, first], [first, last]] as const) {
        for (const id of this.#familyLeads(family, true)) {
          if (this.labelWords(id).some((w) => sameGiven(given, w) || closeSpelling(given, w))) ids.add(id);
        }
      }
      return [...ids];
    });
  }

  /**
   * People whose record name has the word (a given name of thousands, "John", is no lead; other readings of it
   * cannot link an untitled name anyway), and for a full name also those whose name sounds like it: a lone
   * word that merely sounds like someone is no evidence.
   */
  #familyLeads(word: string, bySound: boolean): string[] {
    const bearers = this.bearersOf(word);
    if (!bySound || word.length < 4) return bearers;
    const code = doubleMetaphone(word)[0];
    const similar = code ? (this.keys.personsBySound.get(code) ?? []) : [];
    return similar.length > 0 && similar.length <= 200 ? [...new Set([...bearers, ...similar])] : bearers;
  }

  /** The words of a person's record name, as keys. */
  labelWords(personId: string): readonly string[] {
    let w = this.#labelWords.get(personId);
    if (!w) {
      w = this.labelKey(personId).split(' ');
      this.#labelWords.set(personId, w);
    }
    return w;
  }

  #holder(post: Post, t: Occupancy): Holder {
    // Labels come from one bulk query: loading a whole person (names, readings) per holder would dominate.
    this.#labels ??= this.kb.personLabels();
    const p = this.#labels.get(t.personId);
    return {
      name: p?.name ?? t.personId, wikidata: p?.wikidata ?? null, personId: t.personId, post: post.title, postId: post.id,
      country: post.country, kind: post.kind, sector: post.sector, start: t.start, end: t.end, endInferred: t.endInferred, source: t.source,
    };
  }

  person(id: string): Person | null {
    return this.#persons.get(id, () => this.kb.personById(id));
  }

  /** Every office a person held, oldest first. */
  offices(personId: string): Holder[] {
    return this.#offices.get(personId, () => {
      this.#allTerms();
      const list = this.#termsByPerson!.get(personId) ?? [];
      return list.map(({ post, term }) => this.#holder(post, term)).sort((a, b) => (a.start ?? '').localeCompare(b.start ?? ''));
    });
  }

  officesOn(personId: string, date: string | null): Holder[] {
    const all = this.offices(personId);
    return date ? all.filter((h) => termCovers(h.start, h.end, date)) : all;
  }

  /** Posts a title names in a country ("Foreign Minister" finds "Minister for Foreign Affairs"). */
  posts(country: string, office: string): Post[] {
    // Titles in running text name posts by kind or alias; the containment scan finds mostly wrong posts there.
    // Post look-ups ignore case ("SECRETARY", "Secretary"): one query serves every casing.
    const key = office.toLowerCase();
    return this.#posts.get(`${country}\u0000${key}`, () => this.kb.findPosts(country, office, { contains: false }));
  }

  /** Every holder ever of the posts a title names in a country. */
  holders(country: string, office: string): Holder[] {
    return this.#holders.get(`${country}\u0000${office}`, () => this.#holdersEver(country, office));
  }

  /** Holders on a date: the run-wide list of every holder, filtered in memory (its order is kept). */
  holdersOn(country: string, office: string, date: string | null): Holder[] {
    const all = this.holders(country, office);
    return date ? all.filter((h) => termCovers(h.start, h.end, date)) : all;
  }

  /** Every holder of the posts; only their labels are loaded, so a post with a long history costs little. */
  #holdersEver(country: string, office: string): Holder[] {
    const all = this.#allTerms();
    const out: Holder[] = [];
    for (const post of this.posts(country, office)) {
      for (const t of all.get(post.id)?.terms ?? []) out.push(this.#holder(post, t));
    }
    // Most precise terms first: a day-precise term outranks a year-precise one in a transition year.
    return out.sort((a, b) => (b.start?.length ?? 0) - (a.start?.length ?? 0) || (a.start ?? '').localeCompare(b.start ?? ''));
  }

  readonly #matches = new Memo<NameMatch>(200_000);

  /** How a surface names a person (date-free, so one answer serves the whole run). */
  match(surface: string, person: Person): NameMatch {
    return this.#matches.get(`${surface}\u0000${person.id}`, () => matchName(surface, person, personParts(person)));
  }

  readonly #exact = new Memo<string[]>();

  /** Ids of the people the KB knows by exactly this name. */
  exactPersons(surface: string): string[] {
    return this.#exact.get(surface, () => this.kb.personsByExactName(surface).map((p) => p.id));
  }


  country(iso: string): Country | null {
    return this.#countries.get(iso, () => this.kb.country(iso));
  }

  /** Actors named so, with all their codes; callers pick the code valid on their date. */
  actors(text: string): Actor[] {
    return this.#actors.get(text, () => {
      const found = this.kb.actorsByName(text);
      const extra = this.#extra.get(normalizeName(text));
      // A short key only as written in capitals: "WHO", "AU", not the words "who", "au".
      if (!extra || (extra.caps && text !== text.toUpperCase())) return found;
      return [...found, extra.actor];
    });
  }

  /** Keys of the organisations of data/actors/organisations.tsv: the gazetteer scans for them beside the KB's. */
  readonly extraNames: ReadonlySet<string>;
  /** Organisations of data/actors/organisations.tsv, by key. */
  readonly #extra: ReadonlyMap<string, { readonly actor: Actor; readonly caps: boolean }>;
}

/** The code of an actor valid on a date (the latest when no date), or null. */
export function codeOn(actor: Actor, date: string | null): string | null {
  const valid = date ? actor.codes.filter((c) => termCovers(c.start, c.end, date)) : actor.codes;
  return valid[valid.length - 1]?.code ?? null;
}
