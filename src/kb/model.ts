/**
 * The knowledge base's typed model. Every fact carries the source it came from,
 * so a caller (and an editor reading a name check) can say why the KB believes it.
 */

/** How precise a date is: Wikidata precision 9 = year, 10 = month, 11 = day. */
export type DatePrecision = 'year' | 'month' | 'day';

/** An ISO date cut to its precision: 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD'. */
export type PartialDate = string;

/** What a post is, so "Foreign Minister" in any country finds the right office. */
export type PostKind =
  | 'head_of_state'
  | 'head_of_government'
  | 'deputy_head_of_state'
  | 'deputy_head_of_government'
  | 'foreign'
  | 'defence'
  | 'finance'
  | 'interior'
  | 'justice'
  | 'national_security'
  | 'legislature'
  | 'judiciary'
  | 'other';

/** CAMEO sector codes used for posts and agents. */
export type Sector = 'GOV' | 'MIL' | 'LEG' | 'JUD' | 'COP' | 'ELI' | 'OPP' | 'PPL' | string;

export type NameKind = 'label' | 'alias' | 'native' | 'reading' | 'transliteration';

export interface PersonName {
  readonly text: string;
  /** BCP 47-ish language tag ('en', 'ja', 'zh-Hans', …); '' when unknown. */
  readonly lang: string;
  readonly kind: NameKind;
  /** For native names: the family and given parts apart. */
  readonly family?: string;
  readonly given?: string;
  readonly source: string;
}

/** Readings or transliterations of one native name, family and given part apart. */
export interface NameReadings {
  readonly native: string;
  readonly lang: string;
  readonly family: string;
  readonly given: string;
  /** Latin spellings of the family name (e.g. 茂木 → Motegi, Mogi, Shigeki). */
  readonly familyReadings: readonly string[];
  readonly givenReadings: readonly string[];
}

export interface Person {
  /** Wikidata id (Q…) or, for people no source identifies, 'kb:' plus a slug of the name. */
  readonly id: string;
  readonly wikidata: string | null;
  readonly name: string;
  readonly names: readonly PersonName[];
  readonly readings: readonly NameReadings[];
  readonly sources: readonly string[];
}

export interface Post {
  readonly id: string;
  /** ISO 3166 alpha-3 for states; a CAMEO IGO code (e.g. 'IGOUNO') for international organisations. */
  readonly country: string;
  readonly title: string;
  readonly aliases: readonly string[];
  readonly kind: PostKind;
  readonly sector: Sector;
  readonly wikidata: string | null;
  /** Whether one person holds it at a time (so a later holder's start ends an open term). */
  readonly single: boolean;
}

export interface Occupancy {
  readonly personId: string;
  readonly postId: string;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
  readonly startPrecision: DatePrecision | null;
  readonly endPrecision: DatePrecision | null;
  /** True when the end was not in the source but inferred from the next holder's start. */
  readonly endInferred: boolean;
  readonly source: string;
}

/** One holder of a post, as `kb holders` reports it. */
export interface Holder {
  readonly name: string;
  readonly wikidata: string | null;
  readonly personId: string;
  readonly post: string;
  readonly postId: string;
  readonly country: string;
  readonly kind: PostKind;
  readonly sector: Sector;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
  readonly endInferred: boolean;
  readonly source: string;
}

export type CountryNameKind = 'name' | 'demonym' | 'alias' | 'city' | 'capital';

export interface Country {
  readonly iso3: string;
  readonly iso2: string | null;
  readonly cameo: string;
  readonly name: string;
  readonly names: readonly { readonly text: string; readonly kind: CountryNameKind }[];
  readonly source: string;
}

/** A date-limited CAMEO code from Phoenix ("[JPNGOV 091001-]"). */
export interface CodeSpan {
  readonly code: string;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
}

export type ActorKind = 'country' | 'person' | 'organisation' | 'igo' | 'nonstate' | 'agent' | 'metonym';

/** A Phoenix dictionary entry: a named actor (organisation, group, person) or a generic agent. */
export interface Actor {
  readonly id: number;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: ActorKind;
  readonly codes: readonly CodeSpan[];
  readonly source: string;
}

/** A search candidate with a score in [0, 1]. */
export interface SearchCandidate {
  readonly person: Person;
  readonly score: number;
  /** The name of the person that matched best, and how. */
  readonly matched: string;
  readonly matchKind: 'exact' | 'token' | 'reading' | 'phonetic' | 'fuzzy';
  /** Offices held on the date asked (all offices when no date). */
  readonly offices: readonly Holder[];
}

/** `attache resolve`'s answer for one phrase. Empty strings when the phrase names no political actor. */
export interface Resolution {
  readonly text: string;
  readonly name: string;
  readonly wikidata: string;
  readonly country: string;
  readonly sector: string;
  readonly cameo: string;
  readonly office: string;
  readonly confidence: number;
  /** Which rule produced it (person, country, metonym, agent, organisation, none). */
  readonly rule: string;
}

export interface SourceStats {
  readonly source: string;
  readonly occupancies: number;
  readonly latestDate: PartialDate | null;
}

export interface KbStats {
  readonly persons: number;
  readonly posts: number;
  readonly occupancies: number;
  readonly countries: number;
  readonly actors: number;
  readonly countriesWithHolders: number;
  /** ISO3 codes of the countries with at least one officeholder. */
  readonly countryCodes: readonly string[];
  readonly sources: readonly SourceStats[];
  readonly userLayer: string | null;
}
