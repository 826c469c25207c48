/**
 * The sources the bundled KB is built from, in order of trust: when two disagree
 * about the same person in the same post, the later and more specific one wins.
 * A user's imports outrank every bundled source.
 */
export interface SourceInfo {
  readonly id: string;
  readonly priority: number;
  /** When the source's data was taken (its snapshot date). */
  readonly asOf: string;
  readonly licence: string;
}

export const BUNDLED_SOURCES: readonly SourceInfo[] = [
  { id: 'phoenix', priority: 0, asOf: '2014-01-30', licence: 'MIT' },
  { id: 'ep-holders', priority: 1, asOf: '2022-08-03', licence: 'CC0 (Wikidata)' },
  { id: 'ep-intl-orgs', priority: 1, asOf: '2023-01-10', licence: 'CC0 (Wikidata)' },
  { id: 'ep-world-leaders-2021', priority: 2, asOf: '2022-10-10', licence: 'CC0 (Wikidata)' },
  { id: 'ep-foreign-ministers', priority: 2, asOf: '2022-12-11', licence: 'CC0 (Wikidata)' },
  { id: 'factbook', priority: 3, asOf: '2026-01-22', licence: 'Public domain / CC0' },
  { id: 'world-leaders-current', priority: 4, asOf: '2026-08-22', licence: 'CC BY-SA 4.0' },
  { id: 'curated', priority: 5, asOf: '2026-08-01', licence: 'project data' },
];

export const USER_PRIORITY = 10;

export function sourcePriority(source: string): number {
  if (source.startsWith('user:')) return USER_PRIORITY;
  return BUNDLED_SOURCES.find((s) => s.id === source)?.priority ?? 0;
}
