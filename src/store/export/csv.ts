import type Database from 'better-sqlite3';
import { exportEvents, type ExportEvent } from './events.js';

const names = (e: ExportEvent, role: 'sources' | 'targets') => e[role].map((a) => a.name).join('; ');
const keys = (e: ExportEvent, role: 'sources' | 'targets') => e[role].map((a) => a.key).join('; ');

/** The events CSV: one event (one report) a row; its columns, what each holds. */
export const EVENT_CSV_COLUMNS: readonly (readonly [string, string, (e: ExportEvent) => string | number | null])[] = [
  ['event', 'article id + # + the event\'s id in the analysis', (e) => `${e.articleHash}#${e.localId}`],
  ['cluster', 'event cluster id (GDELT export: GLOBALEVENTID)', (e) => e.clusterId],
  ['date', 'event date (first day), else the article\'s', (e) => e.dateStart ?? e.articleDate],
  ['date_end', 'last day of the event\'s date', (e) => e.dateEnd],
  ['date_precision', 'day, span, week, month or year', (e) => e.datePrecision],
  ['plover', 'PLOVER event type', (e) => e.ploverType],
  ['plover_mode', 'PLOVER mode', (e) => e.ploverMode],
  ['plover_context', 'PLOVER contexts, ;-separated', (e) => e.ploverContext.join(';')],
  ['cameo', 'CAMEO event code', (e) => e.cameoCode],
  ['cameo_root', 'CAMEO root code', (e) => e.cameoRoot],
  ['quad', 'quad class 1-4', (e) => e.quad],
  ['goldstein', 'Goldstein scale', (e) => e.goldstein],
  ['source', 'source actors as the article names them, ;-separated', (e) => names(e, 'sources')],
  ['source_keys', 'their store keys (Wikidata id, KB id or name:…)', (e) => keys(e, 'sources')],
  ['source_code', 'CAMEO actor code of the source', (e) => e.sourceCode],
  ['target', 'target actors', (e) => names(e, 'targets')],
  ['target_keys', 'their store keys', (e) => keys(e, 'targets')],
  ['target_code', 'CAMEO actor code of the target', (e) => e.targetCode],
  ['place', 'place name', (e) => e.placeName],
  ['place_country', 'ISO3 of the place', (e) => e.placeCountry],
  ['modality', 'asserted, planned, negated or hypothetical', (e) => e.modality],
  ['confidence', '0-1', (e) => e.confidence],
  ['evidence', 'the sentence stretch coded', (e) => e.evidence],
  ['num_mentions', 'reports in the event\'s cluster', (e) => e.numMentions],
  ['num_articles', 'articles in the cluster', (e) => e.numArticles],
  ['num_sources', 'outlets (URL hosts) in the cluster', (e) => e.numSources],
  ['article_date', 'the article\'s date', (e) => e.articleDate],
  ['url', 'the article\'s URL', (e) => e.url],
];

export function csvCell(v: string | number | null): string {
  if (v === null) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The header, then one line (no line end) per stored event, streamed. */
export function* eventCsvLines(db: Database.Database): IterableIterator<string> {
  yield EVENT_CSV_COLUMNS.map(([name]) => name).join(',');
  for (const e of exportEvents(db, { perCluster: false })) yield EVENT_CSV_COLUMNS.map(([, , get]) => csvCell(get(e))).join(',');
}
