import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../src/store/index.js';
import { tempDir } from '../store/helpers.js';
import { server } from './helpers.js';

const store = openStore(':memory:');
const ui = tempDir('attache-ui-');
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/app-1.js"></script></head><body><div id="app"></div></body></html>';
mkdirSync(join(ui, 'assets'));
writeFileSync(join(ui, 'index.html'), INDEX);
writeFileSync(join(ui, 'assets', 'app-1.js'), 'console.log(1);\n');
writeFileSync(join(ui, '.env'), 'SECRET=1\n');

let built: FastifyInstance;
let unbuilt: FastifyInstance;
before(async () => {
  built = await server(store, { uiDir: ui });
  unbuilt = await server(store, { uiDir: join(ui, 'missing') });
});
after(() => Promise.all([built.close(), unbuilt.close()]));

const html = { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' };

describe('the UI at /', () => {
  it('serves the build: index.html at /, its assets with their types', async () => {
    const index = await built.inject({ url: '/', headers: html });
    assert.equal(index.statusCode, 200);
    assert.equal(index.body, INDEX);
    assert.match(String(index.headers['content-type']), /^text\/html/);
    const js = await built.inject({ url: '/assets/app-1.js' });
    assert.equal(js.statusCode, 200);
    assert.match(String(js.headers['content-type']), /javascript/);
  });

  it('answers index.html for the pages the UI routes itself, never for the API or a missing asset', async () => {
    for (const url of ['/events', '/actors/Q7821917', '/articles/sha256%3Aabc?tab=quotes']) {
      const r = await built.inject({ url, headers: html });
      assert.equal(r.statusCode, 200, url);
      assert.equal(r.body, INDEX, url);
    }
    const api = await built.inject({ url: '/api/v1/nope', headers: html });
    assert.equal(api.statusCode, 404);
    assert.match(String(api.headers['content-type']), /^application\/problem\+json/);
    const asset = await built.inject({ url: '/assets/missing.js', headers: { accept: '*/*' } });
    assert.equal(asset.statusCode, 404);
    const post = await built.inject({ method: 'POST', url: '/events', headers: html, payload: {} });
    assert.equal(post.statusCode, 404);
  });

  it('does not serve dotfiles', async () => {
    const r = await built.inject({ url: '/.env' });
    assert.notEqual(r.statusCode, 200);
    assert.doesNotMatch(r.body, /SECRET/);
  });

  it('without a build, / says the UI is not built and how to build it', async () => {
    const r = await unbuilt.inject({ url: '/', headers: html });
    assert.equal(r.statusCode, 200);
    assert.match(r.body, /not built/);
    assert.match(r.body, /npm run build/);
    assert.equal((await unbuilt.inject({ url: '/api/v1/health' })).statusCode, 200);
  });
});
