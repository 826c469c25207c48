import type { Readable, Writable } from 'node:stream';

/** What a command may touch: injected so tests run commands in-process. */
export interface CommandIO {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
  /** Whether stdout is a terminal (progress bars, colour). */
  readonly isTTY: boolean;
  /** Colour on: stdout is a TTY and NO_COLOR is unset. */
  readonly color: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Full --help text: usage, options, examples. */
  readonly help: string;
  /** Returns the process exit code. */
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}
