import type { KnowledgeBase } from '../kb/knowledge-base.js';
import type { Holder, Person } from '../kb/model.js';
import { matchName, personParts, type NameMatch } from './name-match.js';
import { KIND_RANK } from './entity-builder.js';

export interface PersonLink {
  readonly person: Person;
  readonly holder: Holder | null;
  readonly match: NameMatch;
  readonly rule: string;
  readonly score: number;
}

/**
 * Memoised KB look-ups for one article: the same title or surname comes back
 * many times, and each answer depends only on (text, country, date).
 */
export class KbLinker {
  readonly #kb: KnowledgeBase;
  readonly #date: string | null;
  readonly #persons = new Map<string, Person | null>();
  readonly #holders = new Map<string, Holder[]>();

  constructor(kb: KnowledgeBase, date: string | null) {
    this.#kb = kb;
    this.#date = date;
  }

  get kb(): KnowledgeBase {
    return this.#kb;
  }

  person(id: string): Person | null {
    if (!this.#persons.has(id)) this.#persons.set(id, this.#kb.personById(id));
    return this.#persons.get(id) ?? null;
  }

  /** Holders of an office in a country on the article's date (every holder ever when `ever`). */
  holders(country: string, office: string, ever = false): Holder[] {
    const key = `${country}\u0000${office}\u0000${ever}`;
    let h = this.#holders.get(key);
    if (!h) {
      h = this.#kb.holders({ country, post: office, ...(ever || !this.#date ? {} : { date: this.#date }) });
      this.#holders.set(key, h);
    }
    return h;
  }

  /**
   * A titled name: the holder of the office on the date whose name the surface
   * matches best, across the title's country or, for a bare title, the article's countries.
   */
  linkTitled(surface: string, offices: readonly string[], countries: readonly string[]): PersonLink | null {
    if (!this.#date) return null;
    let best: PersonLink | null = null;
    countries.forEach((country, rank) => {
      for (const office of offices) {
        for (const holder of this.holders(country, office)) {
          const person = this.person(holder.personId);
          if (!person) continue;
          const match = matchName(surface, person);
          if (!match.familyMatched) continue;
          // Earlier-ranked countries (the title's own, then the article's most named) win ties.
          const score = match.score - rank * 0.01 - (KIND_RANK[holder.kind] ?? 12) * 0.001;
          if (!best || score > best.score) best = { person, holder, match, rule: 'office-holder-on-date', score };
        }
      }
    });
    return best;
  }

  /** An untitled name: KB search, preferring people in office on the date in the article's countries. */
  linkByName(surface: string, countries: readonly string[], options: { singleToken: boolean }): PersonLink | null {
    const found = this.#kb.search(surface, { ...(this.#date ? { date: this.#date } : {}), limit: 8, minScore: 0.7 });
    let best: PersonLink | null = null;
    for (const c of found) {
      const match = matchName(surface, c.person, personParts(c.person));
      if (!match.familyMatched) continue;
      const inOffice = c.offices.length > 0;
      const office = [...c.offices].sort((a, b) => (KIND_RANK[a.kind] ?? 12) - (KIND_RANK[b.kind] ?? 12))[0] ?? null;
      const countryRank = office ? countries.indexOf(office.country) : -1;
      // A lone surname is only trusted for someone in office in a country the article is about.
      if (options.singleToken && (!inOffice || countryRank < 0)) continue;
      if (match.wrongParts.some((w) => w.how === 'different') && !inOffice) continue;
      const score =
        match.score * 0.7 + (inOffice ? 0.2 : 0) + (countryRank >= 0 ? 0.1 - countryRank * 0.01 : 0) - (office ? (KIND_RANK[office.kind] ?? 12) * 0.002 : 0.03);
      if (!best || score > best.score) best = { person: c.person, holder: office, match, rule: inOffice ? 'name-in-office-on-date' : 'name-search', score };
    }
    return best;
  }
}
