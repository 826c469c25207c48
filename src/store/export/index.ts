import type Database from 'better-sqlite3';
import type { Store } from '../types.js';
import { eventCsvLines } from './csv.js';
import { gdeltLines } from './gdelt.js';
import { ploverLines } from './plover.js';

export type ExportFormat = 'jsonl' | 'csv' | 'gdelt' | 'plover';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['jsonl', 'csv', 'gdelt', 'plover'];

/** What an export left out, to tell the user. */
export interface ExportCounts {
  /** PLOVER: events with no date of their own and an undated article. */
  skipped: number;
}

/**
 * The store in one format, as lines without line ends, streamed from SQLite (nothing is held but the row
 * at hand and what SQLite sorts). jsonl: each stored analysis document; csv: one event a row, with a
 * header; gdelt: one GDELT 2.0 event row per event cluster; plover: one PLOVER record per event.
 */
export function* exportLines(store: Store & { readonly db: Database.Database }, format: ExportFormat, counts: ExportCounts = { skipped: 0 }): IterableIterator<string> {
  switch (format) {
    case 'jsonl':
      for (const a of store.articles()) yield JSON.stringify(a.analysis);
      return;
    case 'csv':
      yield* eventCsvLines(store.db);
      return;
    case 'gdelt':
      yield* gdeltLines(store.db);
      return;
    case 'plover':
      yield* ploverLines(store.db, counts);
      return;
  }
}

export { GDELT_COLUMNS, checkGdeltLine, gdeltRow, LEAD_CHARS } from './gdelt.js';
export { PLOVER_REQUIRED, checkPloverLine, ploverRecord } from './plover.js';
export { EVENT_CSV_COLUMNS } from './csv.js';
export { exportEvents, clusterId, type ExportEvent, type ExportActor } from './events.js';
export { fipsOf, countryName } from './fips.js';
