import { Readable } from 'node:stream';
import { EXPORT_FORMATS, GDELT_COLUMNS, exportLines, type ExportFormat, type SqliteStore } from '../../store/index.js';
import { errors } from '../schemas.js';
import type { RouteRegistrar } from './context.js';

const TYPES: Record<ExportFormat, [string, string]> = {
  jsonl: ['application/x-ndjson; charset=utf-8', 'attache-articles.jsonl'],
  csv: ['text/csv; charset=utf-8; header=present', 'attache-events.csv'],
  gdelt: ['text/tab-separated-values; charset=utf-8', 'attache-events.gdelt.tsv'],
  plover: ['application/x-ndjson; charset=utf-8', 'attache-events.plover.jsonl'],
};

/** Lines joined into chunks of about this many characters, as `attache export` writes them. */
const CHUNK = 1 << 16;

/** The export's lines in chunks; the reader is closed when the stream ends or the client goes away. */
async function* chunks(reader: SqliteStore, shared: SqliteStore, format: ExportFormat, header: boolean): AsyncGenerator<string> {
  try {
    let chunk = header && format === 'gdelt' ? `${GDELT_COLUMNS.join('\t')}\n` : '';
    for (const line of exportLines(reader, format)) {
      chunk += `${line}\n`;
      if (chunk.length >= CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    if (chunk) yield chunk;
  } finally {
    if (reader !== shared) reader.close();
  }
}

export const exportRoutes: RouteRegistrar = (app, o) => {
  app.get('/export', {
    config: { access: 'read' },
    schema: {
      tags: ['store'],
      summary: 'The store as a dataset, streamed, as attache export writes it',
      querystring: {
        type: 'object',
        additionalProperties: false,
        required: ['format'],
        properties: {
          format: { type: 'string', enum: [...EXPORT_FORMATS] },
          header: { type: 'boolean', description: 'gdelt: a first line with the column names' },
        },
      },
      response: {
        200: {
          description: 'jsonl: analysis documents; csv: one event a row; gdelt: GDELT 2.0 event rows; plover: PLOVER records',
          content: Object.fromEntries(Object.values(TYPES).map(([type]) => [type.split(';')[0]!, { schema: { type: 'string' } }])),
        },
        ...errors(401),
      },
    },
  }, async (req, reply) => {
    const { format, header } = req.query as { format: ExportFormat; header?: boolean };
    const [type, file] = TYPES[format];
    // Its own connection: a stream that takes a while must not hold the one every other request uses.
    const reader = o.openReader();
    return reply.type(type).header('Content-Disposition', `attachment; filename="${file}"`).send(Readable.from(chunks(reader, o.store, format, header ?? false)));
  });
};
