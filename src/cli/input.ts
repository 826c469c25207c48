import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AttacheError } from '../errors.js';
import type { ArticleInput } from '../ingest/article.js';
import { decodeText } from '../ingest/decode.js';
import { DEFAULT_MAX_BYTES, readFileBytes, readStreamBytes } from '../ingest/read.js';
import type { CommandIO } from './command.js';

export type InputKind = 'auto' | 'text' | 'html';

export function parseInputKind(value: string | undefined): InputKind {
  const v = value ?? 'auto';
  if (v !== 'auto' && v !== 'text' && v !== 'html') throw new AttacheError('E_USAGE', `--input must be auto, text or html, got '${v}'`);
  return v;
}

export function parseMaxBytes(value: string | undefined): number {
  const n = value !== undefined ? Number(value) : DEFAULT_MAX_BYTES;
  if (!Number.isSafeInteger(n) || n <= 0) throw new AttacheError('E_USAGE', '--max-bytes must be a positive whole number');
  return n;
}

/** Fails early, with the path, when a named input does not exist. */
export async function checkExists(path: string, io: CommandIO): Promise<void> {
  if (path === '-') return;
  try {
    await stat(resolve(io.cwd, path));
  } catch {
    throw new AttacheError('E_NOT_FOUND', `${path}: no such file`);
  }
}

/** One article from a file or standard input: size-limited, decoded, refused with a clear message when unusable. */
export async function readArticle(path: string, io: CommandIO, options: { maxBytes: number; kind: InputKind }): Promise<ArticleInput> {
  const origin = path === '-' ? '<stdin>' : path;
  const bytes = path === '-' ? await readStreamBytes(io.stdin, origin, options.maxBytes) : await readFileBytes(resolve(io.cwd, path), options.maxBytes);
  if (bytes.length === 0) throw new AttacheError('E_EMPTY', `${origin}: the file is empty`);
  const text = decodeText(bytes, origin);
  if (text.trim() === '') throw new AttacheError('E_EMPTY', `${origin}: holds only whitespace`);
  const isHtmlFile = /\.x?html?$/i.test(path);
  return { text, origin, format: options.kind === 'auto' ? (isHtmlFile ? 'html' : 'auto') : options.kind };
}
