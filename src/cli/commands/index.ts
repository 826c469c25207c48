import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';
import { checkCommand } from './check.js';
import { exportCommand } from './export.js';
import { kbCommand } from './kb.js';
import { ingestCommand } from './ingest.js';
import { queryCommand } from './query.js';
import { resolveCommand } from './resolve.js';
import { serveCommand } from './serve.js';
import { statsCommand } from './stats.js';

/** Every CLI command, in the order `attache --help` lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
  checkCommand,
  kbCommand,
  resolveCommand,
  ingestCommand,
  statsCommand,
  queryCommand,
  exportCommand,
  serveCommand,
];
