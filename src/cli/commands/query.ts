import { AttacheError } from '../../errors.js';
import { QUERY_KINDS, type QueryFilter, type QueryKind } from '../../store/index.js';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { writeRows } from './rows-format.js';
import { DB_HELP, DB_OPTION, openForReading, parseFormat } from './store-options.js';

const HELP = `attache query — events, actors, quotes, name checks or articles from the store

Usage:
  attache query events|actors|quotes|checks [filters] [--format table|json|csv]
  attache query search WORDS [filters] [--format table|json|csv]

One actor's whole record (names as written, KB offices, counts, latest quotes
and events) is another command: attache actor ID|NAME [--format text|json].

Filters (all optional; they combine):
  --actor A           an actor: Wikidata id (Q7821917), store key (country:JPN)
                      or a name, any part, any case ("Blinken")
  --country ISO3      an actor's country (events: or the place's)
  --type T            PLOVER event type (CONSULT, COOPERATE, …)          events
  --cameo CODE        CAMEO code or prefix (04, 042)                      events
  --from YYYY-MM-DD   on or after (the event's date, else the article's)
  --to YYYY-MM-DD     on or before
  --place P           a place name (any part) or country code             events
  --text T            words: FTS5 syntax for quotes and search, a part of
                      the evidence for events, of the name for actors and checks
  --limit N           at most N rows (default 100)

Options:
${DB_HELP}
  --format F          table (default), json (an array) or csv (with a header)
  -h, --help          this help

Examples:
  attache query events --actor Blinken --type CONSULT --from 2021-05-01
  attache query actors --country JPN --format csv
  attache query quotes --actor Q7821917 --text "climate"
  attache query search "Greenland AND Arctic" --limit 5
`;

const OPTIONS = {
  ...DB_OPTION,
  actor: { type: 'string' }, country: { type: 'string' }, type: { type: 'string' }, cameo: { type: 'string' },
  from: { type: 'string' }, to: { type: 'string' }, place: { type: 'string' }, text: { type: 'string' },
  limit: { type: 'string' }, format: { type: 'string', default: 'table' },
} as const;

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'query');
  const [kind, ...rest] = positionals;
  if (!kind || !QUERY_KINDS.includes(kind as QueryKind)) {
    throw new AttacheError('E_USAGE', `give what to query: ${QUERY_KINDS.join(', ')}${kind ? `, not '${kind}'` : ''}\nRun 'attache query --help' for usage.`);
  }
  const text = kind === 'search' ? (rest.join(' ') || values.text) : values.text;
  if (kind === 'search' && !text) throw new AttacheError('E_USAGE', `query search needs WORDS to find\nRun 'attache query --help' for usage.`);
  if (kind !== 'search' && rest.length > 0) throw new AttacheError('E_USAGE', `query ${kind} takes no words ('${rest[0]}'); use --text\nRun 'attache query --help' for usage.`);
  const limit = values.limit === undefined ? 100 : Number(values.limit);
  if (!Number.isSafeInteger(limit) || limit <= 0) throw new AttacheError('E_USAGE', '--limit must be a positive whole number');
  const format = parseFormat(values.format, ['table', 'json', 'csv'] as const, 'table');
  const filter: QueryFilter = {
    ...(values.actor ? { actor: values.actor } : {}), ...(values.country ? { country: values.country } : {}),
    ...(values.type ? { type: values.type } : {}), ...(values.cameo ? { cameo: values.cameo } : {}),
    ...(values.from ? { from: parseDateOption(values.from, '--from') } : {}), ...(values.to ? { to: parseDateOption(values.to, '--to') } : {}),
    ...(values.place ? { place: values.place } : {}), ...(text ? { text } : {}), limit,
  };
  const store = openForReading(values.db, io);
  try {
    let rows;
    try {
      rows = store.query(kind as QueryKind, filter);
      const n = await writeRows(io.stdout, rows, format);
      if (n === 0 && format === 'table') io.stderr.write(`attache query: no ${kind === 'search' ? 'articles' : kind} match\n`);
    } catch (e) {
      if (e instanceof Error && /fts5|syntax/i.test(e.message)) throw new AttacheError('E_USAGE', `--text: not a full-text query (${e.message})`);
      throw e;
    }
    return 0;
  } finally {
    store.close();
  }
}

export const queryCommand: Command = {
  name: 'query',
  summary: 'find events, actors, quotes, name checks or articles in the store (table, JSON, CSV)',
  help: HELP,
  run,
};
