import { createReadStream } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { AttacheError } from '../../errors.js';
import { openKnowledgeBase, userKbPath } from '../../kb/open.js';
import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import type { Resolution } from '../../kb/model.js';
import { parseCommandArgs, parseDateOption } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { write } from '../io.js';

const HELP = `attache resolve — the best actor for a short phrase

Usage:
  attache resolve TEXT [--date YYYY-MM-DD] [--format text|json]
  attache resolve --jsonl FILE|- [--date YYYY-MM-DD]

Finds who or what a phrase names — a person (with the office held on the date),
a country, an organisation or metonym ("the Kremlin"), or a generic agent with
its country ("Dehli police", "four Saudi men") — and gives its country, CAMEO
sector and code. A phrase that names no political actor ("a cat named Frank",
"He") gets empty country and sector.

Options:
  --date YYYY-MM-DD   the article's date: offices and dated codes are taken on it
  --jsonl FILE|-      input lines {id, text, date?}; output lines
                      {id, text, name, wikidata, country, sector, cameo, office, confidence}
                      (a bad line gives {line, error, code})
  --format text|json  for one phrase: text (default) or json
  --user-kb PATH      the user KB layered over the bundled one
  --no-user-kb        the bundled KB alone
  -h, --help          this help

Exit status: 0 when every phrase was read (named actor or not), 1 on bad input lines, 2 on usage errors.

Examples:
  attache resolve "President Kassym-Jomart Tokayev" --date 2021-03-16
  attache resolve "the Kremlin" --format json
  attache resolve "Prime Minister Kan" --date 2021-03-16
  echo '{"id":"1","text":"American warplanes","date":"2021-03-16"}' | attache resolve --jsonl -
`;

const OPTIONS = {
  date: { type: 'string' },
  jsonl: { type: 'string' },
  format: { type: 'string', default: 'text' },
  'user-kb': { type: 'string' },
  'no-user-kb': { type: 'boolean', default: false },
} as const;

function output(r: Resolution, id?: unknown): Record<string, unknown> {
  return {
    ...(id !== undefined ? { id } : {}),
    text: r.text, name: r.name, wikidata: r.wikidata, country: r.country, sector: r.sector, cameo: r.cameo,
    office: r.office, confidence: r.confidence,
  };
}

function text(r: Resolution): string {
  if (!r.country && !r.sector) return `'${r.text}': no political actor\n`;
  const who = [r.name, r.wikidata && `(${r.wikidata})`].filter(Boolean).join(' ');
  return `'${r.text}': ${who || '—'}  country ${r.country || '—'}  sector ${r.sector || '—'}  CAMEO ${r.cameo || '—'}${r.office ? `  office ${r.office}` : ''}  confidence ${r.confidence}\n`;
}

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'resolve');
  const date = parseDateOption(values.date);
  const format = values.format ?? 'text';
  if (format !== 'json' && format !== 'text') throw new AttacheError('E_USAGE', `--format must be text or json, got '${format}'`);
  if (!values.jsonl && positionals.length === 0) throw new AttacheError('E_USAGE', "give a phrase or --jsonl FILE\nRun 'attache resolve --help' for usage.");
  if (values.jsonl && positionals.length > 0) throw new AttacheError('E_USAGE', 'give either a phrase or --jsonl, not both');
  const userKb = values['no-user-kb'] ? null : values['user-kb'] ? resolvePath(io.cwd, values['user-kb']) : userKbPath({ env: io.env });
  let kb: KnowledgeBase;
  try {
    kb = openKnowledgeBase({ userKb });
  } catch (e) {
    throw new AttacheError('E_KB_DATA', `cannot open the knowledge base: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    if (!values.jsonl) {
      const r = kb.resolve(positionals.join(' '), { date });
      await write(io.stdout, format === 'json' ? `${JSON.stringify(output(r), null, 2)}\n` : text(r));
      return 0;
    }
    const input: Readable = values.jsonl === '-' ? io.stdin : createReadStream(resolvePath(io.cwd, values.jsonl));
    let bad = 0;
    let n = 0;
    const rl = createInterface({ input, crlfDelay: Infinity });
    try {
      for await (const line of rl) {
        n++;
        if (!line.trim()) continue;
        let rec: unknown;
        try {
          rec = JSON.parse(line);
        } catch {
          bad++;
          await write(io.stdout, `${JSON.stringify({ line: n, error: 'line is not valid JSON', code: 'E_JSONL_PARSE' })}\n`);
          continue;
        }
        const r = rec as { id?: unknown; text?: unknown; date?: unknown };
        const lineDate = typeof r.date === 'string' && r.date ? safeDate(r.date) : date;
        if (typeof rec !== 'object' || rec === null || typeof r.text !== 'string' || lineDate === null) {
          bad++;
          await write(io.stdout, `${JSON.stringify({ ...(r && typeof r === 'object' && 'id' in r ? { id: r.id } : {}), line: n, error: lineDate === null ? 'date is not YYYY-MM-DD' : 'line needs a text string', code: 'E_JSONL_RECORD' })}\n`);
          continue;
        }
        await write(io.stdout, `${JSON.stringify(output(kb.resolve(r.text, { date: lineDate }), r.id ?? null))}\n`);
      }
    } catch (e) {
      throw new AttacheError('E_NOT_FOUND', `cannot read ${values.jsonl}: ${e instanceof Error ? e.message : String(e)}`);
    }
    return bad > 0 ? 1 : 0;
  } finally {
    kb.close();
  }
}

function safeDate(d: string): string | undefined | null {
  try {
    return parseDateOption(d);
  } catch {
    return null;
  }
}

export const resolveCommand: Command = { name: 'resolve', summary: 'the best actor (person, country, organisation, agent) for a short phrase', help: HELP, run };
