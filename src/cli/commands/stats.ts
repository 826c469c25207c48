import { AttacheError } from '../../errors.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { write } from '../io.js';
import { DB_HELP, DB_OPTION, openForReading, parseFormat } from './store-options.js';

const HELP = `attache stats — what the store holds

Usage:
  attache stats [--db FILE] [--format text|json]

Counts articles, actors across articles (entities), mentions, quotes, events,
event clusters (reports of one occurrence across articles: same type, actors
and place, dates within a day) and name checks.

Options:
${DB_HELP}
  --format text|json  text (default): one count a line; json: {articles, entities,
                      mentions, quotes, events, eventClusters, nameChecks}
  -h, --help          this help

Examples:
  attache stats
  attache stats --db news.db --format json
`;

const OPTIONS = { ...DB_OPTION, format: { type: 'string', default: 'text' } } as const;

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'stats');
  if (positionals.length > 0) throw new AttacheError('E_USAGE', `stats takes no arguments, got '${positionals[0]}'\nRun 'attache stats --help' for usage.`);
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const store = openForReading(values.db, io);
  try {
    const stats = store.stats();
    const width = Math.max(...Object.keys(stats).map((k) => k.length));
    await write(io.stdout, format === 'json' ? `${JSON.stringify(stats)}\n` : Object.entries(stats).map(([k, v]) => `${k.padEnd(width)}  ${v}\n`).join(''));
    return 0;
  } finally {
    store.close();
  }
}

export const statsCommand: Command = {
  name: 'stats',
  summary: 'count what the store holds: articles, actors, mentions, quotes, events, clusters, name checks',
  help: HELP,
  run,
};
