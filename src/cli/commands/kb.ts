import { writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AttacheError } from '../../errors.js';
import { openKnowledgeBase, userKbPath } from '../../kb/open.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { importWikidata } from '../../kb/importers/wikidata.js';
import { importPopolo } from '../../kb/importers/popolo.js';
import { importPhoenix } from '../../kb/importers/phoenix.js';
import type { ImportReport } from '../../kb/importers/report.js';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { write } from '../io.js';
import { holdersText, importText, personText, searchText, statsText } from './kb-format.js';

const HELP = `attache kb — the knowledge base: who held which office when

Usage:
  attache kb holders --country ISO3 --post TEXT [--date YYYY-MM-DD] [--format text|json]
  attache kb person NAME|QID [--date YYYY-MM-DD] [--format text|json]
  attache kb search NAME [--country ISO3] [--date YYYY-MM-DD] [--limit N] [--format text|json]
  attache kb stats [--format text|json]
  attache kb import wikidata|popolo|phoenix FILE [--format text|json]
  attache kb export popolo [--country ISO3] [--user-only] [--output FILE]

holders   who held a post on a date (or ever): the post by title or alias
          ("Foreign Minister" finds "Minister for Foreign Affairs", "top diplomat"
          too); the country by ISO3, name or demonym. An end marked * was not in
          the source but inferred from the next holder's start.
person    a person's names in every script, readings, and offices over time
search    candidates for a name, scored, tolerant of spelling, accents and romanisation
stats     counts, and the latest date each source covers
import    into your user KB, layered over the bundled one: a Wikidata JSON dump
          (.json, .json.gz, .json.bz2; humans with P39 "position held"), a Popolo
          file, or a Phoenix/PETRARCH dictionary. Bad records are reported with
          their position and skipped; a failed import leaves the user KB as it was.
export    the KB (or --user-only what you imported) as a Popolo document

Options:
  --format text|json  text (default) for people, json for tools
  --user-kb PATH      the user KB file (default $ATTACHE_KB_USER, else ~/.attache/kb-user.db)
  --no-user-kb        query the bundled KB alone
  -h, --help          this help

Exit status: 0 on success, 1 when nothing was found or an import skipped or failed, 2 on usage errors.

Examples:
  attache kb holders --country JPN --post "Foreign Minister" --date 2021-03-16
  attache kb holders --country USA --post "Secretary of State" --date 2025-06-01 --format json
  attache kb person "Toshimitsu Motegi"
  attache kb person Q47846 --date 2011-01-01
  attache kb search "Toshimitsu Mogi" --country JPN --date 2021-03-16
  attache kb stats
  attache kb import wikidata latest-all.json.bz2 --user-kb ./.attache/kb-user.db
  attache kb export popolo --country EST > estonia.popolo.json
`;

const OPTIONS = {
  country: { type: 'string' },
  post: { type: 'string' },
  date: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string', default: 'text' },
  'user-kb': { type: 'string' },
  'no-user-kb': { type: 'boolean', default: false },
  'user-only': { type: 'boolean', default: false },
  output: { type: 'string' },
} as const;

type Values = ReturnType<typeof parseCommandArgs<typeof OPTIONS>>['values'];

function userKbOption(values: Values, io: CommandIO): string | null {
  if (values['no-user-kb']) return null;
  if (values['user-kb']) return resolvePath(io.cwd, values['user-kb']);
  return userKbPath({ env: io.env });
}

function openKb(values: Values, io: CommandIO): KnowledgeBase {
  try {
    return openKnowledgeBase({ userKb: userKbOption(values, io) });
  } catch (e) {
    throw new AttacheError('E_KB_DATA', `cannot open the knowledge base: ${e instanceof Error ? e.message : String(e)}`);
  }
}

