import type { Country, Holder, Person } from '../kb/model.js';
import { nameTokens } from '../kb/normalize.js';
import { classifyTitle } from '../kb/post-kinds.js';
import type { NameMatch } from './name-match.js';
import { KIND_RANK } from './entity-builder.js';
import { codeOn, type KbCache } from './kb-cache.js';

/** Offices up to national security adviser in KIND_RANK: those a bare surname can stand for. */
const PROMINENT_RANK = 7;
/** Heads of state and of government in KIND_RANK: those known by surname in any article. */
const HEAD_RANK = 1;

export interface LinkOptions {
  /** The surface is one word: only someone prominent in office in the article's countries. */
  readonly singleToken: boolean;
  /** A lone surname may also be a head of state or government of a country the article does not name. */
  readonly leadersAbroad?: boolean;
}

export interface PersonLink {
  readonly person: Person;
  readonly holder: Holder | null;
  readonly match: NameMatch;
  readonly rule: string;
  readonly score: number;
}

/** KB look-ups for one article: the run's cache, seen on the article's date. */
export class KbLinker {
  readonly #cache: KbCache;
  readonly date: string | null;

  constructor(cache: KbCache, date: string | null) {
    this.#cache = cache;
    this.date = date;
  }

  person(id: string): Person | null {
    return this.#cache.person(id);
  }

  country(iso: string): Country | null {
    return this.#cache.country(iso);
  }

