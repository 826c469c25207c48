import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { problem, sendProblem } from './problem.js';

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Attaché</title></head>
<body><h1>Attaché</h1>
<p>The web UI is not built. Run <code>npm run build</code>, then restart <code>attache serve</code>.</p>
<p>The API answers at <a href="/api/v1/health">/api/v1/health</a>; its description is at <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
</body></html>
`;

/** A browser navigating (not a script fetching data): GET or HEAD, outside the API, asking for HTML. */
function isPageRequest(req: FastifyRequest): boolean {
  const path = req.url.split('?')[0]!;
  return (req.method === 'GET' || req.method === 'HEAD') && !path.startsWith('/api/') && /\btext\/html\b/.test(req.headers.accept ?? '');
}

/**
 * The UI at /: the built files of dist/ui, and its index.html for every other page a browser asks for
 * (the UI routes on the client). Without a build, / says how to make one. Everything else that matches no
 * route is a 404 problem.
 */
export async function registerUi(app: FastifyInstance, uiDir: string | null): Promise<void> {
  const built = uiDir !== null && existsSync(join(uiDir, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, { root: uiDir, prefix: '/', wildcard: true, dotfiles: 'ignore', index: ['index.html'] });
  } else {
    app.get('/', { schema: { hide: true } }, async (_req, reply) => reply.type('text/html; charset=utf-8').send(NOT_BUILT));
  }
  app.setNotFoundHandler(async (req: FastifyRequest, reply: FastifyReply) => {
    if (isPageRequest(req)) {
      if (built) return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
      return reply.code(404).type('text/html; charset=utf-8').send(NOT_BUILT);
    }
    return sendProblem(reply, problem(404, 'E_NOT_FOUND', `no route ${req.method} ${req.url.split('?')[0]}`));
  });
}