async function out(io: CommandIO, format: string, json: unknown, text: () => string): Promise<void> {
  await write(io.stdout, format === 'json' ? `${JSON.stringify(json, null, 2)}\n` : text());
}

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'kb');
  const [sub, ...args] = positionals;
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') throw new AttacheError('E_USAGE', `--format must be text or json, got '${format}'`);
  const date = parseDateOption(values.date);
  switch (sub) {
    case 'holders': {
      if (!values.country || !values.post) throw new AttacheError('E_USAGE', "kb holders needs --country and --post\nRun 'attache kb --help' for usage.");
      const kb = openKb(values, io);
      try {
        // On the command line a short code may be typed in lower case ("de").
        const iso = kb.countryCode(values.country) ?? (/^[a-z]{2,3}$/.test(values.country) ? kb.countryCode(values.country.toUpperCase()) : null);
        if (!iso) throw new AttacheError('E_KB_QUERY', `no country known as '${values.country}' (give ISO3, ISO2, a name or a demonym)`);
        if (kb.findPosts(iso, values.post).length === 0) {
          const known = ['head_of_state', 'head_of_government', 'foreign', 'defence'] as const;
          const titles = known.flatMap((k) => kb.postsOfKind(iso, k).map((p) => p.title));
          throw new AttacheError('E_KB_QUERY', `no post of ${iso} matches '${values.post}'${titles.length ? `; try one of: ${titles.join(', ')}` : ''}`);
        }
        const holders = kb.holders({ country: iso, post: values.post, date });
        const json = holders.map((h) => ({ name: h.name, wikidata: h.wikidata, post: h.post, country: h.country, start: h.start, end: h.end, endInferred: h.endInferred, source: h.source }));
        await out(io, format, json, () => holdersText(holders, `'${values.post}' in ${values.country}${date ? ` on ${date}` : ''}`));
        return holders.length > 0 ? 0 : 1;
      } finally {
        kb.close();
      }
    }
    case 'person': {
      const query = args.join(' ').trim();
      if (!query) throw new AttacheError('E_USAGE', "kb person needs a NAME or QID\nRun 'attache kb --help' for usage.");
      const kb = openKb(values, io);
      try {
        const report = kb.person(query, { date });
        if (!report) {
          await out(io, format, null, () => `No person matches '${query}'.\n`);
          return 1;
        }
        await out(io, format, report, () => personText(report));
        return 0;
      } finally {
        kb.close();
      }
    }
    case 'search': {
      const query = args.join(' ').trim();
      if (!query) throw new AttacheError('E_USAGE', "kb search needs a NAME\nRun 'attache kb --help' for usage.");
      const limit = values.limit ? Number(values.limit) : 10;
      if (!Number.isSafeInteger(limit) || limit <= 0) throw new AttacheError('E_USAGE', '--limit must be a positive whole number');
      const kb = openKb(values, io);
      try {
        const cands = kb.search(query, { country: values.country, date, limit });
        const json = cands.map((c) => ({
          name: c.person.name, wikidata: c.person.wikidata, id: c.person.id, score: c.score, matched: c.matched, matchKind: c.matchKind,
          offices: c.offices.map((o) => ({ post: o.post, country: o.country, start: o.start, end: o.end, source: o.source })),
        }));
        await out(io, format, json, () => searchText(cands));
        return cands.length > 0 ? 0 : 1;
      } finally {
        kb.close();
      }
    }
    case 'stats': {
      const kb = openKb(values, io);
      try {
        const stats = kb.stats();
        await out(io, format, stats, () => statsText(stats));
        return 0;
      } finally {
        kb.close();
      }
    }
    case 'import':
      return runImport(args, values, io, format);
    case 'export': {
      if (args[0] !== 'popolo') throw new AttacheError('E_USAGE', "kb export supports 'popolo'\nRun 'attache kb --help' for usage.");
      const kb = openKb(values, io);
      try {
        const doc = kb.toPopolo({ country: values.country, userOnly: values['user-only'] });
        const text = `${JSON.stringify(doc, null, 2)}\n`;
        if (values.output) writeFileSync(resolvePath(io.cwd, values.output), text);
        else await write(io.stdout, text);
        return 0;
      } finally {
        kb.close();
      }
    }
    default:
      throw new AttacheError('E_USAGE', `${sub ? `unknown kb command '${sub}'` : 'give a kb command'}: holders, person, search, stats, import or export\nRun 'attache kb --help' for usage.`);
  }
}

async function runImport(args: string[], values: Values, io: CommandIO, format: string): Promise<number> {
  const [kind, file, ...extra] = args;
  if (!kind || !file || extra.length > 0) throw new AttacheError('E_USAGE', "kb import needs a format and one FILE: kb import wikidata|popolo|phoenix FILE\nRun 'attache kb --help' for usage.");
  const userKb = values['user-kb'] ? resolvePath(io.cwd, values['user-kb']) : userKbPath({ env: io.env });
  if (!userKb) throw new AttacheError('E_USAGE', 'no user KB to import into');
  const path = resolvePath(io.cwd, file);
  let report: ImportReport;
  if (kind === 'wikidata') {
    // The bundled KB lets statements land on the posts it already knows (by their Wikidata ids).
    const bundled = openKnowledgeBase({ userKb: null });
    try {
      const onProgress = io.isTTY
        ? ({ line, persons }: { line: number; persons: number }) => void io.stderr.write(`\r${line.toLocaleString('en')} lines, ${persons.toLocaleString('en')} persons…`)
        : undefined;
      report = await importWikidata(path, { userKb, kb: bundled, onProgress });
      if (onProgress) io.stderr.write('\n');
    } finally {
      bundled.close();
    }
  } else if (kind === 'popolo') report = await importPopolo(path, { userKb });
  else if (kind === 'phoenix') report = await importPhoenix(path, { userKb });
  else throw new AttacheError('E_USAGE', `kb import: unknown format '${kind}' (wikidata, popolo or phoenix)`);
  for (const p of report.problems) await write(io.stderr, `attache kb import: ${file}: ${p.position}: ${p.message} (skipped)\n`);
  await out(io, format, { ...report, userKb }, () => importText(report, userKb));
  return report.failed || report.problems.length > 0 ? 1 : 0;
}

export const kbCommand: Command = { name: 'kb', summary: 'query and extend the knowledge base of officeholders, countries and actors', help: HELP, run };
