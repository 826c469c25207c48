import type { KnowledgeBase } from './knowledge-base.js';
import type { Actor, Holder, Resolution } from './model.js';
import { normalizeName, osaDistance } from './normalize.js';
import { TITLE_KINDS } from './post-kinds.js';
import { cameoOfOffice, splitCameo } from './cameo.js';

export interface ResolveOptions {
  /** The article's date, YYYY-MM-DD: offices and dated codes are taken on it. */
  readonly date?: string;
}

/**
 * The best actor for a short phrase, tried in order:
 *  1. the whole phrase as a known actor, metonym or country ("the Kremlin", "Japan");
 *  2. [country] title [Name] ("President Kassym-Jomart Tokayev", "Japanese Foreign Minister");
 *  3. a capitalised name alone, if it is a person the KB knows well enough;
 *  4. [quantity] [country word] … agent ("four Saudi men", "Dehli police",
 *     "a Somalia-based paramilitary group", "Congressional group").
 * A phrase with none of these ("a cat named Frank", "He") gets empty fields.
 */
export function resolvePhrase(kb: KnowledgeBase, text: string, options: ResolveOptions = {}): Resolution {
  const none: Resolution = { text, name: '', wikidata: '', country: '', sector: '', cameo: '', office: '', confidence: 0, rule: 'none' };
  // A phrase, not a text: beyond MAX_WORDS only the last words (where English puts the head) count,
  // which also bounds the work on adversarial input.
  const words = splitWords(text.length > 2000 ? text.slice(-2000) : text).slice(-MAX_WORDS);
  const content = dropLeading(words);
  if (content.length === 0) return none;
  // "us" and "Us" are the pronoun; "US" is the country.
  const only = content[0] ?? '';
  if (content.length === 1 && PRONOUNS.has(only.toLowerCase()) && only !== only.toUpperCase()) return none;
  const phrase = content.join(' ');
  const date = options.date;
  const isCountry = (c: string): boolean => kb.country(c) !== null;

  // 1. The phrase names an actor outright (also in the plural: "the Houthis").
  const lookups = [phrase, `the ${phrase}`, singular(normalizeName(phrase))];
  const actor = bestActor(lookups.flatMap((l) => kb.actorsByName(l, { date })));
  if (actor && actor.kind !== 'agent' && actor.kind !== 'person') {
    const code = actor.codes[actor.codes.length - 1]?.code ?? '';
    const parts = splitCameo(code, isCountry);
    return { ...none, name: actor.name, country: parts.country, sector: parts.sector, cameo: code, confidence: 0.9, rule: 'actor' };
  }
  const country = kb.countriesByName(phrase)[0];
  if (country) {
    return { ...none, name: country.country.name, country: country.country.iso3, cameo: country.country.cameo, confidence: 0.9, rule: 'country' };
  }
  // An institution one country names so ("the State Department" is the "US State Department").
  if (content.length >= 2 && content.every((w) => /^\p{Lu}/u.test(w))) {
    const code = kb.institutionByNoun(normalizeName(phrase), date);
    if (code) {
      const parts = splitCameo(code, isCountry);
      return { ...none, name: phrase, country: parts.country, sector: parts.sector, cameo: code, confidence: 0.8, rule: 'institution' };
    }
  }

  // 2. Country word, title, name.
  const titled = splitTitle(kb, content);
  if (titled) {
    const holder = titled.name ? personHolder(kb, titled.name, titled.country, titled.title, date) : null;
    if (holder) return fromHolder(text, holder.holder, holder.wikidata, holder.name, holder.confidence, 'titled-person');
    if (!titled.name && titled.country) {
      const h = kb.holders({ country: titled.country, post: titled.title, date })[0];
      if (h) return fromHolder(text, h, h.wikidata ?? '', h.name, date ? 0.85 : 0.6, 'title');
    }
    if (titled.name && titled.country) {
      return { ...none, name: titled.name, country: titled.country, sector: 'GOV', cameo: `${titled.country}GOV`, office: titled.title, confidence: 0.5, rule: 'titled-unknown' };
    }
  }

  // 3. A name alone: every word capitalised, at least two of them, or a family name in office on the date.
  if (content.every((w) => /^\p{Lu}/u.test(w))) {
    const found = personHolder(kb, phrase, null, null, date);
    if (found && (content.length >= 2 || found.confidence >= 0.9)) {
      return fromHolder(text, found.holder, found.wikidata, found.name, found.confidence, 'person');
    }
    const phoenixPerson = kb.actorsByName(phrase, { date }).find((a) => a.kind === 'person');
    if (phoenixPerson && content.length >= 2) {
      const code = phoenixPerson.codes[phoenixPerson.codes.length - 1]?.code ?? '';
      const parts = splitCameo(code, isCountry);
      return { ...none, name: phoenixPerson.name, country: parts.country, sector: parts.sector, cameo: code, confidence: 0.7, rule: 'phoenix-person' };
    }
  }

  // 4. Modifiers and a generic agent.
  return agentPhrase(kb, text, content, date, isCountry) ?? none;
}

