import type { CommandIO } from './command.js';

export function processIO(): CommandIO {
  const isTTY = Boolean(process.stdout.isTTY);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY,
    color: isTTY && !process.env.NO_COLOR && process.env.TERM !== 'dumb',
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Write and wait for the stream to accept it, so large outputs keep their order and memory stays flat. */
export function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(chunk, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', () => resolve());
  });
}
