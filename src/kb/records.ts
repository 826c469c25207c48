/**
 * The shape of the committed KB files (data/kb/*.jsonl), one record a line. They
 * are what `npm run kb:build` writes and what the SQLite index is compiled from;
 * the importers write the same records into a user KB.
 */
import type { CountryNameKind, NameKind, PostKind, Sector } from './model.js';

export interface CountryRecord {
  iso3: string;
  iso2: string | null;
  cameo: string;
  name: string;
  names: [text: string, kind: CountryNameKind][];
  source: string;
}

export interface PersonRecord {
  id: string;
  wikidata: string | null;
  name: string;
  /** [text, lang, kind, source] */
  names: [text: string, lang: string, kind: NameKind, source: string][];
  readings: ReadingRecord[];
  sources: string[];
}

export interface ReadingRecord {
  native: string;
  lang: string;
  family: string;
  given: string;
  familyReadings: string[];
  givenReadings: string[];
}

export interface PostRecord {
  id: string;
  country: string;
  title: string;
  aliases: string[];
  kind: PostKind;
  sector: Sector;
  wikidata: string | null;
  single: boolean;
}

export interface OccupancyRecord {
  person: string;
  post: string;
  start: string | null;
  end: string | null;
  source: string;
}

export interface ActorRecord {
  name: string;
  aliases: string[];
  kind: 'country' | 'person' | 'organisation' | 'igo' | 'nonstate' | 'agent' | 'metonym';
  /** [code, start, end] */
  codes: [code: string, start: string | null, end: string | null][];
  source: string;
}

/**
 * Occupancies and actors are the bulk of the data, so their lines are arrays
 * rather than objects (the keys would double the files' size).
 */
export type OccupancyLine = [person: string, post: string, start: string | null, end: string | null, source: string];
export type ActorLine = [name: string, kind: ActorRecord['kind'], codes: ActorRecord['codes'], aliases: string[], source: string];

export function occupancyToLine(o: OccupancyRecord): OccupancyLine {
  return [o.person, o.post, o.start, o.end, o.source];
}
export function occupancyFromLine(l: OccupancyLine): OccupancyRecord {
  return { person: l[0], post: l[1], start: l[2], end: l[3], source: l[4] };
}
export function actorToLine(a: ActorRecord): ActorLine {
  return [a.name, a.kind, a.codes, a.aliases, a.source];
}
export function actorFromLine(l: ActorLine): ActorRecord {
  return { name: l[0], kind: l[1], codes: l[2], aliases: l[3], source: l[4] };
}

export const KB_FILES = {
  countries: 'countries.jsonl',
  persons: 'persons.jsonl',
  posts: 'posts.jsonl',
  occupancies: 'occupancies.jsonl',
  actors: 'actors.jsonl',
} as const;

/** CC BY-SA data kept in a folder of its own, under its licence. */
export const CC_BY_SA_DIR = 'world-leaders-current';

/**
 * Japanese readings looked up in ENAMDICT (EDRDG, CC BY-SA 4.0) are kept apart too,
 * one line per native name: the person's id and the reading.
 */
export const ENAMDICT_READINGS_FILE = 'enamdict/readings.jsonl';
export type ReadingLine = [person: string, reading: ReadingRecord];
