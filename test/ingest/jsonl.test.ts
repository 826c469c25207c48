import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Readable } from 'node:stream';
import { readJsonl, type JsonlItem } from '../../src/ingest/jsonl.js';
import { splitLines } from '../../src/ingest/lines.js';

async function collect(input: string | Buffer, max = 1 << 20): Promise<JsonlItem[]> {
  const out: JsonlItem[] = [];
  for await (const item of readJsonl(Readable.from([Buffer.from(input)]), 'batch.jsonl', max)) out.push(item);
  return out;
}

describe('JSONL batches', () => {
  it('yields each line in order with its line number, and errors in place of bad lines', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'First article.' }),
      '{"id": "b", "text": "unterminated',
      JSON.stringify({ id: 'c', title: 'No text here' }),
      '',
      JSON.stringify({ id: 7, date: '2021-03-16', html: '<p>Paged</p>' }),
      '[1, 2]',
    ].join('\n');
    const items = await collect(input);
    assert.deepEqual(items.map((i) => i.line), [1, 2, 3, 5, 6]);
    assert.ok('input' in items[0]!);
    assert.ok('error' in items[1]! && items[1].error.code === 'E_JSONL_PARSE' && /batch\.jsonl:2/.test(items[1].error.message));
    assert.ok('error' in items[2]! && items[2].error.code === 'E_JSONL_RECORD' && items[2].id === 'c');
    assert.ok('input' in items[3]! && items[3].input.id === '7' && items[3].input.format === 'html' && items[3].input.date === '2021-03-16');
    assert.ok('error' in items[4]! && /expected a JSON object/.test(items[4].error.message));
  });
  it('reads "published" as the date', async () => {
    const [item] = await collect(JSON.stringify({ id: 'x', published: '2021-05-20T22:14:56+00:00', text: 'T.' }));
    assert.ok(item && 'input' in item && item.input.date === '2021-05-20T22:14:56+00:00');
  });
  it('reports a line of invalid UTF-8 and goes on', async () => {
    const input = Buffer.concat([Buffer.from('{"text": "caf'), Buffer.from([0xe9]), Buffer.from('"}\n{"text": "ok"}\r\n')]);
    const items = await collect(input);
    assert.equal(items.length, 2);
    assert.ok('error' in items[0]! && items[0].error.code === 'E_ENCODING');
    assert.ok('input' in items[1]! && items[1].input.text === 'ok');
  });
  it('skips a line over the size limit and goes on', async () => {
    const items = await collect(`${JSON.stringify({ text: 'x'.repeat(5000) })}\n${JSON.stringify({ text: 'small' })}\n`, 1000);
    assert.equal(items.length, 2);
    assert.ok('error' in items[0]! && items[0].error.code === 'E_TOO_LARGE');
    assert.ok('input' in items[1]!);
  });
});

describe('splitLines', () => {
  it('splits across chunk boundaries and keeps a last line without a newline', async () => {
    const chunks = ['ab', 'c\nde', '\n\nf'].map((s) => Buffer.from(s));
    const lines: string[] = [];
    for await (const l of splitLines(Readable.from(chunks), 100)) lines.push(l.bytes.toString());
    assert.deepEqual(lines, ['abc', 'de', '', 'f']);
  });
});
