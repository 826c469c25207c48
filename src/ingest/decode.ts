import { AttacheError } from '../errors.js';

/** Index of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Share of control characters (other than tab, LF, CR, FF) in a sample: binaries are full of them. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

/**
 * Bytes to the text every offset will refer to: UTF-8 (BOM dropped), or UTF-16
 * with a BOM; line ends made LF. Anything else is refused with a message that
 * names the input and says where the problem is.
 */
export function decodeText(bytes: Uint8Array, origin: string): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const le = bytes[0] === 0xff;
    try {
      return normaliseNewlines(new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2)));
    } catch {
      throw new AttacheError('E_ENCODING', `${origin}: starts with a UTF-16 byte-order mark but is not valid UTF-16`, { origin });
    }
  }
  if (looksBinary(bytes)) {
    throw new AttacheError('E_BINARY', `${origin}: looks like a binary file, not text (control bytes near the start); give a UTF-8 text, HTML or JSONL file`, { origin });
  }
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    const hex = Array.from(bytes.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new AttacheError('E_ENCODING', `${origin}: not valid UTF-8 at byte ${bad} (bytes ${hex}); convert it to UTF-8 first, e.g. iconv -f WINDOWS-1252 -t UTF-8`, { origin, byte: bad });
  }
  let text = new TextDecoder('utf-8').decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return normaliseNewlines(text);
}

/** CRLF and lone CR become LF so that every line end is one character. */
export function normaliseNewlines(text: string): string {
  return text.indexOf('\r') >= 0 ? text.replace(/\r\n?/g, '\n') : text;
}
