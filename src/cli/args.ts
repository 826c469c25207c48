import { parseArgs, type ParseArgsConfig } from 'node:util';
import { AttacheError } from '../errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

export type ParsedValues<O extends Options> = {
  [K in keyof O]: O[K] extends { type: 'boolean' } ? boolean | undefined : O[K] extends { multiple: true } ? string[] | undefined : string | undefined;
};

/** util.parseArgs with strict checking, turning its errors into usage errors. */
export function parseCommandArgs<O extends Options>(
  argv: readonly string[],
  options: O,
  command: string,
): { values: ParsedValues<O>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: parsed.values as unknown as ParsedValues<O>, positionals: parsed.positionals };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw new AttacheError('E_USAGE', `${msg}\nRun 'attache ${command} --help' for usage.`);
  }
}

export function parseDateOption(value: string | undefined, flag = '--date'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new AttacheError('E_BAD_DATE', `${flag} must be a date as YYYY-MM-DD, got '${value}'`);
  }
  const d = new Date(`${value}T00:00:00Z`);
  if (d.toISOString().slice(0, 10) !== value) throw new AttacheError('E_BAD_DATE', `${flag}: no such day '${value}'`);
  return value;
}
