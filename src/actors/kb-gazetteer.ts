import { readFileSync } from 'node:fs';
import type { Actor } from '../kb/model.js';
import { codeOn, Memo, type KbCache } from './kb-cache.js';
import { dataPath } from '../util/paths.js';
import { splitCameo } from '../kb/cameo.js';
import { normalizeName } from '../kb/normalize.js';
import { wordPrefixes } from '../kb/knowledge-base.js';
import type { Gazetteer, GazetteerHit } from './candidates/gazetteer.js';
import { namesGroup } from './phoenix-groups.js';
import { EXTRA_AGENTS } from './agent-words.js';

/** Agents too vague to be an actor without a modifier ("the people", "the government" alone). */
const VAGUE_AGENTS = new Set(['people', 'media', 'administration', 'government', 'world', 'public', 'country', 'nation', 'state', 'party']);

/** Regions, seas and straits (data/places/regions.tsv): places with no one country; "+" marks a word for their people. */
function loadRegions(): Map<string, { readonly name: string; readonly people: boolean }> {
  const out = new Map<string, { name: string; people: boolean }>();
  for (const line of readFileSync(dataPath('places', 'regions.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const names = line.split('\t').map((n) => n.trim()).filter(Boolean);
    for (const n of names) out.set(normalizeName(n.replace(/^\+/, '')), { name: names[0]!, people: n.startsWith('+') });
  }
  return out;
}

/** States, provinces and territories (data/places/subdivisions.tsv), by key: their name and country. */
function loadSubdivisions(): Map<string, { readonly name: string; readonly country: string }> {
  const out = new Map<string, { name: string; country: string }>();
  for (const line of readFileSync(dataPath('places', 'subdivisions.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [name, country, ...others] = line.split('\t').map((n) => n.trim());
    if (!name || !country) continue;
    for (const n of [name, ...others]) if (n) out.set(normalizeName(n), { name, country });
  }
  return out;
}

/** Country names and demonyms the KB lacks (data/places/country-words.tsv), by key. */
function loadCountryWords(): Map<string, { readonly text: string; readonly country: string; readonly demonym: boolean }> {
  const out = new Map<string, { text: string; country: string; demonym: boolean }>();
  for (const line of readFileSync(dataPath('places', 'country-words.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [text, country, kind] = line.split('\t').map((n) => n.trim());
    if (text && country) out.set(normalizeName(text), { text, country, demonym: kind === 'demonym' });
  }
  return out;
}

/**
 * Keys of the KB's names that open with "the" ("the islamic state"), by the rest ("islamic state"). Only names of
 * two words or more: "the foundation" without its article is any foundation.
 */
function withoutThe(names: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const n of names) if (n.startsWith('the ') && n.indexOf(' ', 4) > 0) out.set(n.slice(4), n);
  return out;
}

/** What a name is, whatever the date: a country or place, or the KB actors of that name. */
type Entry = { readonly hit: GazetteerHit } | { readonly actors: readonly Actor[] } | { readonly person: GazetteerHit } | null;

/**
 * The KB as a gazetteer. Answers are memoised per name for the whole run (the
 * same names come back in article after article); only the choice of an
 * actor's code depends on the article's date, and that is made in memory.
 */
export class KbGazetteer implements Gazetteer {
  readonly #cache: KbCache;
  readonly #memo = new Memo<Entry>(200_000);
  readonly #isCountry: (c: string) => boolean;
  readonly #regions = loadRegions();
  readonly #subdivisions = loadSubdivisions();
  readonly #countryWords = loadCountryWords();
  /** "Islamic State" for the KB's "The Islamic State": news drops the article before a capitalised name. */
  readonly #bare: ReadonlyMap<string, string>;
  readonly #others: ReadonlySet<string>;
  readonly #regionWords: { readonly firstWords: Set<string>; readonly prefixes: Set<string> };

  constructor(cache: KbCache) {
    this.#cache = cache;
    const iso = new Set(cache.kb.countries().map((c) => c.iso3));
    this.#isCountry = (c) => iso.has(c);
    this.#bare = withoutThe(cache.keys.names);
    // Every name of the lists beside the KB's, in one set: a scan asks it once per n-gram.
    this.#others = new Set([...this.#regions.keys(), ...this.#subdivisions.keys(), ...this.#countryWords.keys(), ...this.#bare.keys(), ...EXTRA_AGENTS.keys(), ...cache.extraNames]);
    this.#regionWords = wordPrefixes(this.#others);
  }

  startsName(word: string): boolean {
    const first = this.#cache.keys.firstWords;
    if (first.has(word) || this.#regionWords.firstWords.has(word)) return true;
    // A plural ("Afghans") by its singular, sliced only when the word itself starts nothing.
    if (word.length <= 3 || !word.endsWith('s')) return false;
    const singular = word.slice(0, -1);
    return first.has(singular) || this.#countryWords.has(singular);
  }

  extendsName(norm: string): boolean {
    if (norm === 'the') return true;
    const bare = norm.startsWith('the ') ? norm.slice(4) : norm;
    return this.#cache.keys.prefixes.has(bare) || this.#regionWords.prefixes.has(bare);
  }

  has(norm: string): boolean {
    if (norm.length < 2) return false;
    const names = this.#cache.keys.names;
    if (names.has(norm) || this.#others.has(norm)) return true;
    // "Afghans", "South Koreans": a plural demonym, looked up by its singular.
    if (norm.length > 3 && norm.endsWith('s')) {
      const singular = norm.slice(0, -1);
      if (names.has(singular) || this.#countryWords.get(singular)?.demonym === true) return true;
    }
    if (!norm.startsWith('the ')) return false;
    const bare = norm.slice(4);
    return names.has(bare) || this.#regions.has(bare);
  }

  lookup(text: string, date: string | null): GazetteerHit | null {
    const entry = this.#memo.get(text, () => this.#entry(text));
    if (entry === null) return null;
    if ('hit' in entry) return entry.hit;
    if ('person' in entry) return entry.person;
    for (const actor of entry.actors) {
      const code = codeOn(actor, date);
      if (code) return this.#actorHit(actor, code);
    }
    return null;
  }

  #entry(text: string): Entry {
    const kb = this.#cache.kb;
    const norm = normalizeName(text);
    const region = this.#regions.get(norm.replace(/^the /, ''));
    if (region) {
      // "West Africans", "European": the region's people, a demonym of no country (no actor, no person).
      const kind = region.people ? 'demonym' : 'name';
      return { hit: { type: 'LOC', kind, kbRef: `region:${normalizeName(region.name).replace(/ /g, '-')}`, country: null, seat: false, rule: 'kb-region' } };
    }
    const country = kb.countriesByName(text)[0];
    // "Alaska", "Ontario": the KB files a state as another name of its country; it is a place of its own in it.
    const subdivision = this.#subdivisions.get(norm);
    if (subdivision && (!country || country.kind === 'alias')) {
      return { hit: { type: 'GPE', kind: 'name', kbRef: `place:${normalizeName(subdivision.name)}`, country: subdivision.country, seat: false, rule: 'kb-country' } };
    }
    if (!country) {
      const word = this.#countryWord(text, norm);
      if (word) return { hit: word };
    }
    if (country) {
      const iso = country.country.iso3;
      if (country.kind === 'demonym') return { hit: { type: 'GPE', kind: 'demonym', kbRef: `country:${iso}`, country: iso, seat: false, rule: 'kb-country' } };
      if (country.kind === 'city' || country.kind === 'capital') {
        return { hit: { type: 'GPE', kind: 'name', kbRef: `place:${norm}`, country: iso, seat: country.kind === 'capital', rule: 'kb-country' } };
      }
      return { hit: { type: 'GPE', kind: 'name', kbRef: `country:${iso}`, country: iso, seat: false, rule: 'kb-country' } };
    }
    if (norm.length > 3 && norm.endsWith('s')) {
      // The people of a nation ("Afghans", "Saudis"): only a demonym's plural, never another name minus its s.
      const singular = kb.countriesByName(text.slice(0, -1))[0];
      // Some demonyms come filed as aliases ("Saudi", "Filipino", "South Korean"): their endings tell them.
      if (singular && (singular.kind === 'demonym' || (singular.kind === 'alias' && /(an|i|ino)$/.test(norm.slice(0, -1))))) {
        const iso = singular.country.iso3;
        return { hit: { type: 'GPE', kind: 'demonym', kbRef: `country:${iso}`, country: iso, seat: false, rule: 'kb-country', plural: true } };
      }
    }
    const bare = this.#bare.get(norm);
    const named = this.#cache.actors(text);
    const found = named.length > 0 || !bare ? named : this.#cache.actors(bare);
    // Groups the Phoenix country files list among people ("The Islamic State") are organisations all the same.
    const actors = found.filter((a) => (a.kind !== 'person' || namesGroup(a, text)) && !(a.kind === 'agent' && VAGUE_AGENTS.has(norm)));
    if (actors.length > 0) return { actors };
    const role = EXTRA_AGENTS.get(norm);
    if (role) return { hit: { type: 'AGENT', kind: 'agent', kbRef: `agent:${role}`, country: null, seat: false, rule: 'kb-agent' } };
    if (norm.includes(' ')) {
      const person = kb.personsByExactName(text)[0];
      if (person) return { person: { type: 'PERSON', kind: 'name', kbRef: `person:${person.id}`, country: null, seat: false, rule: 'kb-person' } };
    }
    return null;
  }

  /** A country word of data/places ("Serb", "Serbs", "UK"); a short name only as written, so "uk" is no country. */
  #countryWord(text: string, norm: string): GazetteerHit | null {
    const exact = this.#countryWords.get(norm);
    if (exact && (norm.length > 3 || text === exact.text)) {
      return { type: 'GPE', kind: exact.demonym ? 'demonym' : 'name', kbRef: `country:${exact.country}`, country: exact.country, seat: false, rule: 'kb-country' };
    }
    const singular = norm.length > 3 && norm.endsWith('s') ? this.#countryWords.get(norm.slice(0, -1)) : undefined;
    if (singular?.demonym) {
      return { type: 'GPE', kind: 'demonym', kbRef: `country:${singular.country}`, country: singular.country, seat: false, rule: 'kb-country', plural: true };
    }
    return null;
  }

  #actorHit(actor: Actor, code: string): GazetteerHit | null {
    const parts = splitCameo(code, this.#isCountry);
    const c = parts.country || null;
    switch (actor.kind) {
      case 'metonym':
        return { type: 'ORG', kind: 'metonym', kbRef: `actor:${actor.id}`, country: c, seat: false, rule: 'kb-metonym' };
      case 'agent':
        return { type: 'AGENT', kind: 'agent', kbRef: `actor:${actor.id}`, country: c, seat: false, rule: 'kb-agent' };
      case 'country':
        return c ? { type: 'GPE', kind: 'name', kbRef: `country:${c}`, country: c, seat: false, rule: 'kb-country' } : null;
      default:
        return { type: 'ORG', kind: 'name', kbRef: `actor:${actor.id}`, country: c, seat: false, rule: 'kb-actor' };
    }
  }
}
