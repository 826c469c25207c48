import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { cli } from '../helpers.js';
import { stateDeptLines, tempDir } from '../store/helpers.js';

const dir = tempDir('attache-cli-export-');

describe('attache export', () => {
  it('streams GDELT rows of 61 columns and PLOVER records to a file or standard output', async () => {
    const input = join(dir, 'three.jsonl');
    writeFileSync(input, `${stateDeptLines(3).join('\n')}\n`);
    const db = join(dir, 'three.db');
    assert.equal((await cli(['ingest', input, '--db', db, '--workers', '0', '--quiet'])).code, 0);

    const out = join(dir, 'events.tsv');
    const r = await cli(['export', '--db', db, '--format', 'gdelt', '--output', out, '--header']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^attache export: \d+ event clusters as gdelt to /);
    assert.equal(existsSync(`${out}.partial`), false);
    const [header, ...rows] = readFileSync(out, 'utf8').trimEnd().split('\n');
    assert.equal(header!.split('\t').length, 61);
    assert.ok(rows.length > 0);
    for (const row of rows) assert.equal(row.split('\t').length, 61, row);

    const plover = await cli(['export', '--db', db, '--format', 'plover']);
    const records = plover.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(records.length > 0);
    for (const rec of records) for (const f of ['id', 'date', 'actor', 'event']) assert.ok(rec[f], `${f} in ${JSON.stringify(rec)}`);
  });

  it('asks for a format, and refuses a store that does not exist', async () => {
    assert.match((await cli(['export'])).stderr, /--format jsonl\|csv\|gdelt\|plover.*\n.*\[E_USAGE\]/);
    assert.match((await cli(['export', '--format', 'xml'])).stderr, /--format must be/);
    assert.match((await cli(['export', '--format', 'csv', '--db', join(dir, 'none.db')])).stderr, /\[E_NOT_FOUND\]/);
    assert.match((await cli(['export', '--help'])).stdout, /Examples:/);
  });
});
