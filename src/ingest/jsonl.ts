import type { Readable } from 'node:stream';
import { AttacheError } from '../errors.js';
import { decodeText, firstInvalidUtf8 } from './decode.js';
import type { ArticleInput } from './article.js';
import { splitLines } from './lines.js';

export type JsonlItem =
  | { readonly line: number; readonly input: ArticleInput }
  | { readonly line: number; readonly id?: string; readonly error: AttacheError };

const STRING_FIELDS = ['id', 'date', 'published', 'title', 'url', 'text', 'html'] as const;

/** One JSONL line to an article input, or the reason it is not one. */
export function parseJsonlRecord(raw: string, line: number, origin: string): JsonlItem {
  const where = `${origin}:${line}`;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { line, error: new AttacheError('E_JSONL_PARSE', `${where}: not valid JSON (${msg})`, { line }) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, error: new AttacheError('E_JSONL_RECORD', `${where}: expected a JSON object {id, date?, title?, url?, text | html}`, { line }) };
  }
  const rec = value as Record<string, unknown>;
  const id = typeof rec.id === 'string' || typeof rec.id === 'number' ? String(rec.id) : undefined;
  for (const f of STRING_FIELDS) {
    const v = rec[f];
    if (v !== undefined && v !== null && typeof v !== 'string' && !(f === 'id' && typeof v === 'number')) {
      return { line, ...(id ? { id } : {}), error: new AttacheError('E_JSONL_RECORD', `${where}: field '${f}' must be a string`, { line }) };
    }
  }
  const text = rec.text as string | undefined;
  const html = rec.html as string | undefined;
  if ((typeof text !== 'string' || text.trim() === '') && (typeof html !== 'string' || html.trim() === '')) {
    return { line, ...(id ? { id } : {}), error: new AttacheError('E_JSONL_RECORD', `${where}: the record has no 'text' or 'html'`, { line }) };
  }
  const input: ArticleInput = {
    id: id ?? null,
    text: typeof html === 'string' && html.trim() !== '' ? null : (text ?? null),
    html: typeof html === 'string' && html.trim() !== '' ? html : null,
    // 'published' is what many scrapers (and the State Department corpus) call the date.
    date: (rec.date as string | undefined) ?? (rec.published as string | undefined) ?? null,
    title: (rec.title as string | undefined) ?? null,
    url: (rec.url as string | undefined) ?? null,
    origin: where,
    format: typeof html === 'string' && html.trim() !== '' ? 'html' : 'text',
  };
  return { line, input };
}

/**
 * Streams a JSONL batch: each non-blank line becomes an input or an error
 * that names its line, and the batch goes on. Memory is bounded by one line.
 */
export async function* readJsonl(stream: Readable, origin: string, maxLineBytes: number): AsyncGenerator<JsonlItem> {
  for await (const { line, bytes, truncated } of splitLines(stream, maxLineBytes)) {
    if (truncated) {
      yield { line, error: new AttacheError('E_TOO_LARGE', `${origin}:${line}: line is over the ${maxLineBytes}-byte limit; skipped`, { line }) };
      continue;
    }
    if (bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d)) continue;
    const bad = firstInvalidUtf8(bytes);
    if (bad >= 0) {
      yield { line, error: new AttacheError('E_ENCODING', `${origin}:${line}: not valid UTF-8 at byte ${bad} of the line`, { line }) };
      continue;
    }
    let raw: string;
    try {
      raw = decodeText(bytes, `${origin}:${line}`);
    } catch (e) {
      yield { line, error: e instanceof AttacheError ? e : new AttacheError('E_ENCODING', String(e), { line }) };
      continue;
    }
    yield parseJsonlRecord(raw, line, origin);
  }
}
