import { AttacheError } from '../../errors.js';
import { buildServer, isLoopback } from '../../server/index.js';
import { openStore } from '../../store/index.js';
import { parseCommandArgs } from '../args.js';
import type { Command, CommandIO } from '../command.js';
import { DB_HELP, DB_OPTION, dbPath } from './store-options.js';

const HELP = `attache serve — the HTTP API (/api/v1) and the web UI over a store

Usage:
  attache serve [--db FILE] [--port 8080] [--host 127.0.0.1] [--token T] [--public-read]

One process serves the API at /api/v1 (described at /api/v1/openapi.json; see docs/api.md)
and the web UI at / (built into dist/ui by 'npm run build'). Ctrl-C stops it.

Security:
  Reads are open on a loopback address. Writes (POST /api/v1/ingest) need
  'Authorization: Bearer T', T being --token or $ATTACHE_TOKEN (prefer the
  variable: options are visible to other users in the process list). With
  --host other than loopback, reads need the token too, unless --public-read.
  Requests are rate-limited per token, else per address.

Options:
${DB_HELP}; created if missing
  --port N            the port (default 8080; 0: any free port)
  --host H            the address to listen on (default 127.0.0.1)
  --token T           the bearer token (default $ATTACHE_TOKEN); without one, writes are refused
  --public-read       beyond loopback, let anyone read (writes still need the token)
  --rate-limit N      requests per minute per token or address (default 1200; 60 of them
                      to the routes that analyse: /analyze, /check, /ingest)
  --cache-mb N        memory for answers kept while the store is unchanged (default 64; 0: none)
  -h, --help          this help

Examples:
  attache serve --db news.db
  ATTACHE_TOKEN=$(openssl rand -hex 32) attache serve --host 0.0.0.0 --port 8080
  curl -s localhost:8080/api/v1/events?actor=Blinken&type=CONSULT
`;

const OPTIONS = {
  ...DB_OPTION,
  port: { type: 'string', default: '8080' },
  host: { type: 'string', default: '127.0.0.1' },
  token: { type: 'string' },
  'public-read': { type: 'boolean', default: false },
  'rate-limit': { type: 'string' },
  'cache-mb': { type: 'string' },
} as const;

function positiveInt(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min) throw new AttacheError('E_USAGE', `${flag} must be a whole number of at least ${min}, got '${value}'`);
  return n;
}

/** Resolves when the process is asked to stop (Ctrl-C, SIGTERM). */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const on = (sig: string) => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
      resolve(sig);
    };
    process.on('SIGINT', on);
    process.on('SIGTERM', on);
  });
}

async function run(argv: readonly string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, OPTIONS, 'serve');
  if (positionals.length > 0) throw new AttacheError('E_USAGE', `serve takes no arguments, got '${positionals[0]}'\nRun 'attache serve --help' for usage.`);
  const port = positiveInt(values.port ?? '8080', '--port', 0);
  if (port > 65535) throw new AttacheError('E_USAGE', `--port must be at most 65535, got ${port}`);
  const host = values.host ?? '127.0.0.1';
  const token = values.token ?? io.env.ATTACHE_TOKEN ?? null;
  const publicRead = values['public-read'] ?? false;
  const perMinute = values['rate-limit'] === undefined ? undefined : positiveInt(values['rate-limit'], '--rate-limit', 1);
  const cacheMb = values['cache-mb'] === undefined ? undefined : positiveInt(values['cache-mb'], '--cache-mb', 0);
  if (!isLoopback(host) && !publicRead && !token) {
    throw new AttacheError('E_USAGE', `listening on ${host} (beyond this machine), reads need a token: give --token or ATTACHE_TOKEN, or --public-read to let anyone read`);
  }
  if (token !== null && token.length < 16) throw new AttacheError('E_USAGE', 'the token must be at least 16 characters (e.g. openssl rand -hex 32)');

  const store = openStore(dbPath(values.db, io));
  try {
    const app = await buildServer({
      store, token, host, publicRead,
      ...(perMinute ? { rateLimit: { max: perMinute, analyzeMax: Math.min(perMinute, 60) } } : {}),
      ...(cacheMb !== undefined ? { limits: { cacheBytes: cacheMb * 1024 * 1024 } } : {}),
    });
    const address = await app.listen({ port, host });
    const { articles } = store.stats();
    io.stderr.write(
      `attache serve: listening on ${address} — API ${address}/api/v1, UI ${address}/\n` +
        `  store ${store.location} (${articles} articles); writes ${token ? 'need the token' : 'refused (no token)'}; ` +
        `reads ${!isLoopback(host) && !publicRead ? 'need the token' : 'open'}\n`,
    );
    const sig = await stopSignal();
    io.stderr.write(`attache serve: ${sig}, stopping\n`);
    await app.close();
    return 0;
  } finally {
    store.close();
  }
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the HTTP API (/api/v1) and the web UI over a store',
  help: HELP,
  run,
};
