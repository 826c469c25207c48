import { resolve } from 'node:path';
import { AttacheError } from '../../errors.js';
import { DEFAULT_DB, openStore, type SqliteStore } from '../../store/index.js';
import type { CommandIO } from '../command.js';

/** The --db option every store command shares. */
export const DB_OPTION = { db: { type: 'string' } } as const;

export const DB_HELP = `  --db FILE           the store (default ./${DEFAULT_DB}; $ATTACHE_DB if set)`;

/** The store file the options and environment name, relative to the command's folder. */
export function dbPath(value: string | undefined, io: CommandIO): string {
  return resolve(io.cwd, value ?? io.env.ATTACHE_DB ?? DEFAULT_DB);
}

/** Opens the store for reading, refusing a missing file with E_NOT_FOUND rather than creating an empty one. */
export function openForReading(value: string | undefined, io: CommandIO): SqliteStore {
  const path = dbPath(value, io);
  return openStore(path, { readonly: true });
}

export function parseFormat<F extends string>(value: string | undefined, allowed: readonly F[], fallback: F): F {
  const v = (value ?? fallback) as F;
  if (!allowed.includes(v)) throw new AttacheError('E_USAGE', `--format must be ${allowed.join(', ').replace(/, ([^,]*)$/, ' or $1')}, got '${v}'`);
  return v;
}
