import type { FastifyInstance } from 'fastify';
import type { ResolvedOptions } from '../options.js';
import { HttpProblem } from '../problem.js';

/** Who may call a route: anyone, readers (the token beyond loopback), or writers (always the token). */
export type Access = 'open' | 'read' | 'write';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
    /** Whether a GET's answer may be kept while the store is unchanged (see response-cache.ts). */
    cache?: boolean;
  }
}

/** The options, and what routes tell the server: that they wrote to the store. */
export interface ServerContext extends ResolvedOptions {
  readonly afterWrite: () => void;
}

export type RouteRegistrar = (app: FastifyInstance, context: ServerContext) => void;

/** SQLite's complaint about an FTS5 query is the caller's mistake: a 400 naming the parameter, not a 500. */
export function withFtsErrors<T>(param: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof Error && /fts5|syntax error|unterminated string|no such column/i.test(e.message)) {
      throw new HttpProblem(400, 'E_QUERY', `${param}: not a full-text query (${e.message})`, [{ path: `query.${param}`, message: 'not a full-text query' }]);
    }
    throw e;
  }
}
