#!/usr/bin/env node
import { processIO } from './io.js';
import { runCli } from './run.js';

// EPIPE when piped into `head` is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});

runCli(process.argv.slice(2), processIO()).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`attache: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
