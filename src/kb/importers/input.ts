import { spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { AttacheError } from '../../errors.js';

/**
 * Lines of an input file, decompressing .gz (zlib) and .bz2 (the system's `bzip2`,
 * Debian package bzip2: Node has no bzip2 and a pure-JS one would be slow on dumps).
 * A damaged archive makes the iteration throw with how far it got.
 */
export async function* readLines(file: string): AsyncGenerator<{ line: string; number: number }> {
  if (!existsSync(file) || !statSync(file).isFile()) throw new AttacheError('E_NOT_FOUND', `no such file: ${file}`);
  const raw = createReadStream(file);
  let stream: Readable = raw;
  let bzip: ReturnType<typeof spawn> | null = null;
  let bzipErr = '';
  if (file.endsWith('.gz')) stream = raw.pipe(createGunzip());
  else if (file.endsWith('.bz2')) {
    bzip = spawn('bzip2', ['-dc'], { stdio: ['pipe', 'pipe', 'pipe'] });
    raw.pipe(bzip.stdin as NodeJS.WritableStream);
    bzip.stderr?.on('data', (d: Buffer) => (bzipErr += d.toString()));
    stream = bzip.stdout as Readable;
  }
  let failure: Error | null = null;
  const fail = (e: Error): void => {
    failure ??= e;
    stream.destroy();
  };
  stream.on('error', fail);
  raw.on('error', fail);
  const bzipDone = bzip
    ? new Promise<void>((resolve) => {
        bzip?.on('error', (e: NodeJS.ErrnoException) => {
          fail(e.code === 'ENOENT' ? new Error('the bzip2 program is not installed (Debian package bzip2); decompress the file first') : e);
          resolve();
        });
        bzip?.on('close', (code) => {
          if (code !== 0 && code !== null) fail(new Error(`bzip2 could not decompress the file: ${bzipErr.trim() || `exit ${code}`}`));
          resolve();
        });
      })
    : Promise.resolve();
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      // A byte-order mark would hide the first line's opening bracket.
      yield { line: n === 1 ? line.replace(/^\uFEFF/, '') : line, number: n };
    }
  } catch (e) {
    failure ??= e instanceof Error ? e : new Error(String(e));
  }
  await bzipDone;
  if (failure) {
    const f = failure as Error;
    const why = /unexpected end of file/i.test(f.message) ? 'the compressed file is truncated' : f.message;
    throw new AttacheError('E_KB_IMPORT', `${why} (after line ${n}, ${raw.bytesRead} bytes read)`, { line: n, bytes: raw.bytesRead });
  }
}
