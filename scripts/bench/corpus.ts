import { createReadStream } from 'node:fs';
import { splitLines } from '../../src/ingest/lines.js';

/** Streams the texts of a JSONL corpus, one at a time, as the baseline reads them. */
export async function* corpusTexts(path: string, limit = Infinity): AsyncGenerator<string> {
  let n = 0;
  for await (const { bytes } of splitLines(createReadStream(path), 64 * 1024 * 1024)) {
    if (n >= limit) return;
    if (bytes.length === 0) continue;
    const rec = JSON.parse(bytes.toString('utf8')) as { text?: string };
    if (typeof rec.text === 'string') {
      n++;
      yield rec.text;
    }
  }
}
