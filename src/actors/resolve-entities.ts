import { classifyTitle } from '../kb/post-kinds.js';
import { normalizeName } from '../kb/normalize.js';
import { cameoOfOffice } from '../kb/cameo.js';
import type { Candidate } from './candidates/types.js';
import { articleCountries, countriesBySentence } from './context.js';
import { newDraft, type EntityDraft } from './entity-builder.js';
import type { KbLinker, PersonLink } from './kb-link.js';
import { matchName } from './name-match.js';
import { countryWithArticle } from './name-checks.js';
import { PRONOUNS } from './title-words.js';
import { roleOfOrganisation } from './org-roles.js';
import { firstStartingAt } from '../util/sorted.js';

export interface Resolution {
  readonly drafts: readonly EntityDraft[];
  /** Each kept candidate with the draft it belongs to (null: an unresolved pronoun). */
  readonly assigned: ReadonlyMap<Candidate, EntityDraft | null>;
  /** Candidates to write with a narrower span. */
  readonly replacements: ReadonlyMap<Candidate, Candidate>;
  /**
   * A plural title's further persons ("the two foreign ministers" is Blinken and Motegi): the candidate itself is
   * assigned the first; each other one is written as a mention of the same span.
   */
  readonly alsoMeans: ReadonlyMap<Candidate, readonly EntityDraft[]>;
}

/** Normalised words of a surface, memoised for one article (the same surfaces are compared again and again). */
type Words = (surface: string) => string[];
function wordsMemo(): Words {
  const memo = new Map<string, string[]>();
  return (surface) => {
    let w = memo.get(surface);
    if (!w) {
      w = normalizeName(surface).split(' ');
      memo.set(surface, w);
    }
    return w;
  };
}

/** A same-article name shares given names with an earlier mention of the entity: strong evidence they are one person. */
function sharesGivenName(surface: string, draft: EntityDraft, words: Words): boolean {
  const tokens = words(surface);
  if (tokens.length < 2) return false;
  const given = tokens.slice(0, -1).join(' ');
  return draft.mentions.some((m) => {
    const t = words(m.candidate.text);
    return t.length >= 2 && t.slice(0, -1).join(' ') === given;
  });
}

function lastToken(surface: string, words: Words): string {
  const t = words(surface);
  return t[t.length - 1] ?? '';
}

function firstToken(surface: string, words: Words): string {
  return words(surface)[0] ?? '';
}


class Resolver {
  readonly drafts: EntityDraft[] = [];
  readonly assigned = new Map<Candidate, EntityDraft | null>();
  /** Candidates whose span the resolver narrowed (headline words after a name), with their narrowed form. */
  readonly replacements = new Map<Candidate, Candidate>();
  readonly alsoMeans = new Map<Candidate, EntityDraft[]>();
  readonly #byKey = new Map<string, EntityDraft>();
  readonly #countries: string[];
  readonly #countriesNear: (sentence: number) => string[];
  readonly #words = wordsMemo();
  readonly #norms = new Map<string, string>();
  /** Per draft, the last words of its mentions so far (mentions are only ever appended; #adopt keeps each one's text). */
  readonly #lastWords = new Map<EntityDraft, { counted: number; words: Set<string> }>();

