import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type onRequestAsyncHookHandler } from 'fastify';
import { bearerToken, tokenMatches, unauthorized } from './auth.js';
import { hostName, namesThisMachine } from './hosts.js';
import { resolveOptions, type ResolvedOptions, type ServerOptions } from './options.js';
import { HttpProblem, sendProblem, toProblem } from './problem.js';
import { analyzeRoutes } from './routes/analyze.js';
import type { Access, ServerContext } from './routes/context.js';
import { ResponseCache } from './response-cache.js';
import { detailRoutes } from './routes/details.js';
import { exportRoutes } from './routes/export.js';
import { healthRoutes } from './routes/health.js';
import { ingestRoutes } from './routes/ingest.js';
import { kbRoutes } from './routes/kb.js';
import { listRoutes } from './routes/lists.js';
import { registerUi } from './static-ui.js';
import { validatorCompiler } from './validators.js';
import { SCHEMA_VERSION } from '../output/document.js';

/**
 * The policy: `default-src 'self'` and nothing from outside. What a Vite build needs is all same-origin
 * (module scripts, CSS files, fetches to /api); images and fonts Vite inlines come as data: URLs.
 * No 'unsafe-inline' anywhere: article text is shown by the UI and must never run.
 */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  workerSrc: ["'self'"],
};

function authCheck(access: Exclude<Access, 'open'>, o: ResolvedOptions): onRequestAsyncHookHandler {
  return async (req) => {
    if (access === 'read' && !o.readsNeedToken) return;
    const given = bearerToken(req.headers.authorization);
    if (!tokenMatches(given, o.token)) throw unauthorized(given, o.token, access === 'write' ? 'writes' : 'reads');
  };
}

/** The API and the UI over one store, as a Fastify instance (not listening: call listen(), or inject() in tests). */
export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const o = resolveOptions(options);
  const cache = o.limits.cacheBytes > 0 ? new ResponseCache(o.store, o.limits.cacheBytes) : null;
  const context: ServerContext = { ...o, afterWrite: () => cache?.bump() };
  const app = Fastify({
    logger: o.logger,
    bodyLimit: o.limits.bodyBytes,
    // Store keys in paths ('name:…' for actors the KB does not know) run longer than the default 100.
    routerOptions: { maxParamLength: 500 },
    return503OnClosing: true,
    forceCloseConnections: true,
  });

  app.setValidatorCompiler(validatorCompiler());
  app.addContentTypeParser('text/html', { parseAs: 'string' }, (_req, body, done) => done(null, body));
  app.setErrorHandler(async (error, req, reply) => {
    const { problem, headers } = toProblem(error);
    if (problem.status >= 500) req.log.error(error);
    return sendProblem(reply, problem, headers);
  });

  if (o.localOnly) {
    app.addHook('onRequest', async (req) => {
      if (!namesThisMachine(req.headers.host)) {
        throw new HttpProblem(403, 'E_HOST', `this server answers requests for localhost only, not for '${hostName(req.headers.host) ?? ''}'; listen on another --host to serve other names`);
      }
    });
  }

  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives: CSP_DIRECTIVES },
    // Served over plain HTTP on this machine; HSTS belongs to the TLS proxy in front, if any.
    hsts: false,
  });

  if (o.rateLimit) {
    const limits = o.rateLimit;
    await app.register(rateLimit, {
      global: true,
      max: limits.max,
      timeWindow: limits.windowMs,
      // Per token for a caller who has it, else per address; a wrong token does not buy a fresh allowance.
      keyGenerator: (req) => (o.token !== null && tokenMatches(bearerToken(req.headers.authorization), o.token) ? 'token' : `ip:${req.ip}`),
      errorResponseBuilder: (_req, ctx) =>
        new HttpProblem(429, 'E_RATE_LIMIT', `more than ${ctx.max} requests in ${ctx.after}; retry in ${Math.max(1, Math.ceil(ctx.ttl / 1000))} s`, undefined, {
          'Retry-After': String(Math.max(1, Math.ceil(ctx.ttl / 1000))),
        }),
    });
  }

  // Added after the rate limiter's, so a flood of bad tokens is limited before it is checked.
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access || access === 'open') return;
    const hooks = route.onRequest === undefined ? [] : Array.isArray(route.onRequest) ? route.onRequest : [route.onRequest];
    route.onRequest = [...hooks, authCheck(access, o)];
    if (cache && route.config?.cache) {
      // After the token check: a cached answer is still only for those who may read.
      const h = cache.hooks();
      route.onRequest = [...route.onRequest, h.onRequest];
      const onSend = route.onSend === undefined ? [] : Array.isArray(route.onSend) ? route.onSend : [route.onSend];
      route.onSend = [...onSend, h.onSend];
    }
    if (route.schema && (access === 'write' || o.readsNeedToken)) route.schema = { ...route.schema, security: [{ bearer: [] }] };
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Attaché API',
        version: '1',
        description: `News articles as structured political event data (analysis documents ${SCHEMA_VERSION}). Prose: docs/api.md.`,
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });

  await app.register(async (api) => {
    for (const routes of [healthRoutes, analyzeRoutes, ingestRoutes, listRoutes, detailRoutes, exportRoutes, kbRoutes]) routes(api, context);
    api.get('/openapi.json', {
      config: { access: 'open' },
      schema: { tags: ['service'], summary: 'This OpenAPI document', response: { 200: { type: 'object', additionalProperties: true } } },
    }, async () => app.swagger());
  }, { prefix: '/api/v1' });

  await registerUi(app, o.uiDir);
  return app;
}
