import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../kb/knowledge-base.js';
import { dataPath } from '../util/paths.js';
import { splitCameo } from '../kb/cameo.js';
import { normalizeName } from '../kb/normalize.js';
import type { Gazetteer, GazetteerHit } from './candidates/gazetteer.js';

/** Agents too vague to be an actor without a modifier ("the people", "the government" alone). */
const VAGUE_AGENTS = new Set(['people', 'media', 'administration', 'government', 'world', 'public', 'country', 'nation', 'state', 'party']);

/** Regions, seas and straits (data/places/regions.tsv): places with no one country. */
function loadRegions(): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of readFileSync(dataPath('places', 'regions.tsv'), 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const names = line.split('\t').map((n) => n.trim()).filter(Boolean);
    for (const n of names) out.set(normalizeName(n), names[0]!);
  }
  return out;
}

/** Bounded so a long batch cannot grow it without end; cleared whole when full (answers are cheap to recompute). */
const MAX_MEMO = 200_000;

/**
 * The KB as a gazetteer. Answers are memoised per (name, date): across a batch
 * the same names come back again and again, and each costs a few SQLite queries.
 */
export class KbGazetteer implements Gazetteer {
  readonly #kb: KnowledgeBase;
  readonly #memo = new Map<string, GazetteerHit | null>();
  readonly #isCountry: (c: string) => boolean;
  readonly #regions = loadRegions();

  constructor(kb: KnowledgeBase) {
    this.#kb = kb;
    const iso = new Set(kb.countries().map((c) => c.iso3));
    this.#isCountry = (c) => iso.has(c);
  }

  has(norm: string): boolean {
    return norm.length > 1;
  }

  lookup(text: string, date: string | null): GazetteerHit | null {
    const key = `${text}\u0000${date ?? ''}`;
    if (this.#memo.has(key)) return this.#memo.get(key) ?? null;
    if (this.#memo.size >= MAX_MEMO) this.#memo.clear();
    const hit = this.#find(text, date);
    this.#memo.set(key, hit);
    return hit;
  }

  #find(text: string, date: string | null): GazetteerHit | null {
    const kb = this.#kb;
    const norm = normalizeName(text);
    const region = this.#regions.get(norm.replace(/^the /, ''));
    if (region) return { type: 'LOC', kind: 'name', kbRef: `region:${normalizeName(region).replace(/ /g, '-')}`, country: null, seat: false, rule: 'kb-region' };
    const country = kb.countriesByName(text)[0];
    if (country) {
      const iso = country.country.iso3;
      if (country.kind === 'demonym') return { type: 'GPE', kind: 'demonym', kbRef: `country:${iso}`, country: iso, seat: false, rule: 'kb-country' };
      if (country.kind === 'city' || country.kind === 'capital') {
        return { type: 'GPE', kind: 'name', kbRef: `place:${normalizeName(text)}`, country: iso, seat: country.kind === 'capital', rule: 'kb-country' };
      }
      return { type: 'GPE', kind: 'name', kbRef: `country:${iso}`, country: iso, seat: false, rule: 'kb-country' };
    }
    const actor = kb.actorsByName(text, date ? { date } : {})[0];
    if (actor && actor.kind !== 'person') {
      const code = actor.codes[actor.codes.length - 1]?.code ?? '';
      const parts = splitCameo(code, this.#isCountry);
      const c = parts.country || null;
      switch (actor.kind) {
        case 'metonym':
          return { type: 'ORG', kind: 'metonym', kbRef: `actor:${actor.id}`, country: c, seat: false, rule: 'kb-metonym' };
        case 'agent':
          if (VAGUE_AGENTS.has(norm)) return null;
          return { type: 'AGENT', kind: 'agent', kbRef: `actor:${actor.id}`, country: c, seat: false, rule: 'kb-agent' };
        case 'country':
          return c ? { type: 'GPE', kind: 'name', kbRef: `country:${c}`, country: c, seat: false, rule: 'kb-country' } : null;
        default:
          return { type: 'ORG', kind: 'name', kbRef: `actor:${actor.id}`, country: c, seat: false, rule: 'kb-actor' };
      }
    }
    if (normalizeName(text).includes(' ')) {
      const person = kb.personsByExactName(text)[0];
      if (person) return { type: 'PERSON', kind: 'name', kbRef: `person:${person.id}`, country: null, seat: false, rule: 'kb-person' };
    }
    return null;
  }
}
