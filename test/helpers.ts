import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { createAnalyzer, type Analyzer } from '../src/analyze.js';
import type { CommandIO } from '../src/cli/command.js';
import { runCli } from '../src/cli/run.js';
import { packageRoot } from '../src/util/paths.js';

let analyzer: Analyzer | undefined;

/** One analyzer per test process: loading wink's model once keeps the suite fast. */
export function sharedAnalyzer(): Analyzer {
  return (analyzer ??= createAnalyzer());
}

export function fixturePath(...parts: string[]): string {
  return join(packageRoot(), 'test', 'fixtures', ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output, as `attache ARGV` would. */
export async function cli(argv: string[], options: { stdin?: string | Buffer; tty?: boolean; cwd?: string } = {}): Promise<CliResult> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (c: Buffer) => out.push(c));
  stderr.on('data', (c: Buffer) => err.push(c));
  const io: CommandIO = {
    stdout,
    stderr,
    stdin: Readable.from(options.stdin !== undefined ? [Buffer.from(options.stdin)] : []),
    isTTY: options.tty ?? false,
    color: options.tty ?? false,
    env: {},
    cwd: options.cwd ?? packageRoot(),
  };
  const code = await runCli(argv, io);
  stdout.end();
  stderr.end();
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
}