  /** normalizeName, memoised for the article. */
  #norm(surface: string): string {
    let n = this.#norms.get(surface);
    if (n === undefined) {
      n = normalizeName(surface);
      this.#norms.set(surface, n);
    }
    return n;
  }

  /** Whether some mention of the draft ends in this word (lastToken), without rereading every mention each time. */
  #hasLastWord(d: EntityDraft, word: string): boolean {
    let entry = this.#lastWords.get(d);
    if (!entry) {
      entry = { counted: 0, words: new Set() };
      this.#lastWords.set(d, entry);
    }
    for (; entry.counted < d.mentions.length; entry.counted++) entry.words.add(lastToken(d.mentions[entry.counted]!.candidate.text, this.#words));
    return entry.words.has(word);
  }
  /** By person, then surface: no key string is built per look-up. */
  readonly #matches = new Map<string, Map<string, ReturnType<typeof matchName>>>();

  /** matchName, memoised for the article: the same surface meets the same people again and again. */
  #match(surface: string, person: NonNullable<EntityDraft['person']>): ReturnType<typeof matchName> {
    let bySurface = this.#matches.get(person.id);
    if (!bySurface) {
      bySurface = new Map();
      this.#matches.set(person.id, bySurface);
    }
    let m = bySurface.get(surface);
    if (!m) {
      m = matchName(surface, person);
      bySurface.set(surface, m);
    }
    return m;
  }

  constructor(
    readonly candidates: readonly Candidate[],
    readonly linker: KbLinker,
    readonly date: string | null,
    /** The article's text, for the words around a candidate. */
    readonly text: string,
  ) {
    this.#countries = articleCountries(candidates);
    this.#countriesNear = countriesBySentence(candidates, this.#countries);
  }

  #draft(key: string, make: () => EntityDraft): EntityDraft {
    let d = this.#byKey.get(key);
    if (!d) {
      d = make();
      this.#byKey.set(key, d);
      this.drafts.push(d);
    }
    return d;
  }

  #attach(c: Candidate, d: EntityDraft | null, wrongParts: PersonLink['match']['wrongParts'] = []): void {
    this.assigned.set(c, d);
    if (d) d.mentions.push({ candidate: c, wrongParts });
  }

  #personDraft(link: PersonLink, fallbackName: string): EntityDraft {
    const p = link.person;
    return this.#draft(`person:${p.id}`, () => {
      const d = newDraft(`person:${p.id}`, 'PERSON', p.name || fallbackName, { rule: link.rule, score: Math.min(1, link.score) });
      this.#fill(d, link);
      return d;
    });
  }

  /** The KB person's record on a draft: ids, the office on the date, country and codes. */
  #fill(d: EntityDraft, link: PersonLink): void {
    const p = link.person;
    d.name = p.name || d.name;
    d.link = { rule: link.rule, score: Math.min(1, link.score) };
    d.kbId = p.id;
    d.wikidata = p.wikidata;
    d.person = p;
    const offices = this.linker.officesOn(p.id);
    const holder = link.holder ?? offices[0] ?? null;
    d.holder = holder;
    if (holder) {
      d.country = holder.country;
      d.cameo = cameoOfOffice(holder);
      // A defence minister is a government official (GOV) whose code adds MIL: USAGOVMIL.
      d.sector = d.cameo.startsWith(holder.country) ? d.cameo.slice(holder.country.length, holder.country.length + 3) || holder.sector : holder.sector;
    }
  }

  /**
   * An unlinked person the article named by surname first ("Secretary Blinken’s Call with …" in a title) takes the
   * KB record a fuller name of theirs links to ("Antony J. Blinken" in the body), unless another draft holds it.
   */
  #adopt(d: EntityDraft, link: PersonLink): boolean {
    const key = `person:${link.person.id}`;
    if (this.#byKey.has(key)) return false;
    this.#byKey.set(key, d);
    this.#fill(d, link);
    for (let i = 0; i < d.mentions.length; i++) {
      const m = d.mentions[i]!;
      d.mentions[i] = { candidate: m.candidate, wrongParts: this.#match(m.candidate.text, link.person).wrongParts };
    }
    return true;
  }

  run(): Resolution {
    // Titled names first: an office on the article's date is the firmest anchor there is.
    for (const c of this.candidates) if (c.kind === 'name' && c.offices.length > 0) this.#titledName(c);
    for (const c of this.candidates) {
      if (this.assigned.has(c) || c.kind === 'pronoun' || c.kind === 'title') continue;
      if (c.type === 'PERSON' || c.type === null) this.#name(c);
    }
    for (const c of this.candidates) {
      if (this.assigned.has(c) || c.kind === 'pronoun' || c.kind === 'title') continue;
      if (c.type === 'ORG' || c.type === 'GPE' || c.type === 'LOC' || c.type === 'AGENT') this.#thing(c);
    }
    for (const c of this.candidates) if (c.kind === 'title') (c.plural ? this.#pluralTitle(c) : this.#title(c));
    // (A title whose span runs on into a list, "senator and", is not an actor of its own.)
    for (const c of this.candidates) if (c.kind === 'title' && c.country && !this.assigned.has(c) && /\p{L}$/u.test(c.text) && !/\s(and|or)$/.test(c.text)) this.#genericTitle(c, c.country);
    for (const c of this.candidates) if (c.kind === 'pronoun') this.#pronoun(c);
    for (const d of this.drafts) if (d.type === 'PERSON' && !d.cameo) this.#phoenixPerson(d);
    return { drafts: this.drafts.filter((d) => d.mentions.length > 0), assigned: this.assigned, replacements: this.replacements, alsoMeans: this.alsoMeans };
  }

  #titledName(c: Candidate): void {
    const countries = c.country ? [c.country] : this.#countriesNear(c.sentence);
    const link = this.linker.linkTitled(c.text, c.offices, countries);
    if (link) {
      this.#attach(c, this.#personDraft(link, c.text), link.match.wrongParts);
      return;
    }
    // Headlines capitalise every word: "German Foreign Minister Heiko Maas Opening Remarks". The holder's
    // name may be the first words only; the mention then shrinks to them.
    const words = [...c.text.matchAll(/\S+/g)];
    for (let n = words.length - 1; n >= 2; n--) {
      const last = words[n - 1]!;
      const end = c.start + last.index! + last[0].length;
      const text = c.text.slice(0, end - c.start);
      const shorter = this.linker.linkTitled(text, c.offices, countries);
      if (shorter) {
        const trimmed: Candidate = { ...c, end, text, rule: `${c.rule}+headline-trimmed` };
        this.replacements.set(c, trimmed);
        const d = this.#personDraft(shorter, text);
        this.assigned.set(c, d);
        d.mentions.push({ candidate: trimmed, wrongParts: shorter.match.wrongParts });
        return;
      }
    }
    // Not the holder on the date: the name itself may still be someone the KB knows.
    this.#name(c);
    const d = this.assigned.get(c);
    if (d && !d.description && c.title) d.description = c.title.text;
  }

  /** One word: a key with no space (memoised through the article's words). */
  #sole(surface: string): boolean {
    const w = this.#words(surface);
    return w.length === 1 && w[0] !== '';
  }

  #name(c: Candidate): void {
    const surface = c.text;
    const sole = this.#sole(surface);
    // Another mention of someone already met in the article?
    let best: { d: EntityDraft; score: number; wrong: PersonLink['match']['wrongParts'] } | null = null;
    for (const d of this.drafts) {
      if (d.type !== 'PERSON') continue;
      if (d.person) {
        const m = this.#match(surface, d.person);
        if (!m.familyMatched) continue;
        const shared = sharesGivenName(surface, d, this.#words);
        // Another given name is another person unless the article itself ties them ("Toshimichi Motegi" … "Toshimichi Shigeki").
        if (m.wrongParts.some((w) => w.part === 'given' && w.how === 'different') && !shared) continue;
        const score = m.score + (shared ? 0.15 : 0);
        if (score >= 0.65 && (!best || score > best.score)) best = { d, score, wrong: m.wrongParts };
      } else if (this.#hasLastWord(d, lastToken(surface, this.#words))) {
        if (!best || 0.7 > best.score) best = { d, score: 0.7, wrong: [] };
      } else if (sole && d.mentions.length > 0 && firstToken(d.name, this.#words) === firstToken(surface, this.#words) && !this.#sole(d.name)) {
        // "Daniel" after "Daniel Montalvo": a person the article named in full, called by the given name.
        if (!best || 0.6 > best.score) best = { d, score: 0.6, wrong: [] };
      }
    }
    if (best) {
      if (!best.d.person && !sole) {
        const link = this.linker.linkByName(surface, this.#countriesNear(c.sentence), { singleToken: false });
        if (link && this.#adopt(best.d, link)) {
          this.#attach(c, best.d, link.match.wrongParts);
          return;
        }
      }
      this.#attach(c, best.d, best.wrong);
      return;
    }
    const single = !normalizeName(surface).includes(' ');
    const countries = this.#countriesNear(c.sentence);
    // "went to the Moon": a word after "the" is no leader known by surname.
    const afterThe = /\bthe\s+$/i.test(this.text.slice(Math.max(0, c.start - 5), c.start));
    const link = this.linker.linkByName(surface, countries, { singleToken: single, leadersAbroad: !afterThe });
    if (link) {
      this.#attach(c, this.#personDraft(link, surface), link.match.wrongParts);
      return;
    }
    // Unknown to the KB: a person by its shape (two or more capitalised words), else not an actor we can name.
    const byContext = c.rule === 'capitalised-run-person-context' || c.rule === 'romanised-east-asian-name';
    if (c.type === 'PERSON' && !byContext && (!single || SINGLE_PERSON_RULES.has(c.rule))) {
      const key = `name:${normalizeName(surface)}`;
      const d = this.#draft(key, () => newDraft(key, 'PERSON', surface, { rule: 'not-in-kb', score: 0 }));
      if (c.title && !d.description) d.description = c.title.text;
      if (!d.country && c.country) d.country = c.country;
      this.#attach(c, d);
    } else if (!single && (byContext || (c.type === null && c.rule === 'capitalised-run'))) {
      // An unknown run of capitalised words is a person when it opens with a name people bear ("Nick Bos"), or
      // when its context says so ("said", after "mathematician"), not when it opens with a word like "National";
      // capitalised words before the given name ("Biologist Nick Bos") describe the person and are left out.
      const words = [...surface.matchAll(/\S+/g)];
      const given = words.findIndex((w) => this.linker.isGivenName(normalizeName(w[0])));
      if (!byContext && (given < 0 || words.length - given < 2)) return;
      const at = given > 0 && words.length - given >= 2 ? given : 0;
      let target = c;
      if (at > 0) {
        const start = c.start + words[at]!.index!;
        target = { ...c, start, text: c.text.slice(start - c.start), rule: `${c.rule}+descriptor-trimmed` };
        this.replacements.set(c, target);
      }
      const key = `name:${normalizeName(target.text)}`;
      const d = this.#draft(key, () => newDraft(key, 'PERSON', target.text, { rule: 'not-in-kb', score: 0 }));
      this.assigned.set(c, d);
      d.mentions.push({ candidate: target, wrongParts: [] });
    }
  }

  #thing(c: Candidate): void {
    // "Valeska Paris" … "Paris": after a person is named in full, their family name alone is them, not the city.
    // The same holds where the city would stand for its government ("Paris left the ship").
    const placeWord = ((c.type === 'GPE' || c.type === 'LOC') && c.kind === 'name') || c.rule === 'kb-metonym';
    if (placeWord && this.#sole(c.text)) {
      const word = normalizeName(c.text);
      const person = this.drafts.find(
        (d) => d.type === 'PERSON' && !this.#sole(d.name) && lastToken(d.name, this.#words) === word && d.mentions.some((m) => m.candidate.start < c.start),
      );
      if (person) {
        this.#attach(c, person);
        return;
      }
    }
    if (c.rule === 'leader-administration') {
      // "the Biden administration" stands for the government the leader heads.
      const leader = this.candidates.find((k) => k.start === c.start && k !== c && k.type === 'PERSON');
      const d = leader ? this.assigned.get(leader) : null;
      const iso = d?.country ?? null;
      if (iso) {
        this.#attach(c, this.#government(iso));
        return;
      }
    }
    if (c.kind === 'metonym' && c.rule === 'kb-metonym' && c.kbRef?.startsWith('place:') && c.country) {
      this.#attach(c, this.#government(c.country));
      return;
    }
    // A country's agents are its own: "Israeli troops" and "Egyptian troops" are two entities.
    const key = c.kbRef ? (c.type === 'AGENT' && c.country ? `${c.kbRef}@${c.country}` : c.kbRef) : `${c.type}:${normalizeName(c.text)}`;
    // "Communist Party" after "Chinese Communist Party": a shorter form of an organisation already named.
    if (c.type === 'ORG') {
      const norm = this.#norm(c.text);
      const longer = this.drafts.find((d) => d.type === 'ORG' && d.mentions.some((m) => this.#norm(m.candidate.text).endsWith(` ${norm}`)));
      if (longer) {
        this.#attach(c, longer);
        return;
      }
    }
    const d = this.#draft(key, () => {
      const type = c.type ?? 'ORG';
      const draft = newDraft(key, type, c.text, { rule: c.kbRef ? c.rule : 'not-in-kb', score: c.kbRef ? 0.85 : 0 });
      draft.kbId = c.kbRef;
      draft.country = c.country;
      if (c.kbRef?.startsWith('country:')) {
        const country = this.linker.country(c.kbRef.slice(8));
        if (country) {
          draft.name = country.name;
          draft.cameo = country.cameo;
        }
      } else if (!c.kbRef && c.country && type === 'ORG') {
        // An organisation the KB does not know, named after its country ("Latvian Constitutional Court"): LVAJUD.
        const role = roleOfOrganisation(c.text);
        draft.cameo = `${c.country}${role ?? ''}`;
        draft.sector = role;
      } else if (c.kbRef?.startsWith('agent:')) {
        // A generic agent the KB lacks ("officials"): its role, and its country when a country word gave one.
        const role = c.kbRef.slice(6);
        draft.cameo = `~${role}`;
        draft.sector = role;
      } else if (c.kbRef?.startsWith('actor:')) {
        // An agent keeps its role code (~MIL) with its country beside it: the events stage joins the country word
        // to the agent's span and codes the pair (ISRMIL), and reads its clause rules off that span.
        const code = this.linker.actorCode(c.text);
        draft.cameo = code;
        draft.sector = code?.startsWith('~') ? code.slice(1, 4) || null : null;
      }
      return draft;
    });
    this.#attach(c, d);
  }

  /**
   * A person no office codes on the date. A country's title in the text says whose official they are ("Russian
   * Foreign Minister Andrei Kozyrev" out of office on the date, or unknown to the KB), unless it is a former one;
   * else a Phoenix person entry of one of their full names codes them, on the date ("Desmond Tutu").
   */
  #phoenixPerson(d: EntityDraft): void {
    const titled = d.mentions.find((m) => m.candidate.country && m.candidate.offices.length > 0 && !this.#former(m.candidate))?.candidate;
    if (titled?.country && (!d.country || d.country === titled.country)) {
      const { cameo, role } = codeOfTitle(titled.offices[0]!, titled.country);
      d.cameo = cameo;
      d.country = titled.country;
      d.sector ??= role;
      return;
    }
    // A title naming whose office it is says what they are now ("NATO Secretary General Jens Stoltenberg"; the
    // events stage codes them by its organisation); a bare "President" leaves the dictionary to say whose.
    if (d.mentions.some((m) => this.#qualifiedTitle(m.candidate))) return;
    const names = [d.name, ...d.mentions.map((m) => m.candidate.text)].filter((n, i, all) => n.includes(' ') && all.indexOf(n) === i);
    for (const name of names) {
      const code = this.linker.personCode(name);
      if (!code) continue;
      const country = this.linker.country(code.slice(0, 3)) ? code.slice(0, 3) : null;
      d.cameo = code;
      d.country ??= country;
      d.sector ??= country ? code.slice(3, 6) || null : null;
      return;
    }
  }

  /** A title an organisation or country right before it says whose ("NATO Secretary General", "UN Envoy"). */
  #qualifiedTitle(c: Candidate): boolean {
    const title = c.title;
    if (!title) return false;
    if (c.country) return true;
    // The organisation ends right before the title, or runs into it ("UN Envoy" read as one KB name): a look at
    // the few candidates starting shortly before the title (candidates are sorted by start).
    for (let i = firstStartingAt(this.candidates, title.start) - 1; i >= 0 && this.candidates[i]!.start >= title.start - 80; i--) {
      const k = this.candidates[i]!;
      if ((k.type !== 'ORG' && k.type !== 'GPE') || k.end > title.end) continue;
      if (k.end > title.start || (title.start - k.end <= 3 && /^[\s'’s]*$/.test(this.text.slice(k.end, title.start)))) return true;
    }
    return false;
  }

  /** "former Foreign Minister X", "ex-President X": the title is not theirs now. */
  #former(c: Candidate): boolean {
    const from = Math.min(c.start, c.title?.start ?? c.start);
    return /\b(former|ex-|late|then)\s*$/i.test(this.text.slice(Math.max(0, from - 12), from)) || /^(former|ex-)/i.test(c.title?.text ?? '');
  }

  #government(iso: string): EntityDraft {
    return this.#draft(`gov:${iso}`, () => {
      const country = this.linker.country(iso);
      const d = newDraft(`gov:${iso}`, 'ORG', `Government of ${countryWithArticle(country?.name ?? iso)}`, { rule: 'seat-of-power', score: 0.8 });
      d.kbId = `country:${iso}`;
      d.country = iso;
      d.sector = 'GOV';
      d.cameo = `${country?.cameo ?? iso}GOV`;
      return d;
    });
  }

  #title(c: Candidate): void {
    const office = c.offices[0] ?? '';
    const kind = classifyTitle(office).kind;
    const head = office.toLowerCase().split(/\s+/).pop() ?? '';
    // The most recent person of the article who holds such an office; for a generic title ("the Secretary"),
    // the most recent person introduced with that title word ("Secretary Blinken").
    const before = this.candidates.filter((k) => k.start < c.start && this.assigned.get(k)?.type === 'PERSON' && k.kind !== 'pronoun');
    const titledSo = (k: Candidate, d: EntityDraft) =>
      (k.title !== null && k.title.text.toLowerCase().split(/\s+/).includes(head)) || (d.holder?.post.toLowerCase().split(/\s+/).includes(head) ?? false);
    // Two passes: first someone whose own title has the word ("the Foreign Minister" is Ashkenazi, the Foreign
    // Minister, not Blinken, the Secretary of State, though both run foreign affairs), then anyone of the kind.
    for (const wordsToo of kind === 'other' ? [true] : [true, false]) {
      for (let i = before.length - 1; i >= 0; i--) {
        const k = before[i]!;
        const d = this.assigned.get(k)!;
        const h = d.holder;
        if (kind === 'other') {
          if (k.title && k.title.text.toLowerCase().split(/\s+/).includes(head)) {
            this.#attach(c, d);
            return;
          }
          continue;
        }
        if (!h || (c.country && h.country !== c.country)) continue;
        if (h.kind === kind && (!wordsToo || titledSo(k, d))) {
          this.#attach(c, d);
          return;
        }
      }
    }
    // A generic title no one in the article bears is left unresolved rather than guessed across the world's posts.
    if (!this.date || c.plural || kind === 'other') return;
    const countries = c.country ? [c.country] : this.#countriesNear(c.sentence).slice(0, 1);
    for (const country of countries) {
      for (const office of c.offices) {
        const holder = this.linker.holders(country, office)[0];
        const person = holder ? this.linker.person(holder.personId) : null;
        if (holder && person) {
          this.#attach(c, this.#personDraft({ person, holder, match: { score: 1, familyMatched: true, wrongParts: [] }, rule: 'title-holder-on-date', score: 0.7 }, person.name));
          return;
        }
      }
    }
  }

  /**
   * "A French minister", "Iraq's national security advisor", "Rwandan officers": a country's title that names no one
   * the article or the KB knows is still an actor of that country, coded country + role (FRAGOV, RWAMIL). One
   * entity per country and title, so "the French minister" later is the same one.
   */
  #genericTitle(c: Candidate, country: string): void {
    const office = c.offices[0] ?? c.title?.text ?? c.text;
    const { cameo, role } = codeOfTitle(office, country);
    const key = `generic:${country}:${normalizeName(office)}`;
    const d = this.#draft(key, () => {
      const draft = newDraft(key, 'AGENT', c.text, { rule: 'generic-title', score: 0.6 });
      draft.country = country;
      draft.cameo = cameo;
      draft.sector = role;
      draft.description = office;
      return draft;
    });
    this.#attach(c, d);
  }

  /**
   * "The two foreign ministers", "the leaders": the persons named before it who hold such an office on the date,
   * when the article leaves no doubt: as many as the count says, or at least two when it gives none.
   */
  #pluralTitle(c: Candidate): void {
    const office = c.offices[0] ?? '';
    const kinds = office === 'leader' ? LEADER_KINDS : new Set([classifyTitle(office).kind]);
    if (kinds.has('other')) return;
    const people: EntityDraft[] = [];
    for (const k of this.candidates) {
      if (k.start >= c.start) break;
      const d = this.assigned.get(k);
      if (!d || d.type !== 'PERSON' || k.kind === 'pronoun' || k.plural || people.includes(d)) continue;
      if (d.holder && kinds.has(d.holder.kind)) people.push(d);
    }
    const count = Number(/-(\d)$/.exec(c.rule)?.[1] ?? 0);
    if (count ? people.length !== count : people.length < 2) return;
    this.#attach(c, people[0]!);
    for (const d of people.slice(1)) d.mentions.push({ candidate: c, wrongParts: [] });
    this.alsoMeans.set(c, people.slice(1));
  }

  #pronoun(c: Candidate): void {
    const info = PRONOUNS[c.text.toLowerCase()];
    const persons = this.#personMentions();
    // "In his remarks, Blinken …": a possessive opening the sentence points forward to its subject.
    const lower = c.text.toLowerCase();
    if (info && (lower === 'his' || lower === 'her') && this.#firstOfSentence.get(c.sentence) === c) {
      const after = persons.find((k) => k.sentence === c.sentence && k.start > c.end);
      if (after) {
        this.#attach(c, this.assigned.get(after)!);
        return;
      }
    }
    let best: { d: EntityDraft; score: number } | null = null;
    // Persons before the pronoun, nearest first, no further back than three sentences.
    for (let i = firstStartingAt(persons, c.start) - 1; i >= 0; i--) {
      const k = persons[i]!;
      if (k.sentence < c.sentence - 3 || k.sentence < 0) break;
      const d = this.assigned.get(k)!;
      const distance = c.sentence - k.sentence;
      const subject = this.#firstPersonOfSentence.get(k.sentence) === k;
      const score = 3 - distance + (subject ? 0.5 : 0) + Math.min(1, d.mentions.length * 0.1) + k.start / 1e9;
      if (!best || score > best.score) best = { d, score };
    }
    this.#attach(c, best?.d ?? null);
  }

  #persons: Candidate[] | null = null;
  readonly #firstPersonOfSentence = new Map<number, Candidate>();
  readonly #firstOfSentence = new Map<number, Candidate>();

  /** Mentions resolved to persons, in text order (computed once, after names are resolved). */
  #personMentions(): Candidate[] {
    if (!this.#persons) {
      this.#persons = this.candidates.filter((k) => k.kind !== 'pronoun' && this.assigned.get(k)?.type === 'PERSON');
      for (const k of this.#persons) if (!this.#firstPersonOfSentence.has(k.sentence)) this.#firstPersonOfSentence.set(k.sentence, k);
      for (const k of this.candidates) if (!this.#firstOfSentence.has(k.sentence)) this.#firstOfSentence.set(k.sentence, k);
    }
    return this.#persons;
  }
}

