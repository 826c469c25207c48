import type { Readable } from 'node:stream';

export interface RawLine {
  /** 1-based line number. */
  readonly line: number;
  readonly bytes: Buffer;
  /** The line was longer than the limit; bytes holds only its start. */
  readonly truncated: boolean;
}

/**
 * Splits a byte stream into lines without decoding, so each line's encoding
 * can be checked on its own and one bad line does not spoil the rest. Memory
 * stays bounded by the longest line (or the limit).
 */
export async function* splitLines(stream: Readable, maxLineBytes: number): AsyncGenerator<RawLine> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let truncated = false;
  let line = 0;
  const take = (tail: Buffer): RawLine => {
    const bytes = pending.length === 0 ? tail : Buffer.concat([...pending, tail]);
    const out = { line: ++line, bytes: bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes, truncated };
    pending = [];
    pendingBytes = 0;
    truncated = false;
    return out;
  };
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    let nl: number;
    while ((nl = buf.indexOf(0x0a)) >= 0) {
      let part = truncated ? Buffer.alloc(0) : buf.subarray(0, nl);
      if (pendingBytes + part.length > maxLineBytes) {
        part = part.subarray(0, maxLineBytes - pendingBytes);
        truncated = true;
      }
      yield take(part);
      buf = buf.subarray(nl + 1);
    }
    if (buf.length > 0 && !truncated) {
      const room = maxLineBytes - pendingBytes;
      if (buf.length > room) {
        pending.push(Buffer.from(buf.subarray(0, room)));
        pendingBytes += room;
        truncated = true;
      } else {
        pending.push(Buffer.from(buf));
        pendingBytes += buf.length;
      }
    }
  }
  if (pendingBytes > 0 || truncated) yield take(Buffer.alloc(0));
}