  #namesSomeoneElse(surface: string, personId: string): boolean {
    return this.#cache.exactPersons(surface).some((id) => id !== personId);
  }

  /** A common given name, or a word some person in the KB bears as a name. */
  isGivenName(word: string): boolean {
    return word.length > 1 && (this.#cache.givenNames.has(word) || this.#cache.keys.personsByToken.has(word));
  }

  readonly #officesOn = new Map<string, Holder[]>();

  /** Offices a person held on the article's date (memoised for the article). */
  officesOn(personId: string): Holder[] {
    if (!this.date) return [];
    let o = this.#officesOn.get(personId);
    if (!o) {
      o = this.#cache.officesOn(personId, this.date);
      this.#officesOn.set(personId, o);
    }
    return o;
  }

  /** Holders of an office in a country on the article's date (every holder ever when `ever`). */
  holders(country: string, office: string, ever = false): Holder[] {
    return ever ? this.#cache.holders(country, office) : this.#cache.holdersOn(country, office, this.date);
  }

  /** The CAMEO code of a KB actor named so, valid on the date. */
  actorCode(text: string): string | null {
    // "Islamic State" is filed as "The Islamic State": the gazetteer reads it without the article, and so does this.
    const named = this.#cache.actors(text);
    const actors = named.length > 0 || /^the\s/i.test(text) ? named : this.#cache.actors(`the ${text}`);
    const actor = actors.find((a) => codeOn(a, this.date) !== null);
    return actor ? codeOn(actor, this.date) : null;
  }

  /**
   * The code a Phoenix person entry of exactly this name has on the date (the latest without one): the
   * dictionaries' way to code people the office records do not hold ("Warren Christopher" USAELI after 1997).
   */
  personCode(text: string): string | null {
    for (const a of this.#cache.actors(text)) {
      if (a.kind !== 'person') continue;
      const code = codeOn(a, this.date);
      if (code) return code;
    }
    return null;
  }

  /**
   * A titled name: the holder of the office on the date whose name the surface
   * matches best, across the title's country or, for a bare title, the article's countries.
   */
  readonly #memo = new Map<string, PersonLink | null>();

  /** The same titled name or surname comes back many times in an article ("Secretary Blinken"): link it once. */
  #memoised(key: string, link: () => PersonLink | null): PersonLink | null {
    if (this.#memo.has(key)) return this.#memo.get(key) ?? null;
    const out = link();
    this.#memo.set(key, out);
    return out;
  }

  linkTitled(surface: string, offices: readonly string[], countries: readonly string[]): PersonLink | null {
    return this.#memoised(`t\u0000${surface}\u0000${offices.join('\u0001')}\u0000${countries.join(',')}`, () => this.#linkTitled(surface, offices, countries));
  }

  #linkTitled(surface: string, offices: readonly string[], countries: readonly string[]): PersonLink | null {
    if (!this.date) return null;
    let best: PersonLink | null = null;
    // A bare title tries the article's first few countries, and only offices of a known kind there:
    // "Prime Minister" is someone's in every state, "Secretary" could be anyone's.
    const bare = countries.length > 1;
    countries.slice(0, bare ? 4 : 1).forEach((country, rank) => {
      // A generic office ("Secretary") only in the article's first two countries: it names posts everywhere.
      const known = bare && rank >= 2 ? offices.filter((o) => classifyTitle(o).kind !== 'other') : offices;
      for (const office of known) {
        for (const holder of this.holders(country, office)) {
          const person = this.person(holder.personId);
          if (!person) continue;
          const match = this.#cache.match(surface, person);
          if (!match.familyMatched) continue;
          // A full name that is someone else's in the record (Mahinda, not Gotabaya, Rajapaksa) is that person, whatever the title says.
          if (match.wrongParts.some((w) => w.part === 'given') && this.#namesSomeoneElse(surface, person.id)) continue;
          // A near-miss surname with another given name (Kristie Kenney, Victoria Kennedy) is another person.
          if (match.score < 0.8 && match.wrongParts.some((w) => w.part === 'given')) continue;
          // Earlier-ranked countries (the title's own, then the article's most named) win ties.
          const score = match.score - rank * 0.01 - (KIND_RANK[holder.kind] ?? 12) * 0.001;
          if (!best || score > best.score) best = { person, holder, match, rule: 'office-holder-on-date', score };
        }
      }
    });
    return best;
  }

  /** An untitled name: people with that family name, preferring those in office on the date in the article's countries. */
  linkByName(surface: string, countries: readonly string[], options: LinkOptions): PersonLink | null {
    return this.#memoised(`n\u0000${surface}\u0000${countries.join(',')}\u0000${options.singleToken}\u0000${options.leadersAbroad === true}`, () => this.#linkByName(surface, countries, options));
  }

  #linkByName(surface: string, countries: readonly string[], options: LinkOptions): PersonLink | null {
    const tokens = nameTokens(surface).filter((t) => t.length > 1);
    if (tokens.length === 0) return null;
    let best: PersonLink | null = null;
    const whole = tokens.join(' ');
    // Leaders of countries the article does not name that the surname fits: more than one, and it names none of them.
    let leadersAbroad = 0;
    for (const id of this.#cache.nameLeads(tokens)) {
      const offices = this.officesOn(id);
      const inOffice = offices.length > 0;
      // A lone surname is only trusted for someone in office in a country the article is about.
      if (options.singleToken && !inOffice) continue;
      // Out of office, only someone the surface names exactly: the rest cost a full record each and rarely win.
      if (!inOffice && this.#cache.labelKey(id) !== whole) continue;
      const office = [...offices].sort((a, b) => (KIND_RANK[a.kind] ?? 12) - (KIND_RANK[b.kind] ?? 12))[0] ?? null;
      const countryRank = office ? countries.indexOf(office.country) : -1;
      // A bare surname names a minister or leader of a country the article is about, not any ambassador called so;
      // a head of state or government in office is known by surname the world over ("Obama and Putin said"),
      // unless the word is also a common given name ("Abe", "Lee").
      const leader = options.leadersAbroad === true && office !== null && (KIND_RANK[office.kind] ?? 12) <= HEAD_RANK && !this.#cache.givenNames.has(whole);
      if (options.singleToken && (!office || (KIND_RANK[office.kind] ?? 12) > PROMINENT_RANK || (countryRank < 0 && !leader))) continue;
      if (options.singleToken && countryRank < 0) leadersAbroad++;
      const person = this.person(id);
      if (!person) continue;
      const match = this.#cache.match(surface, person);
      if (!match.familyMatched || match.score < 0.6) continue;
      // Without a title, only the name speaks for identity: another given name, or another spelling, is another person.
      if (match.wrongParts.length > 0) continue;
      const score =
        match.score * 0.7 + (inOffice ? 0.2 : 0) + (countryRank >= 0 ? 0.1 - countryRank * 0.01 : 0) - (office ? (KIND_RANK[office.kind] ?? 12) * 0.002 : 0.03);
      if (!best || score > best.score) best = { person, holder: office, match, rule: inOffice ? 'name-in-office-on-date' : 'name-search', score };
    }
    const abroad = best !== null && options.singleToken && best.holder !== null && !countries.includes(best.holder.country);
    return abroad && leadersAbroad > 1 ? null : best;
  }
}
