import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CSP_DIRECTIVES, bearerToken, isLoopback, tokenMatches } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { TOKEN, auth, server } from './helpers.js';

const store = openStore(':memory:');

describe('token', () => {
  it('matches only the exact token, whatever the lengths', () => {
    assert.equal(tokenMatches(TOKEN, TOKEN), true);
    assert.equal(tokenMatches(TOKEN.replace(/.$/, '_'), TOKEN), false, 'same length, last character differs');
    assert.equal(tokenMatches(`${TOKEN}x`, TOKEN), false, 'longer');
    assert.equal(tokenMatches(TOKEN.slice(0, 4), TOKEN), false, 'a prefix');
    assert.equal(tokenMatches(null, TOKEN), false);
    assert.equal(tokenMatches('', ''), false, 'an empty expected token matches nothing');
    assert.equal(tokenMatches(TOKEN, null), false);
  });

  it('reads the Bearer scheme only', () => {
    assert.equal(bearerToken(`Bearer ${TOKEN}`), TOKEN);
    assert.equal(bearerToken(`bearer ${TOKEN}`), TOKEN);
    assert.equal(bearerToken(`Basic ${TOKEN}`), null);
    assert.equal(bearerToken('Bearer'), null);
    assert.equal(bearerToken(undefined), null);
  });

  it('knows loopback addresses', () => {
    for (const h of ['127.0.0.1', 'localhost', '::1', '[::1]', '127.1.2.3', '::ffff:127.0.0.1']) assert.equal(isLoopback(h), true, h);
    for (const h of ['0.0.0.0', '::', '192.168.1.5', 'example.org', '128.0.0.1']) assert.equal(isLoopback(h), false, h);
  });
});

describe('who may read', () => {
  it('anyone on loopback; beyond it only with the token, unless public-read; the UI and the OpenAPI document always', async () => {
    const local = await server(store);
    const wide = await server(store, { host: '0.0.0.0' });
    const publicRead = await server(store, { host: '0.0.0.0', publicRead: true });
    try {
      assert.equal((await local.inject({ url: '/api/v1/events' })).statusCode, 200);
      const refused = await wide.inject({ url: '/api/v1/events' });
      assert.equal(refused.statusCode, 401);
      assert.match(String(refused.headers['content-type']), /^application\/problem\+json/);
      assert.equal(refused.headers['www-authenticate'], 'Bearer realm="attache"');
      assert.equal((await wide.inject({ method: 'POST', url: '/api/v1/analyze', payload: { text: 'x' } })).statusCode, 401, 'analysis is a read');
      assert.equal((await wide.inject({ url: '/api/v1/events', headers: auth })).statusCode, 200);
      assert.equal((await wide.inject({ url: '/api/v1/openapi.json' })).statusCode, 200);
      assert.equal((await wide.inject({ url: '/' })).statusCode, 200);
      assert.equal((await publicRead.inject({ url: '/api/v1/events' })).statusCode, 200);
      assert.equal((await publicRead.inject({ method: 'POST', url: '/api/v1/ingest', payload: { articles: [{ text: 'x' }] } })).statusCode, 401, 'writes still need it');
      const doc = JSON.parse((await wide.inject({ url: '/api/v1/openapi.json' })).body) as { paths: Record<string, Record<string, { security?: unknown }>> };
      assert.deepEqual(doc.paths['/api/v1/events']!.get!.security, [{ bearer: [] }], 'the document says reads need the token');
    } finally {
      await Promise.all([local.close(), wide.close(), publicRead.close()]);
    }
  });
});

describe('host names', () => {
  it('on loopback, answers only requests that name this machine (no DNS rebinding); beyond it, any name', async () => {
    const local = await server(store);
    const wide = await server(store, { host: '0.0.0.0', publicRead: true });
    try {
      for (const host of ['localhost:8080', '127.0.0.1:8080', '[::1]:8080', 'localhost']) {
        assert.equal((await local.inject({ url: '/api/v1/health', headers: { host } })).statusCode, 200, host);
      }
      for (const host of ['evil.example:8080', 'evil.example', '127.0.0.1.evil.example']) {
        const r = await local.inject({ url: '/api/v1/health', headers: { host } });
        assert.equal(r.statusCode, 403, host);
        assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
        assert.equal((JSON.parse(r.body) as { code: string }).code, 'E_HOST');
      }
      assert.equal((await local.inject({ url: '/', headers: { host: 'evil.example' } })).statusCode, 403, 'the UI too');
      assert.equal((await wide.inject({ url: '/api/v1/health', headers: { host: 'attache.example.org' } })).statusCode, 200);
    } finally {
      await Promise.all([local.close(), wide.close()]);
    }
  });
});

