import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Validator } from '@seriousme/openapi-schema-validator';
import type { FastifyInstance } from 'fastify';
import { openStore } from '../../src/store/index.js';
import { packageRoot } from '../../src/util/paths.js';
import { server } from './helpers.js';

type Operation = { summary?: string; parameters?: { name: string; in: string }[]; responses: Record<string, unknown>; security?: unknown };
type Doc = { openapi: string; paths: Record<string, Record<string, Operation>> };

const store = openStore(':memory:');
let app: FastifyInstance;
let doc: Doc;

before(async () => {
  app = await server(store);
  const r = await app.inject({ url: '/api/v1/openapi.json' });
  assert.equal(r.statusCode, 200);
  assert.match(String(r.headers['content-type']), /^application\/json/);
  doc = JSON.parse(r.body) as Doc;
});
after(() => app.close());

/** The routes docs/api.md promises: its table's `METHOD /path` cells, with {id} for path parameters. */
function contractRoutes(): [string, string][] {
  const md = readFileSync(join(packageRoot(), 'docs', 'api.md'), 'utf8');
  return [...md.matchAll(/^\| `(GET|POST) (\/[^`?\s]*)/gm)].map((m) => [m[1]!.toLowerCase(), `/api/v1${m[2]!}`]);
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const v = new Validator();
    const res = await v.validate(doc as unknown as Parameters<Validator["validate"]>[0]);
    assert.equal(res.valid, true, JSON.stringify(res.errors, null, 1)?.slice(0, 2000));
    assert.equal(v.version, '3.1');
  });

  it('lists every route of docs/api.md, each answerable by the server', () => {
    const routes = contractRoutes();
    assert.ok(routes.length >= 15, `docs/api.md lists ${routes.length} routes`);
    for (const [method, path] of routes) {
      assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is in the document`);
    }
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops)) {
        const url = path.replace('{id}', ':id');
        assert.ok(app.hasRoute({ method: method.toUpperCase() as 'GET', url }), `${method} ${path} is served`);
      }
    }
  });

  it('documents each operation: a summary, its query parameters, its problems; lists page with limit and cursor', () => {
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        assert.ok(op.summary, `${method} ${path} has a summary`);
        if (path === '/api/v1/openapi.json') continue;
        assert.ok(op.responses['400'] && op.responses['429'], `${method} ${path} documents 400 and 429`);
      }
    }
    for (const list of ['articles', 'actors', 'events', 'quotes', 'checks', 'search']) {
      const names = (doc.paths[`/api/v1/${list}`]!.get!.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      assert.ok(names.includes('limit') && names.includes('cursor'), `${list}: ${names.join(', ')}`);
    }
    const events = (doc.paths['/api/v1/events']!.get!.parameters ?? []).map((p) => p.name).sort();
    assert.deepEqual(events, ['actor', 'cameo', 'country', 'cursor', 'from', 'limit', 'place', 'text', 'to', 'type']);
    assert.deepEqual(doc.paths['/api/v1/ingest']!.post!.security, [{ bearer: [] }]);
    assert.ok(doc.paths['/api/v1/ingest']!.post!.responses['401'] && doc.paths['/api/v1/ingest']!.post!.responses['413']);
  });
});
