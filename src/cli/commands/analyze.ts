import { createReadStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { createAnalyzer } from '../../analyze.js';
import { AttacheError, describeError } from '../../errors.js';
import { readJsonl } from '../../ingest/jsonl.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read.js';
import { checkExists, parseInputKind, parseMaxBytes, readArticle } from '../input.js';
import { palette } from '../../output/colour.js';
import type { ErrorRecord } from '../../output/document.js';
import { formatDocument, formatError } from '../../output/text-format.js';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { write } from '../io.js';

const HELP = `attache analyze — analyse one article, or a JSONL batch of them

Usage:
  attache analyze FILE|- [--date YYYY-MM-DD] [--format json|text] [--input auto|text|html]
  attache analyze --jsonl FILE|- [--date YYYY-MM-DD] [--format json|text]

Reads a plain-text (UTF-8) or HTML article and writes its analysis: blocks
(title, dateline, byline, body, heading, caption, boilerplate), sentences,
dates resolved against the article's date, and (as later stages land)
entities, quotes and events. The JSON follows schema/analysis.schema.json.

Options:
  --date YYYY-MM-DD   the article's date; wins over the input's date field,
                      the page's metadata and a dateline (dateSource says which)
  --format json|text  json (default): the analysis document; text: a summary
                      for people, in colour on a terminal (NO_COLOR turns it off)
  --jsonl             the input is JSONL: one {id, date?, title?, url?, text | html}
                      per line ('published' is read as date). One output line per
                      input line, in order; a bad line gives {id?, line, error, code}
  --input KIND        auto (default: HTML if it looks like a page), text or html
  --tokens            include the tokens layer (offsets and parts of speech)
  --compact           one-line JSON for a single article (JSONL output is always one line)
  --max-bytes N       refuse an article (or JSONL line) larger than N bytes
                      (default ${DEFAULT_MAX_BYTES}, 10 MiB)
  -h, --help          this help

Exit status: 0 when every article was analysed, 1 when any input failed, 2 on usage errors.

Examples:
  attache analyze examples/us-japan-2021-03-16.txt --date 2021-03-16
  attache analyze examples/us-japan-2021-03-16.txt --date 2021-03-16 --format text
  curl -s https://example.org/story.html | attache analyze - --input html
  attache analyze --jsonl articles.jsonl > analyses.jsonl
`;

const OPTIONS = {
  date: { type: 'string' },
  format: { type: 'string', default: 'json' },
  jsonl: { type: 'boolean', default: false },
  input: { type: 'string', default: 'auto' },
  tokens: { type: 'boolean', default: false },
  compact: { type: 'boolean', default: false },
  'max-bytes': { type: 'string' },
} as const;

function inputStream(path: string, io: CommandIO): Readable {
  return path === '-' ? io.stdin : createReadStream(resolve(io.cwd, path));
}

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'analyze');
  if (positionals.length !== 1) {
    throw new AttacheError('E_USAGE', `give exactly one FILE (or - for standard input), got ${positionals.length}\nRun 'attache analyze --help' for usage.`);
  }
  const format = values.format;
  if (format !== 'json' && format !== 'text') throw new AttacheError('E_USAGE', `--format must be json or text, got '${format}'`);
  const inputKind = parseInputKind(values.input);
  const date = parseDateOption(values.date);
  const maxBytes = parseMaxBytes(values['max-bytes']);
  const path = positionals[0]!;
  const c = palette(io.color && format === 'text');
  const origin = path === '-' ? '<stdin>' : path;
  await checkExists(path, io);

  const analyzer = createAnalyzer();
  const opts = { date: date ?? null, tokens: values.tokens };

  if (values.jsonl) {
    let failed = 0;
    let total = 0;
    for await (const item of readJsonl(inputStream(path, io), origin, maxBytes)) {
      total++;
      let line: string;
      if ('error' in item) {
        failed++;
        const rec: ErrorRecord = { ...(item.id ? { id: item.id } : {}), line: item.line, error: item.error.message, code: item.error.code };
        line = format === 'json' ? `${JSON.stringify(rec)}\n` : formatError(rec, c);
        if (format === 'json') io.stderr.write(formatError(rec, palette(false)));
      } else {
        try {
          const doc = analyzer.analyze({ ...item.input, format: inputKind === 'auto' ? item.input.format : inputKind }, opts);
          line = format === 'json' ? `${JSON.stringify(doc)}\n` : `${formatDocument(doc, c)}\n`;
        } catch (e) {
          failed++;
          const { code, message } = describeError(e);
          const rec: ErrorRecord = { ...(item.input.id ? { id: item.input.id } : {}), line: item.line, error: message, code };
          line = format === 'json' ? `${JSON.stringify(rec)}\n` : formatError(rec, c);
          if (format === 'json') io.stderr.write(formatError(rec, palette(false)));
        }
      }
      await write(io.stdout, line);
    }
    if (failed > 0) io.stderr.write(`attache analyze: ${failed} of ${total} lines failed (see the error records)\n`);
    return failed > 0 ? 1 : 0;
  }

  const doc = analyzer.analyze(await readArticle(path, io, { maxBytes, kind: inputKind }), opts);
  const rendered = format === 'text' ? formatDocument(doc, c) : `${JSON.stringify(doc, null, values.compact ? undefined : 2)}\n`;
  await write(io.stdout, rendered);
  return 0;
}

export const analyzeCommand: Command = {
  name: 'analyze',
  summary: 'analyse an article (text or HTML) or a JSONL batch into the analysis JSON',
  help: HELP,
  run,
};
