import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { decodeText, firstInvalidUtf8 } from '../../src/ingest/decode.js';

describe('decodeText', () => {
  it('drops a UTF-8 BOM and makes CRLF and CR line ends LF', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('a\r\nb\rc\n')]);
    assert.equal(decodeText(bytes, 'f.txt'), 'a\nb\nc\n');
  });
  it('reads UTF-16 with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Tōkyō\r\n', 'utf16le')]);
    assert.equal(decodeText(le, 'f.txt'), 'Tōkyō\n');
  });
  it('refuses binary input, naming the file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    assert.throws(() => decodeText(png, 'photo.png'), (e: Error & { code?: string }) => e.code === 'E_BINARY' && /photo\.png/.test(e.message));
  });
  it('refuses invalid UTF-8 and says at which byte', () => {
    const latin1 = Buffer.from('Caf\xe9 au lait', 'latin1');
    assert.throws(() => decodeText(latin1, 'menu.txt'), (e: Error & { code?: string }) => e.code === 'E_ENCODING' && /menu\.txt/.test(e.message) && /byte 3/.test(e.message));
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with the WHATWG decoder on random bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        assert.equal(firstInvalidUtf8(bytes) === -1, valid);
      }),
      { numRuns: 3000 },
    );
  });
  it('accepts every valid string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => firstInvalidUtf8(Buffer.from(s, 'utf8')) === -1));
  });
  it('rejects overlong forms, surrogates and truncated sequences', () => {
    assert.equal(firstInvalidUtf8(Buffer.from([0xc0, 0xaf])), 0);
    assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0xed, 0xa0, 0x80])), 1);
    assert.equal(firstInvalidUtf8(Buffer.from([0x41, 0x42, 0xe3, 0x81])), 2);
  });
});