const MAX_WORDS = 24;
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'us', 'i', 'you', 'him', 'her', 'them', 'me', 'his', 'hers', 'their', 'this', 'that', 'these', 'those', 'who', 'which']);
const DETERMINERS = new Set(['mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'mister', 'madam', 'sir', 'a', 'an', 'the', 'some', 'several', 'many', 'few', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'of', 'one', 'more', 'than', 'about', 'at', 'least', 'other', 'all', 'both']);

/** Words of the phrase, with quote marks trimmed (by a loop: a regex anchored at the end would be quadratic on long runs). */
function splitWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.trim().split(/[\s,;:!?()"“”]+/)) {
    let start = 0;
    let end = raw.length;
    while (start < end && QUOTES.has(raw[start] ?? '')) start++;
    while (end > start && QUOTES.has(raw[end - 1] ?? '')) end--;
    if (end > start) out.push(raw.slice(start, end));
  }
  return out;
}

const QUOTES = new Set(["'", '‘', '’']);

function dropLeading(words: string[]): string[] {
  let i = 0;
  while (i < words.length && (DETERMINERS.has((words[i] ?? '').toLowerCase()) || /^\d+$/.test(words[i] ?? ''))) i++;
  return words.slice(i);
}

/** Organisations and groups before people before generic agents; the dictionary's own order otherwise. */
function bestActor(actors: Actor[]): Actor | undefined {
  const rank = (a: Actor): number => (a.kind === 'organisation' || a.kind === 'igo' || a.kind === 'nonstate' ? 0 : a.kind === 'person' ? 1 : 2);
  return [...actors].sort((a, b) => rank(a) - rank(b) || a.id - b.id)[0];
}

interface Titled {
  country: string | null;
  title: string;
  name: string;
}

/** "Japanese Foreign Minister Toshimitsu Motegi" → JPN, "Foreign Minister", "Toshimitsu Motegi". */
function splitTitle(kb: KnowledgeBase, words: string[]): Titled | null {
  let i = 0;
  let country: string | null = null;
  for (let n = Math.min(3, words.length - 1); n >= 1 && !country; n--) {
    const c = kb.countriesByName(words.slice(0, n).join(' '))[0];
    if (c) {
      country = c.country.iso3;
      i = n;
    }
  }
  for (let n = Math.min(6, words.length - i); n >= 1; n--) {
    const title = words.slice(i, i + n).join(' ');
    const norm = normalizeName(title);
    if (TITLE_KINDS.has(norm) || EXTRA_TITLES.has(norm)) {
      return { country, title, name: words.slice(i + n).join(' ') };
    }
  }
  return null;
}

const EXTRA_TITLES = new Set(['secretary', 'minister', 'senator', 'ambassador', 'general', 'state councilor', 'state councillor', 'state councilor and foreign minister', 'director', 'spokesman', 'spokesperson', 'chairman', 'leader', 'sultan', 'emir', 'crown prince', 'supreme leader']);

/** The best person for a name, with the office that makes them fit (on the date, in the country, under the title). */
function personHolder(kb: KnowledgeBase, name: string, country: string | null, title: string | null, date?: string): { holder: Holder | null; wikidata: string; name: string; confidence: number } | null {
  const candidates = kb.search(name, { country: country ?? undefined, date, limit: 8, minScore: 0.8 });
  const kind = title ? TITLE_KINDS.get(normalizeName(title)) : undefined;
  const titleNorm = title ? normalizeName(title) : '';
  let best: { holder: Holder | null; wikidata: string; name: string; confidence: number; rank: number } | null = null;
  for (const c of candidates) {
    const offices = c.offices.filter((o) => (!country || o.country === country) && (!kind || o.kind === kind || (kind === 'head_of_government' && o.kind === 'head_of_state')));
    // How well the offices fit the title: its kind, its words ("Secretary" in "Secretary of Defense"), a top post at all.
    const fitting = [...offices].sort((a, b) => fit(b) - fit(a));
    const holder = fitting[0] ?? c.offices[0] ?? kb.officesOf(c.person.id).pop() ?? null;
    const rank = c.score + (holder ? fit(holder) : 0) + (offices.length > 0 && kind ? 0.1 : 0);
    if (!best || rank > best.rank) {
      best = { holder, wikidata: c.person.wikidata ?? '', name: c.person.name, confidence: Math.min(1, round(c.score - 0.05 + (offices.length > 0 ? 0.05 : 0))), rank };
    }
  }
  return best;

  function fit(h: Holder): number {
    let f = h.kind !== 'other' ? 0.02 : 0;
    if (titleNorm && normalizeName(h.post).includes(titleNorm)) f += 0.05;
    return f;
  }
}

function fromHolder(text: string, h: Holder | null, wikidata: string, name: string, confidence: number, rule: string): Resolution {
  if (!h) return { text, name, wikidata, country: '', sector: '', cameo: '', office: '', confidence, rule };
  return { text, name, wikidata, country: h.country, sector: h.sector, cameo: cameoOfOffice(h), office: h.post, confidence, rule };
}

/** "Dehli police", "four Saudi men", "a Somalia-based paramilitary group", "Congressional group". */
function agentPhrase(kb: KnowledgeBase, text: string, words: string[], date: string | undefined, isCountry: (c: string) => boolean): Resolution | null {
  const tokens = words.flatMap((w) => normalizeName(w).split(' ')).filter((t) => t.length > 0 && t !== 'based' && t !== 'led' && t !== 'backed');
  // The agent: the longest run of tokens naming one, rightmost first.
  let agent: { actor: Actor; from: number; to: number } | null = null;
  for (let len = Math.min(4, tokens.length); len >= 1 && !agent; len--) {
    for (let from = tokens.length - len; from >= 0 && !agent; from--) {
      const span = tokens.slice(from, from + len).join(' ');
      const found = [span, singular(span)].flatMap((s) => kb.actorsByName(s, { date })).find((a) => a.kind === 'agent');
      if (found) agent = { actor: found, from, to: from + len };
    }
  }
  // The country: a name, demonym or city among the other tokens, allowing one slip ("Dehli").
  let country: string | null = null;
  let orgSector = '';
  const rest = agent ? [...tokens.slice(0, agent.from), ...tokens.slice(agent.to)] : tokens;
  for (let len = Math.min(3, rest.length); len >= 1 && !country; len--) {
    for (let from = 0; from + len <= rest.length && !country; from++) {
      const span = rest.slice(from, from + len).join(' ');
      country = kb.countriesByName(span)[0]?.country.iso3 ?? fuzzyCountry(kb, span);
    }
  }
  // A person's name modifying an agent ("the Biden administration"): their country on the date.
  if (!country && agent) {
    const names = words.filter((w) => /^\p{Lu}/u.test(w) && !agent?.actor.aliases.concat(agent.actor.name).some((a) => normalizeName(a) === normalizeName(w)));
    if (names.length > 0) {
      const found = personHolder(kb, names.join(' '), null, null, date);
      if (found?.holder && found.confidence >= 0.9) country = found.holder.country;
    }
  }
  // An adjective of an institution that is itself an actor ("Congressional" → Congress → US Congress).
  if (!country) {
    for (const t of rest) {
      for (const noun of nounsOfAdjective(t)) {
        const org = kb.institutionByNoun(noun, date);
        if (org) {
          const parts = splitCameo(org, isCountry);
          country = parts.country || null;
          orgSector = parts.sector;
        }
        if (country) break;
      }
      if (country) break;
    }
  }
  if (!agent && !country) return null;
  const agentCode = agent?.actor.codes[0]?.code ?? '';
  const agentParts = agentCode ? splitCameo(agentCode, isCountry) : null;
  const sector = agentParts?.sector ?? '';
  const finalSector = orgSector && (!sector || sector === 'LEG' || !agent) ? orgSector : sector;
  // A country word and no known agent ("Iranian officials"): the country, without a sector.
  if (!agent && !orgSector) {
    return country ? { text, name: '', wikidata: '', country, sector: '', cameo: country, office: '', confidence: 0.5, rule: 'country-modifier' } : null;
  }
  const cameo = `${country ?? ''}${finalSector}`;
  return {
    text, name: agent?.actor.name ?? '', wikidata: '', country: country ?? '', sector: finalSector, cameo, office: '',
    confidence: country && agent ? 0.8 : 0.6, rule: 'agent',
  };
}

function singular(s: string): string {
  if (s.endsWith('ies')) return `${s.slice(0, -3)}y`;
  if (s.endsWith('men')) return `${s.slice(0, -3)}man`;
  if (s.endsWith('es') && /(s|x|ch|sh)es$/.test(s)) return s.slice(0, -2);
  if (s.endsWith('s') && !s.endsWith('ss')) return s.slice(0, -1);
  return s;
}

/** "congressional" → congress; "parliamentary" → parliament; "presidential" → president. */
function nounsOfAdjective(t: string): string[] {
  const out: string[] = [];
  if (t.endsWith('ional')) out.push(t.slice(0, -5), t.slice(0, -2));
  if (t.endsWith('ary')) out.push(t.slice(0, -3), t.slice(0, -1));
  if (t.endsWith('ial')) out.push(t.slice(0, -3), t.slice(0, -3) + 't');
  if (t.endsWith('al')) out.push(t.slice(0, -2));
  return out.filter((s) => s.length >= 4);
}

function fuzzyCountry(kb: KnowledgeBase, span: string): string | null {
  if (span.length < 5) return null;
  let best: string | null = null;
  for (const { norm, iso3 } of kb.countryNameKeys()) {
    if (Math.abs(norm.length - span.length) > 1 || norm[0] !== span[0]) continue;
    if (osaDistance(norm, span, 1) <= 1) {
      if (best && best !== iso3) return null;
      best = iso3;
    }
  }
  return best;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
