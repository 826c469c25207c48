import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packageRoot } from '../../src/util/paths.js';
import { cli } from '../helpers.js';
import { tempDir } from '../store/helpers.js';

const MAIN = join(packageRoot(), 'dist', 'src', 'cli', 'main.js');

describe('attache serve', () => {
  it('refuses to serve reads beyond loopback without a token (unless --public-read), and bad options, with status 2', async () => {
    const dir = tempDir('attache-serve-');
    const wide = await cli(['serve', '--host', '0.0.0.0', '--db', join(dir, 'a.db')]);
    assert.equal(wide.code, 2);
    assert.match(wide.stderr, /--token or ATTACHE_TOKEN, or --public-read/);
    assert.equal((await cli(['serve', '--port', 'eighty'])).code, 2);
    assert.equal((await cli(['serve', '--port', '70000'])).code, 2);
    assert.equal((await cli(['serve', '--token', 'short'])).code, 2);
    assert.equal((await cli(['serve', 'extra'])).code, 2);
    const help = await cli(['serve', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /--public-read/);
    assert.match((await cli(['--help'])).stdout, /serve/);
  });

  it('listens, answers the API over the store it names, and stops cleanly on SIGTERM', async () => {
    const dir = tempDir('attache-serve-');
    const child = spawn(process.execPath, [MAIN, 'serve', '--port', '0', '--db', join(dir, 'served.db')], {
      env: { ...process.env, ATTACHE_TOKEN: 'a-token-long-enough-0123' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    const address = await new Promise<string>((resolve, reject) => {
      child.stderr.on('data', (c: Buffer) => {
        stderr += c.toString();
        const m = /listening on (http:\/\/\S+)/.exec(stderr);
        if (m) resolve(m[1]!.replace(/\s.*$/, ''));
      });
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
    });
    try {
      assert.match(stderr, /writes need the token; reads open/);
      const health = await fetch(`${address}/api/v1/health`);
      assert.equal(health.status, 200);
      const body = (await health.json()) as { store: { location: string; articles: number } };
      assert.deepEqual(body.store, { location: join(dir, 'served.db'), articles: 0 });
      const write = await fetch(`${address}/api/v1/ingest`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"articles":[{"text":"x"}]}' });
      assert.equal(write.status, 401);
    } finally {
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      assert.equal(await exited, 0);
    }
  });
});