describe('size limits', () => {
  it('answers a body over the limit with 413 problem+json, JSON or raw; an article over its own limit too', async () => {
    const app = await server(store, { limits: { bodyBytes: 4000, articleBytes: 1000, ingestBodyBytes: 6000 } });
    try {
      const big = 'Blinken met Motegi in Tokyo. '.repeat(200);
      for (const req of [
        { payload: { text: big }, headers: {} },
        { payload: big, headers: { 'content-type': 'text/plain' } },
        { payload: `<p>${big}</p>`, headers: { 'content-type': 'text/html' } },
      ]) {
        const r = await app.inject({ method: 'POST', url: '/api/v1/analyze', ...req });
        assert.equal(r.statusCode, 413);
        assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
        const p = JSON.parse(r.body) as { status: number; code: string; type: string };
        assert.equal(p.status, 413);
        assert.equal(p.code, 'E_TOO_LARGE');
      }
      const article = await app.inject({ method: 'POST', url: '/api/v1/analyze', payload: { text: big.slice(0, 2000) } });
      assert.equal(article.statusCode, 413, 'under the body limit, over the article limit');
      assert.match((JSON.parse(article.body) as { detail: string }).detail, /over the 1000-byte limit/);
      const ingest = await app.inject({ method: 'POST', url: '/api/v1/ingest', headers: auth, payload: { articles: [{ text: big.slice(0, 2000) }, { text: big.slice(0, 2500) }, { text: big.slice(0, 2800) }] } });
      assert.equal(ingest.statusCode, 413, '/ingest has its own body limit');
    } finally {
      await app.close();
    }
  });
});

describe('rate limits', () => {
  it('answers past the limit with 429 problem+json and Retry-After, per address, the token having its own allowance', async () => {
    const app = await server(store, { rateLimit: { max: 3, analyzeMax: 1, windowMs: 60_000 } });
    try {
      for (let i = 0; i < 3; i++) assert.equal((await app.inject({ url: '/api/v1/health' })).statusCode, 200);
      const r = await app.inject({ url: '/api/v1/health' });
      assert.equal(r.statusCode, 429);
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
      const retry = Number(r.headers['retry-after']);
      assert.ok(retry >= 1 && retry <= 60, `Retry-After ${String(r.headers['retry-after'])}`);
      const p = JSON.parse(r.body) as { status: number; code: string };
      assert.equal(p.status, 429);
      assert.equal(p.code, 'E_RATE_LIMIT');
      assert.equal((await app.inject({ url: '/api/v1/health', remoteAddress: '127.0.0.2' })).statusCode, 200, 'another address');
      assert.equal((await app.inject({ url: '/api/v1/health', headers: auth })).statusCode, 200, 'the token');
      assert.equal((await app.inject({ url: '/api/v1/health', headers: { authorization: 'Bearer wrong-token-wrong-token' } })).statusCode, 429, 'a wrong token counts as its address');
      // The routes that analyse have a smaller allowance (checked before the body is even validated).
      const other = { remoteAddress: '127.0.0.3' };
      assert.equal((await app.inject({ method: 'POST', url: '/api/v1/analyze', payload: { bad: 1 }, ...other })).statusCode, 400);
      assert.equal((await app.inject({ method: 'POST', url: '/api/v1/analyze', payload: { bad: 1 }, ...other })).statusCode, 429);
    } finally {
      await app.close();
    }
  });
});

describe('headers', () => {
  it('sends a strict Content-Security-Policy with nothing from outside and no inline script or style', async () => {
    const app = await server(store);
    try {
      for (const url of ['/', '/api/v1/health']) {
        const csp = String((await app.inject({ url })).headers['content-security-policy']);
        assert.match(csp, /(^|;)\s*default-src 'self'(;|$)/);
        assert.match(csp, /script-src 'self'(;|$)/);
        assert.match(csp, /object-src 'none'/);
        assert.match(csp, /frame-ancestors 'none'/);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|https?:|\*/);
      }
      const r = await app.inject({ url: '/api/v1/health' });
      assert.equal(r.headers['x-content-type-options'], 'nosniff');
      assert.equal(r.headers['referrer-policy'], 'no-referrer');
      assert.ok(Object.values(CSP_DIRECTIVES).flat().every((s) => s === "'self'" || s === "'none'" || s === 'data:'));
    } finally {
      await app.close();
    }
  });

  it('answers an unknown API path with a 404 problem, never a stack trace', async () => {
    const app = await server(store);
    try {
      const r = await app.inject({ url: '/api/v1/nothing-here' });
      assert.equal(r.statusCode, 404);
      assert.match(String(r.headers['content-type']), /^application\/problem\+json/);
      const bad = await app.inject({ method: 'POST', url: '/api/v1/analyze', payload: '{"text": "unterminated', headers: { 'content-type': 'application/json' } });
      assert.equal(bad.statusCode, 400);
      assert.doesNotMatch(bad.body, /at .*\.js:\d+/);
    } finally {
      await app.close();
    }
  });
});
