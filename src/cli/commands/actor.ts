import { AttacheError } from '../../errors.js';
import { openKnowledgeBase, userKbPath } from '../../kb/open.js';
import { actorRecord, findActors, type SqliteStore } from '../../store/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { write } from '../io.js';
import { actorText } from './actor-format.js';
import { DB_HELP, DB_OPTION, openForReading, parseFormat } from './store-options.js';

const HELP = `attache actor — one actor's record in the store: names as written, offices, counts, latest quotes and events

Usage:
  attache actor ID|NAME [--db FILE] [--format text|json]

ID is a Wikidata id (Q7821917) or a store key (country:JPN, name:…), as 'attache query actors'
lists them; NAME is a name as some article writes it (any case: "Tony Blinken"), else any part of
one ("Blinken"). Of several actors a name fits, the one in most articles is shown and the others
are listed on standard error.

The record gathers what the store holds of the actor across articles — the spellings met in the
text, with counts; how many articles, mentions, quotes and events; the latest of each — beside the
knowledge base's offices over time. --format json prints what GET /api/v1/actors/{id} answers.

Options:
${DB_HELP}
  --format F          text (default) or json
  -h, --help          this help

Examples:
  attache actor Q7821917
  attache actor Blinken --db news.db
  attache actor country:JPN --format json
`;

const OPTIONS = { ...DB_OPTION, format: { type: 'string', default: 'text' } } as const;

/** The id a name or id stands for; the other candidates go to stderr, so a JSON stdout stays the record alone. */
async function resolveId(store: SqliteStore, wanted: string, io: CommandIO): Promise<string> {
  const [best, ...others] = findActors(store.db, wanted);
  if (!best) throw new AttacheError('E_NOT_FOUND', `no actor in the store is '${wanted}' (try 'attache query actors --text ${JSON.stringify(wanted)}')`);
  if (others.length > 0) {
    const list = others.map((a) => `${a.name ?? a.id} (${a.id}, ${a.articles} articles)`).join('; ');
    await write(io.stderr, `attache actor: '${wanted}' also fits ${list}; showing ${best.name ?? best.id} (${best.id})\n`);
  }
  return best.id;
}

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'actor');
  const wanted = positionals.join(' ').trim();
  if (!wanted) throw new AttacheError('E_USAGE', `give an actor's id or name\nRun 'attache actor --help' for usage.`);
  const format = parseFormat(values.format, ['text', 'json'] as const, 'text');
  const store = openForReading(values.db, io);
  try {
    const id = await resolveId(store, wanted, io);
    let kb;
    try {
      kb = openKnowledgeBase({ userKb: userKbPath({ env: io.env }) });
    } catch (e) {
      throw new AttacheError('E_KB_DATA', `cannot open the knowledge base: ${e instanceof Error ? e.message : String(e)}`);
    }
    try {
      const record = actorRecord(store.db, kb, id);
      if (!record) throw new AttacheError('E_NOT_FOUND', `no actor with id or key '${id}'`);
      await write(io.stdout, format === 'json' ? `${JSON.stringify(record)}\n` : actorText(record));
    } finally {
      kb.close();
    }
    return 0;
  } finally {
    store.close();
  }
}

export const actorCommand: Command = {
  name: 'actor',
  summary: "one actor's record in the store: names as written, offices, counts, latest quotes and events",
  help: HELP,
  run,
};
