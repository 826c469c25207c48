import { classifyTitle } from '../../src/kb/post-kinds.js';
import { normalizeName, osaDistance, similarity, slug } from '../../src/kb/normalize.js';
import { parsePartialDate } from '../../src/kb/dates.js';
import type { OccupancyRecord, PersonRecord, PostRecord } from '../../src/kb/records.js';
import type { NameKind } from '../../src/kb/model.js';

/**
 * The KB while it is being built: persons, posts and occupancies gathered from
 * every source, with the lookups the readers need (a person by Wikidata id or by
 * name, a post by country and title). Output is sorted so a rebuild from the same
 * sources gives the same files.
 */
export class KbDraft {
  readonly persons = new Map<string, PersonRecord>();
  readonly posts = new Map<string, PostRecord>();
  readonly occupancies: OccupancyRecord[] = [];
  private readonly personByName = new Map<string, string>();
  private readonly postByQid = new Map<string, string>();
  readonly problems: string[] = [];

  /** countryNames gives a country's normalised names, so "President of Russia" is told from "President of the Sakha Republic". */
  constructor(private readonly countryNames: (iso3: string) => ReadonlySet<string> = () => new Set()) {}

  /** Find or add a person; without a Wikidata id the name decides (and a 'kb:' id is made). */
  person(input: { wikidata?: string | null; name: string; source: string; lang?: string }): string {
    const qid = input.wikidata && /^Q\d+$/.test(input.wikidata) ? input.wikidata : null;
    const key = normalizeName(input.name);
    let id = qid ?? this.personByName.get(key) ?? this.personByName.get(looseKey(input.name));
    if (!id) id = `kb:${slug(input.name)}`;
    let rec = this.persons.get(id);
    if (!rec) {
      rec = { id, wikidata: qid, name: input.name, names: [], readings: [], sources: [] };
      this.persons.set(id, rec);
    }
    this.addName(rec, input.name, input.lang ?? 'en', 'label', input.source);
    if (!rec.sources.includes(input.source)) rec.sources.push(input.source);
    if (!this.personByName.has(key)) this.personByName.set(key, id);
    const loose = looseKey(input.name);
    if (loose && !this.personByName.has(loose)) this.personByName.set(loose, id);
    return id;
  }

  findPersonByName(name: string): string | undefined {
    return this.personByName.get(normalizeName(name)) ?? this.personByName.get(looseKey(name));
  }

  addName(rec: PersonRecord, text: string, lang: string, kind: NameKind, source: string): void {
    const t = text.trim();
    if (!t) return;
    if (rec.names.some((n) => n[0] === t && n[1] === lang)) return;
    const k = rec.names.length === 0 ? 'label' : kind === 'label' ? 'alias' : kind;
    rec.names.push([t, lang, k, source]);
  }

  kindOf(title: string, country: string): string {
    return classifyTitle(title, country, this.countryNames(country)).kind;
  }

  /** Find or add a post; single-holder kinds share one post per country whatever the title. */
  post(input: { country: string; title: string; wikidata?: string | null }): string {
    const cls = classifyTitle(input.title, input.country, this.countryNames(input.country));
    // The same Wikidata position is the same post whatever its title says.
    const qid = input.wikidata && /^Q\d+$/.test(input.wikidata) ? input.wikidata : null;
    const sameQid = qid ? this.postByQid.get(`${input.country}|${qid}`) : undefined;
    const id = sameQid ?? (cls.kind !== 'other' && cls.single ? `${input.country}:${cls.kind}` : `${input.country}:${slug(input.title)}`);
    let rec = this.posts.get(id);
    if (!rec) {
      rec = {
        id, country: input.country, title: input.title, aliases: [], kind: cls.kind, sector: cls.sector,
        wikidata: null, single: cls.single,
      };
      this.posts.set(id, rec);
    }
    if (input.title !== rec.title && !rec.aliases.includes(input.title)) rec.aliases.push(input.title);
    if (qid && !rec.wikidata) rec.wikidata = qid;
    if (qid && !this.postByQid.has(`${input.country}|${qid}`)) this.postByQid.set(`${input.country}|${qid}`, id);
    return id;
  }

  occupancy(input: { person: string; post: string; start?: string | null; end?: string | null; source: string; where: string }): void {
    const start = input.start ? parsePartialDate(input.start) : null;
    const end = input.end ? parsePartialDate(input.end) : null;
    if (input.start && !start) this.problems.push(`${input.where}: bad start date '${input.start}'`);
    if (input.end && !end) this.problems.push(`${input.where}: bad end date '${input.end}'`);
    const rec: OccupancyRecord = { person: input.person, post: input.post, start: start?.date ?? null, end: end?.date ?? null, source: input.source };
    if (this.occupancies.some((o) => o.person === rec.person && o.post === rec.post && o.start === rec.start && o.end === rec.end && o.source === rec.source)) return;
    this.occupancies.push(rec);
  }

  /**
   * A person already holding the post who is the Factbook's holder spelled another
   * way: the family name (allowing one slip: Siphandon/Siphandone) is in their name,
   * and either all their name's words are in the new spelling ("Pedro Sánchez" in
   * "Pedro SANCHEZ PEREZ-CASTEJON"), or the given names agree ("Pedro …", "Salman of
   * Saudi Arabia"), or the rest of the names are alike ("Kasym-Zhomart" and
   * "Kassym-Jomart" — but "Hun Sen" is not "HUN MANET").
   */
  holderWithFamilyName(post: string, family: string, fullName: string): string | undefined {
    const fam = normalizeName(family).split(' ')[0] ?? '';
    const newTokens = normalizeName(fullName).split(' ');
    const given = newTokens[0];
    if (!fam) return undefined;
    const isFam = (t: string): boolean => t === fam || (fam.length >= 5 && osaDistance(t, fam, 1) <= 1);
    for (const o of this.occupancies) {
      if (o.post !== post) continue;
      const p = this.persons.get(o.person);
      if (!p) continue;
      const tokens = normalizeName(p.name).split(' ');
      if (!tokens.some(isFam)) continue;
      const rest = tokens.filter((t) => !isFam(t)).join('');
      const newRest = newTokens.filter((t) => !isFam(t)).join('');
      if (
        tokens.every((t) => newTokens.includes(t)) ||
        (tokens[0] === given && (!isFam(tokens[0] ?? '') || p.name.includes(' of '))) ||
        (rest.length > 0 && newRest.length > 0 && similarity(rest, newRest) >= 0.6)
      ) return p.id;
    }
    return undefined;
  }

  sortedPersons(): PersonRecord[] {
    return [...this.persons.values()].sort((a, b) => cmp(a.id, b.id));
  }
  sortedPosts(): PostRecord[] {
    return [...this.posts.values()].map((p) => ({ ...p, aliases: [...p.aliases].sort() })).sort((a, b) => cmp(a.id, b.id));
  }
  sortedOccupancies(): OccupancyRecord[] {
    return [...this.occupancies].sort(
      (a, b) => cmp(a.post, b.post) || cmp(a.start ?? '', b.start ?? '') || cmp(a.person, b.person) || cmp(a.source, b.source) || cmp(a.end ?? '', b.end ?? ''),
    );
  }
}

/** "Donald J. Trump" and "Donald Trump" meet on first and last word. */
function looseKey(name: string): string {
  const tokens = normalizeName(name).split(' ').filter((t) => t.length > 1);
  if (tokens.length < 2) return '';
  return `${tokens[0]} ${tokens[tokens.length - 1]}`;
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
