import type { Command } from '../command.js';
import { analyzeCommand } from './analyze.js';

/** Every CLI command, in the order `attache --help` lists them. */
export const COMMANDS: readonly Command[] = [
  analyzeCommand,
];
