import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { AttacheError, describeError } from '../../errors.js';
import type { ArticleInput } from '../../ingest/article.js';
import { decodeText } from '../../ingest/decode.js';
import { readJsonl } from '../../ingest/jsonl.js';
import { readFileBytes } from '../../ingest/read.js';

/** An input that failed before analysis or during it: where, and why. */
export interface InputError {
  /** The file ('<stdin>' for standard input). */
  readonly file: string;
  /** The JSONL line, or null for a whole file. */
  readonly line: number | null;
  readonly code: string;
  readonly reason: string;
}

export type SourceItem =
  | { readonly input: ArticleInput; readonly extId: string | null; readonly origin: string }
  | { readonly error: InputError };

/** Extensions a directory is searched for; a file named on the command line is read whatever its name. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.html', '.htm', '.jsonl']);

export interface SourceOptions {
  readonly cwd: string;
  readonly stdin: Readable;
  readonly maxBytes: number;
}

/** The files a path stands for: itself, or every article file below a directory, in sorted order. */
export async function* expandPath(path: string, cwd: string): AsyncGenerator<string> {
  const full = resolve(cwd, path);
  const st = await stat(full).catch(() => null);
  if (!st) throw new AttacheError('E_NOT_FOUND', `${path}: no such file or directory`, { origin: path });
  if (!st.isDirectory()) {
    yield path;
    return;
  }
  const entries = (await readdir(full, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const child = join(path, e.name);
    if (e.isDirectory()) yield* expandPath(child, cwd);
    else if (e.isFile() && ARTICLE_EXTENSIONS.has(extname(e.name).toLowerCase())) yield child;
  }
}

/** Drops the 'FILE:LINE: ' a reader's message starts with: the summary prints file and line in their own columns. */
export function reasonOf(message: string, file: string, line: number | null): string {
  const prefix = line === null ? `${file}: ` : `${file}:${line}: `;
  return message.startsWith(prefix) ? message.slice(prefix.length) : message;
}

export function inputError(file: string, line: number | null, e: unknown): InputError {
  const { code, message } = describeError(e);
  return { file, line, code, reason: reasonOf(message, file, line) };
}

async function* jsonlItems(stream: Readable, file: string, maxBytes: number): AsyncGenerator<SourceItem> {
  for await (const item of readJsonl(stream, file, maxBytes)) {
    if ('error' in item) {
      yield { error: inputError(file, item.line, item.error) };
      continue;
    }
    const extId = item.input.id != null && item.input.id !== '' ? item.input.id : null;
    yield { input: item.input, extId, origin: `${file}:${item.line}` };
  }
}

async function readOneFile(path: string, full: string, maxBytes: number): Promise<SourceItem> {
  try {
    const bytes = await readFileBytes(full, maxBytes);
    if (bytes.length === 0) throw new AttacheError('E_EMPTY', `${path}: the file is empty`);
    const text = decodeText(bytes, path);
    if (text.trim() === '') throw new AttacheError('E_EMPTY', `${path}: holds only whitespace`);
    const isHtml = /\.x?html?$/i.test(path);
    return { input: { text, origin: path, format: isHtml ? 'html' : 'auto' }, extId: full, origin: path };
  } catch (e) {
    return { error: inputError(path, null, e) };
  }
}

/**
 * Every article the paths name, in order: '-' is JSONL on standard input, a .jsonl file is
 * streamed line by line, any other file is one article, a directory is searched recursively.
 * A bad file or line becomes an error item and the rest goes on; memory holds one article.
 */
export async function* readSources(paths: readonly string[], options: SourceOptions): AsyncGenerator<SourceItem> {
  for (const path of paths) {
    if (path === '-') {
      yield* jsonlItems(options.stdin, '<stdin>', options.maxBytes);
      continue;
    }
    let files: AsyncGenerator<string>;
    try {
      files = expandPath(path, options.cwd);
      for await (const file of files) {
        const full = resolve(options.cwd, file);
        if (extname(file).toLowerCase() === '.jsonl') yield* jsonlItems(createReadStream(full), file, options.maxBytes);
        else yield await readOneFile(file, full, options.maxBytes);
      }
    } catch (e) {
      yield { error: inputError(path, null, e) };
    }
  }
}

/** How many articles the paths hold, counted cheaply (lines of JSONL files, other files as one), for progress; null for stdin. */
export async function countArticles(paths: readonly string[], cwd: string): Promise<number | null> {
  let n = 0;
  for (const path of paths) {
    if (path === '-') return null;
    try {
      for await (const file of expandPath(path, cwd)) {
        if (extname(file).toLowerCase() !== '.jsonl') {
          n++;
          continue;
        }
        let last = 0x0a;
        for await (const chunk of createReadStream(resolve(cwd, file)) as AsyncIterable<Buffer>) {
          for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) n++;
          last = chunk[chunk.length - 1] ?? last;
        }
        if (last !== 0x0a) n++;
      }
    } catch {
      // reported when read
    }
  }
  return n;
}
