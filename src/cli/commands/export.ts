import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { AttacheError } from '../../errors.js';
import { EXPORT_FORMATS, GDELT_COLUMNS, exportLines, type ExportCounts, type ExportFormat } from '../../store/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { write } from '../io.js';
import { DB_HELP, DB_OPTION, openForReading, parseFormat } from './store-options.js';

const HELP = `attache export — the store as a dataset: JSONL, CSV, GDELT or PLOVER

Usage:
  attache export --format jsonl|csv|gdelt|plover [--db FILE] [--output FILE]

Streams from the store (nothing is loaded into memory whole) to standard output,
or to FILE (written beside it and renamed when complete).

Formats:
  jsonl   one stored analysis document a line (as 'attache analyze' writes it)
  csv     one event a row, with a header: event, cluster, date, plover, cameo,
          goldstein, source, source_code, target, target_code, place, evidence,
          the cluster's num_mentions/num_articles/num_sources, url, … (see
          src/store/README.md)
  gdelt   the GDELT 2.0 event table: 61 tab-separated columns, no header
          (--header adds one); one row per event cluster (reports of one
          occurrence across articles) with its NumMentions, NumArticles and
          NumSources; geography as FIPS 10-4 country codes
  plover  one PLOVER JSON record a line (id, date, actor, recipient, event,
          mode, context, event_loc, event_text, link = the cluster, …); events
          with no date at all are left out and counted on standard error

Options:
${DB_HELP}
  --format F          jsonl, csv, gdelt or plover (required)
  --output FILE       write to FILE instead of standard output
  --header            gdelt: a first line with the column names
  -h, --help          this help

Examples:
  attache export --format gdelt --output events.gdelt.tsv
  attache export --format plover --db news.db | head
  attache export --format csv > events.csv
`;

const OPTIONS = { ...DB_OPTION, format: { type: 'string' }, output: { type: 'string' }, header: { type: 'boolean', default: false } } as const;

/** Lines joined into chunks of about this many characters: one write per chunk, not per line. */
const CHUNK = 1 << 16;

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'export');
  if (positionals.length > 0) throw new AttacheError('E_USAGE', `export takes no arguments, got '${positionals[0]}'\nRun 'attache export --help' for usage.`);
  if (!values.format) throw new AttacheError('E_USAGE', `give --format ${EXPORT_FORMATS.join('|')}\nRun 'attache export --help' for usage.`);
  const format: ExportFormat = parseFormat(values.format, EXPORT_FORMATS, 'jsonl');
  const store = openForReading(values.db, io);
  const target = values.output ? resolve(io.cwd, values.output) : null;
  const partial = target ? `${target}.partial` : null;
  const out = partial ? createWriteStream(partial) : io.stdout;
  const counts: ExportCounts = { skipped: 0 };
  let n = 0;
  try {
    let chunk = values.header && format === 'gdelt' ? `${GDELT_COLUMNS.join('\t')}\n` : '';
    for (const line of exportLines(store, format, counts)) {
      chunk += `${line}\n`;
      n++;
      if (chunk.length >= CHUNK) {
        await write(out, chunk);
        chunk = '';
      }
    }
    if (chunk) await write(out, chunk);
    if (partial && target) {
      (out as NodeJS.WritableStream & { end(): void }).end();
      await finished(out as NodeJS.WritableStream);
      renameSync(partial, target);
    }
  } catch (e) {
    if (partial) {
      (out as NodeJS.WritableStream & { destroy(): void }).destroy();
      rmSync(partial, { force: true });
    }
    throw e;
  } finally {
    store.close();
  }
  const what = format === 'jsonl' ? 'articles' : format === 'gdelt' ? 'event clusters' : 'events';
  const lines = format === 'csv' ? n - 1 : n;
  io.stderr.write(`attache export: ${lines} ${what} as ${format}${target ? ` to ${target}` : ''}${counts.skipped ? ` (${counts.skipped} undated events left out)` : ''}\n`);
  return 0;
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the store as JSONL, CSV, GDELT 2.0 event rows or PLOVER records, streamed',
  help: HELP,
  run,
};
