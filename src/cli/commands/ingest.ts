import { availableParallelism } from 'node:os';
import { createAnalyzer } from '../../analyze.js';
import { AttacheError } from '../../errors.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.js';
import { countArticles, ingest, inlinePool, openStore, workerPool, type IngestSummary, type StoreStats } from '../../store/index.js';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { parseMaxBytes } from '../input.js';
import { write } from '../io.js';
import { progressReporter } from './ingest-progress.js';
import { DB_HELP, DB_OPTION, dbPath, parseFormat } from './store-options.js';

const HELP = `attache ingest — analyse articles into the store, on every core, never losing or doubling one

Usage:
  attache ingest PATH… [--db FILE] [--workers N] [--format text|json]

Each PATH is a file, a directory (searched recursively for .txt, .html, .htm and
.jsonl files, in sorted order) or - for JSONL on standard input. A .jsonl file
holds one {id, date?, title?, url?, text | html} per line; any other file is
one article (HTML by its extension, else sniffed).

An article already in the store (same content hash: the normalised title and
text) is skipped before analysis. An article whose id (a JSONL id, or a file's
path) or URL is stored with other text replaces the old version. Each article is
committed in its own transaction: killing the ingest at any moment leaves whole
articles only, and running it again completes the set.

Options:
${DB_HELP}
  --workers N         analysis threads (default: the number of cores, here ${availableParallelism()});
                      0 analyses in the main thread
  --date YYYY-MM-DD   analyse every article with this date (wins over the inputs')
  --format text|json  the closing summary: text (default) or one JSON object
  --quiet             no progress (the summary is still written)
  --max-bytes N       refuse an article (or JSONL line) larger than N bytes
                      (default ${DEFAULT_MAX_BYTES}, 10 MiB)
  -h, --help          this help

Progress goes to standard error: a bar redrawn in place on a terminal (done,
rate, ETA, errors), else a plain line every 5 seconds or 500 articles. The
summary (standard output) lists every bad input with its file, line and reason.

Exit status: 0 when every input was stored or skipped, 1 when any input failed
(the others are stored all the same), 2 on usage errors.

Examples:
  attache ingest ../shared/corpus/state-dept-press-releases.jsonl
  attache ingest articles/ --db news.db --workers 4
  cat batch.jsonl | attache ingest - --format json
`;

const OPTIONS = {
  ...DB_OPTION,
  workers: { type: 'string' },
  date: { type: 'string' },
  format: { type: 'string', default: 'text' },
  quiet: { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
} as const;

function parseWorkers(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0 || n > 256) throw new AttacheError('E_USAGE', `--workers must be a whole number from 0 to 256, got '${value}'`);
  return n;
}

/** The closing summary for people: counts, then each bad input as FILE:LINE  CODE  reason. */
export function formatSummary(s: IngestSummary, stats: StoreStats, db: string): string {
  const secs = s.elapsedMs / 1000;
  const analysed = s.inserted + s.failed;
  const lines = [
    `ingested ${s.read} article${s.read === 1 ? '' : 's'} in ${secs.toFixed(1)} s${analysed > 0 && secs > 0 ? ` (${(analysed / secs).toFixed(1)} analysed/s)` : ''}:` +
      ` ${s.inserted} stored (${s.replaced} replacing an older version), ${s.unchanged} already stored, ${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'},` +
      ` ${s.superseded} superseded, ${s.failed} failed`,
  ];
  if (s.errors.length > 0) {
    lines.push(`${s.errors.length} bad input${s.errors.length === 1 ? '' : 's'}:`);
    for (const e of s.errors) lines.push(`  ${e.line === null ? e.file : `${e.file}:${e.line}`}  ${e.code}  ${e.reason}`);
  }
  lines.push(`store ${db}: ${Object.entries(stats).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'ingest');
  if (positionals.length === 0) throw new AttacheError('E_USAGE', `give at least one PATH (a file, a directory, or - for JSONL on standard input)\nRun 'attache ingest --help' for usage.`);
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const workers = parseWorkers(values.workers);
  const date = parseDateOption(values.date) ?? null;
  const maxBytes = parseMaxBytes(values['max-bytes']);
  const db = dbPath(values.db, io);

  const store = openStore(db);
  const pool = workers === 0 ? inlinePool(createAnalyzer()) : workerPool(workers);
  const reporter = values.quiet ? null : progressReporter(io.stderr, { tty: io.isTTY });
  try {
    const total = reporter ? await countArticles(positionals, io.cwd) : null;
    const summary = await ingest({
      store, pool, paths: positionals, cwd: io.cwd, stdin: io.stdin, maxBytes, date, total,
      ...(reporter ? { onProgress: reporter.update } : {}),
    });
    reporter?.finish();
    const stats = store.stats();
    const out = format === 'json' ? `${JSON.stringify({ db, ...summary, elapsedMs: Math.round(summary.elapsedMs), stats })}\n` : formatSummary(summary, stats, db);
    await write(io.stdout, out);
    return summary.failed > 0 ? 1 : 0;
  } finally {
    await pool.close();
    store.close();
  }
}

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'analyse files, directories or JSONL into the store (all cores, idempotent, crash-safe)',
  help: HELP,
  run,
};