/** The code a country's title gives its bearer: the post's (FRAGOV, USAGOVMIL), or a rank's role (GHACOP). */
function codeOfTitle(office: string, country: string): { cameo: string; role: string } {
  const post = classifyTitle(office, country);
  const role = roleOfTitle(office) ?? post.sector;
  return { cameo: role === post.sector ? cameoOfOffice({ country, sector: post.sector, kind: post.kind }) : `${country}${role}`, role };
}

/** Title words whose holder is not a civilian official: the army's and the police's ranks. */
const MILITARY_TITLE = /\b(general|commander|colonel|admiral|brigadier|lieutenant|major|marshal|captain|sergeant|officer)\b/;

/** The role a title's words give beyond its post class: police (COP) and military (MIL) ranks; null for the post's own. */
function roleOfTitle(office: string): string | null {
  const t = normalizeName(office);
  if (/\bpolice\b/.test(t)) return 'COP';
  if (/\b(army|military)\b/.test(t) || (MILITARY_TITLE.test(t) && !/\b(secretary|attorney|surgeon|inspector|consul|director|postmaster|governor)[ -]general\b/.test(t))) return 'MIL';
  return null;
}

/** What "the leaders" stands for. */
const LEADER_KINDS: ReadonlySet<string> = new Set(['head_of_state', 'head_of_government']);

/** Rules whose one-word name is a person's even unknown to the KB: a title, a leader's administration, a given name. */
const SINGLE_PERSON_RULES = new Set(['titled-name', 'honorific-name', 'leader-of-administration', 'given-name-word', 'family-name-word']);

/** Cluster mentions into entities and link them to the KB on the article's date. */
export function resolveEntities(candidates: readonly Candidate[], linker: KbLinker, date: string | null, text: string): Resolution {
  return new Resolver(candidates, linker, date, text).run();
}
