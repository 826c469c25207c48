import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { committedArticles } from '../../src/store/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { cli } from '../helpers.js';
import { stateDeptLines, tempDir } from '../store/helpers.js';

const dir = tempDir('attache-cli-ingest-');
const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');
const STATS_KEYS = ['articles', 'entities', 'mentions', 'quotes', 'events', 'eventClusters', 'nameChecks'];

/** The real CLI as a child process. */
function spawnCli(args: string[]) {
  const child = spawn(process.execPath, [MAIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}


async function stats(db: string): Promise<Record<string, number>> {
  const r = await cli(['stats', '--db', db, '--format', 'json']);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout) as Record<string, number>;
}

describe('attache ingest and attache stats', () => {
  it('ingest writes a JSON summary with each bad line; stats gives the documented shape', async () => {
    const [a, b] = stateDeptLines(2);
    const path = join(dir, 'small.jsonl');
    writeFileSync(path, `${a}\n{"id": 7, "text": 12}\n${b}\n`);
    const db = join(dir, 'small.db');
    const r = await cli(['ingest', path, '--db', db, '--workers', '0', '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const summary = JSON.parse(r.stdout);
    assert.equal(summary.inserted, 2);
    assert.deepEqual(summary.errors, [{ file: path, line: 2, code: 'E_JSONL_RECORD', reason: "field 'text' must be a string" }]);
    assert.match(r.stderr, /attache ingest: 3\/3/);
    const s = await stats(db);
    assert.deepEqual(Object.keys(s), STATS_KEYS);
    assert.equal(s.articles, 2);
    for (const k of STATS_KEYS) assert.equal(typeof s[k], 'number');
    assert.deepEqual(summary.stats, s);

    const again = await cli(['ingest', path, '--db', db, '--workers', '0', '--quiet']);
    assert.equal(again.code, 1);
    assert.match(again.stdout, /0 stored .* 2 already stored/);
    assert.match(again.stdout, /small\.jsonl:2 {2}E_JSONL_RECORD {2}field 'text' must be a string/);
    assert.equal(again.stderr, '');
    const text = await cli(['stats', '--db', db]);
    assert.match(text.stdout, /^articles\s+2$/m);
  });

  it('stats refuses a store that does not exist instead of making one', async () => {
    const missing = join(dir, 'nope.db');
    const r = await cli(['stats', '--db', missing]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\[E_NOT_FOUND\]/);
    assert.equal(existsSync(missing), false);
  });

  it('has --help with examples, and refuses bad options', async () => {
    for (const c of ['ingest', 'stats']) assert.match((await cli([c, '--help'])).stdout, /Examples:/);
    assert.match((await cli(['ingest'])).stderr, /at least one PATH.*\n.*\[E_USAGE\]/);
    assert.match((await cli(['ingest', 'x', '--workers', 'many'])).stderr, /--workers must be/);
  });

  it('killed with SIGKILL midway, then run again, gives the stats of an uninterrupted run', async () => {
    const reference = join(dir, 'reference.db');
    const killed = join(dir, 'killed.db');
    const input = join(dir, 'kill.jsonl');
    writeFileSync(input, `${stateDeptLines(24).join('\n')}\n`);
    const args = (db: string, workers = 2) => ['ingest', input, '--db', db, '--workers', String(workers), '--quiet'];
    // The reference on one worker: the results must not depend on how the work was split either.
    const whole = spawnCli(args(reference, 1));
    const victim = spawnCli(args(killed));
    // Kill only once a commit is seen, so the store holds some articles; if the run finished first, so be it.
    let seen = 0;
    let finished = false;
    void victim.done.then(() => (finished = true));
    while (!finished && (seen = committedArticles(killed)) === 0) await new Promise((r) => setTimeout(r, 20));
    victim.child.kill('SIGKILL');
    const end = await victim.done;
    assert.ok(end.signal === 'SIGKILL' || end.code === 0, JSON.stringify(end));
    const rerun = await spawnCli(args(killed)).done;
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.equal((await whole.done).code, 0);
    assert.ok(seen > 0 || end.code === 0);
    assert.deepEqual(await stats(killed), await stats(reference));
  });
});
