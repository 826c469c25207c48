import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Readable } from 'node:stream';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run.js';
import type { CommandIO } from '../../src/cli/command.js';
import { fixture, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  // A user KB that does not exist: the bundled KB alone, never the tester's ~/.attache.
  const io: CommandIO = {
    stdout, stderr, stdin: Readable.from([stdin]), isTTY: false, color: false,
    env: { ATTACHE_KB_USER: join(tmp.dir, 'none.db') }, cwd: process.cwd(),
  };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('attache kb', () => {
  it('holders, as text and as JSON with the documented fields', async () => {
    const t = await cli(['kb', 'holders', '--country', 'JPN', '--post', 'Foreign Minister', '--date', '2021-03-16']);
    assert.equal(t.code, 0);
    assert.match(t.out, /Toshimitsu Motegi \(Q1655453\)/);
    const j = await cli(['kb', 'holders', '--country', 'CHN', '--post', 'Foreign Minister', '--date', '2023-03-01', '--format', 'json']);
    const rows = JSON.parse(j.out) as Record<string, unknown>[];
    assert.deepEqual(Object.keys(rows[0] ?? {}).sort(), ['country', 'end', 'endInferred', 'name', 'post', 'source', 'start', 'wikidata']);
    assert.equal(rows[0]?.name, 'Qin Gang');
  });

  it('person, search and stats', async () => {
    const p = await cli(['kb', 'person', 'Q47846', '--date', '2011-01-01']);
    assert.equal(p.code, 0);
    assert.match(p.out, /Naoto Kan/);
    assert.match(p.out, /菅直人/);
    const s = await cli(['kb', 'search', 'Toshimitsu Shigeki', '--country', 'JPN', '--format', 'json']);
    assert.equal((JSON.parse(s.out) as { wikidata: string }[])[0]?.wikidata, 'Q1655453');
    const st = await cli(['kb', 'stats', '--format', 'json']);
    const stats = JSON.parse(st.out) as { persons: number; sources: { source: string; latestDate: string }[] };
    assert.ok(stats.persons > 10000);
    assert.ok(stats.sources.some((x) => x.source === 'curated' && x.latestDate >= '2025'));
  });

  it('usage errors exit 2 and say how to get help', async () => {
    const r = await cli(['kb', 'holders', '--country', 'JPN']);
    assert.equal(r.code, 2);
    assert.match(r.err, /needs --country and --post/);
    const bad = await cli(['kb', 'holders', '--country', 'JPN', '--post', 'PM', '--date', '2021-02-30']);
    assert.equal(bad.code, 1);
    assert.match(bad.err, /E_BAD_DATE/);
  });

  it('import reports skipped records on stderr and exits 1; export gives Popolo', async () => {
    const userKb = join(tmp.dir, 'cli.db');
    const ok = await cli(['kb', 'import', 'wikidata', fixture('Q57640.full.json'), '--user-kb', userKb]);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /persons 1, terms 5 \(from 7 statements\)/);
    const exp = await cli(['kb', 'export', 'popolo', '--user-only', '--user-kb', userKb]);
    const doc = JSON.parse(exp.out) as { persons: { id: string }[]; memberships: unknown[] };
    assert.deepEqual(doc.persons.map((p) => p.id), ['Q57640']);
    assert.equal(doc.memberships.length, 5);
    const ph = await cli(['kb', 'import', 'phoenix', fixture('phoenix-sample.txt'), '--user-kb', userKb]);
    assert.equal(ph.code, 1);
    assert.match(ph.err, /line 4: alias/);
  });
});

describe('attache resolve', () => {
  it('one phrase, as text and JSON', async () => {
    const t = await cli(['resolve', 'the Kremlin']);
    assert.match(t.out, /country RUS {2}sector GOV/);
    const j = await cli(['resolve', 'He', '--format', 'json']);
    assert.deepEqual(JSON.parse(j.out), { text: 'He', name: '', wikidata: '', country: '', sector: '', cameo: '', office: '', confidence: 0 });
  });

  it('--jsonl: one output line per input line, bad lines marked', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'American warplanes', date: '2021-03-16' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'Secretary Austin', date: '2021-03-16' }),
    ].join('\n');
    const r = await cli(['resolve', '--jsonl', '-'], input);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.equal(lines.length, 3);
    assert.deepEqual(Object.keys(lines[0] ?? {}), ['id', 'text', 'name', 'wikidata', 'country', 'sector', 'cameo', 'office', 'confidence']);
    assert.equal(lines[0]?.cameo, 'USAMIL');
    assert.equal(lines[1]?.code, 'E_JSONL_PARSE');
    assert.equal(lines[2]?.wikidata, 'Q941013');
  });
});
