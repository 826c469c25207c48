import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../../output/document.js';
import { packageRoot } from '../../util/paths.js';
import { NO_QUERY, errors } from '../schemas.js';
import type { RouteRegistrar } from './context.js';

const version = (): string => (JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string }).version;

export const healthRoutes: RouteRegistrar = (app, o) => {
  const v = version();
  app.get('/health', {
    config: { access: 'read' },
    schema: {
      tags: ['service'],
      summary: 'Whether the service and its store answer',
      querystring: NO_QUERY,
      response: {
        200: {
          type: 'object',
          required: ['status', 'version', 'schema', 'store'],
          properties: {
            status: { type: 'string', enum: ['ok'] },
            version: { type: 'string' },
            schema: { type: 'string' },
            store: { type: 'object', properties: { location: { type: 'string' }, articles: { type: 'integer' } } },
          },
        },
        ...errors(401, 503),
      },
    },
  }, async () => {
    const { n } = o.store.db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number };
    return { status: 'ok', version: v, schema: SCHEMA_VERSION, store: { location: o.store.location, articles: n } };
  });
};
