import { createAnalyzer } from '../../analyze.js';
import { AttacheError } from '../../errors.js';
import { palette } from '../../output/colour.js';
import { checkReports, formatChecks } from '../../output/check-format.js';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { checkExists, parseInputKind, parseMaxBytes, readArticle } from '../input.js';
import { write } from '../io.js';

const HELP = `attache check — the names in an article that contradict the record

Usage:
  attache check FILE|- [--date YYYY-MM-DD] [--format text|json] [--input auto|text|html]

For each person the article names, Attaché finds who held the office on the
article's date and compares the name: a wrong given name ("John Blinken" →
Antony), another reading of the same written name ("Mogi", "Shigeki" → Motegi
for 茂木), a name that belongs to another holder of the office ("Prime
Minister Kan" in 2021 → Suga), a misspelling. Each check gives line:column,
the sentence with the wrong part marked, the right name, why, and the record.

Options:
  --date YYYY-MM-DD   the article's date (else the input's own date, if any)
  --format text|json  text (default) for people; json: one object per check
  --input KIND        auto (default), text or html
  --max-bytes N       refuse an article larger than N bytes (default 10 MiB)
  -h, --help          this help

Exit status: 0 whether or not names were flagged; 1 when the input cannot be read.

Examples:
  attache check examples/us-japan-2021-03-16.txt --date 2021-03-16
  attache check story.html --format json | jq '.[] | {wrong, right}'
`;

const OPTIONS = {
  date: { type: 'string' },
  format: { type: 'string', default: 'text' },
  input: { type: 'string', default: 'auto' },
  'max-bytes': { type: 'string' },
} as const;

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'check');
  if (positionals.length !== 1) throw new AttacheError('E_USAGE', `give exactly one FILE (or - for standard input)\nRun 'attache check --help' for usage.`);
  const format = values.format;
  if (format !== 'json' && format !== 'text') throw new AttacheError('E_USAGE', `--format must be text or json, got '${format}'`);
  const path = positionals[0]!;
  await checkExists(path, io);
  const input = await readArticle(path, io, { maxBytes: parseMaxBytes(values['max-bytes']), kind: parseInputKind(values.input) });
  const doc = createAnalyzer().analyze(input, { date: parseDateOption(values.date) ?? null });
  const reports = checkReports(doc, path === '-' ? '<stdin>' : path);
  if (format === 'json') {
    const out = reports.map((r) => ({
      file: r.file, id: r.id, line: r.line, column: r.column, entity: r.entity, person: r.entityName, wikidata: r.wikidata,
      sentence: r.sentence, ...r.check,
    }));
    await write(io.stdout, `${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (!doc.date) io.stderr.write('attache check: the article has no date; names are checked against no office (pass --date)\n');
    await write(io.stdout, formatChecks(reports, doc, palette(io.color)));
  }
  return 0;
}

export const checkCommand: Command = {
  name: 'check',
  summary: "list the names that contradict the record on the article's date (for editors)",
  help: HELP,
  run,
};
