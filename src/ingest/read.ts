import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { AttacheError } from '../errors.js';

/** 10 MiB: ten times the longest news article we have seen; a larger "article" is almost always a dump. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(origin: string, size: number | null, maxBytes: number): AttacheError {
  const what = size === null ? 'more than' : `${mb(size)},`;
  return new AttacheError(
    'E_TOO_LARGE',
    `${origin}: ${what} over the ${mb(maxBytes)} limit for one article; split it, or raise the limit with --max-bytes`,
    { origin, size, maxBytes },
  );
}

/** Reads a file whole, refusing before reading if it is over the limit. */
export async function readFileBytes(path: string, maxBytes: number): Promise<Uint8Array> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new AttacheError('E_NOT_FOUND', `${path}: is a directory, not a file`, { origin: path });
    size = st.size;
  } catch (e) {
    if (e instanceof AttacheError) throw e;
    throw new AttacheError('E_NOT_FOUND', `${path}: no such file`, { origin: path });
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  const fh = await open(path, 'r');
  try {
    const buf = await fh.readFile();
    if (buf.length > maxBytes) throw tooLarge(path, buf.length, maxBytes);
    return buf;
  } finally {
    await fh.close();
  }
}

/** Reads a stream whole, stopping as soon as it passes the limit. */
export async function readStreamBytes(stream: Readable, origin: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buf.length;
    if (total > maxBytes) {
      stream.destroy();
      throw tooLarge(origin, null, maxBytes);
    }
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
