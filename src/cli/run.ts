import { describeError } from '../errors.js';
import type { CommandIO } from './command.js';
import { COMMANDS } from './commands/index.js';

const VERSION = '0.1.0';

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const list = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `attache — turns news articles into verified, structured political event data

Usage: attache <command> [options]

Commands:
${list}

Run 'attache <command> --help' for a command's options and examples.

Examples:
  attache analyze examples/us-japan-2021-03-16.txt --date 2021-03-16 --format text
  attache analyze --jsonl articles.jsonl > analyses.jsonl
`;
}

/** The whole CLI as a function of argv and IO, so tests run it in-process. */
export async function runCli(argv: readonly string[], io: CommandIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name ? 0 : 0;
  }
  if (name === '--version' || name === '-V') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr.write(`attache: unknown command '${name}'\n\n${mainHelp()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout.write(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    const { code, message } = describeError(e);
    io.stderr.write(`attache ${name}: ${message} [${code}]\n`);
    if (io.env.ATTACHE_DEBUG && e instanceof Error && e.stack) io.stderr.write(`${e.stack}\n`);
    return code === 'E_USAGE' ? 2 : 1;
  }
}
