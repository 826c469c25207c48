/**
 * Writes compiled codebooks as JSON with one record a line: valid JSON that a
 * diff shows record by record, and byte-identical from identical input.
 */
import { writeFileSync } from 'node:fs';

/** An object whose array (or record) members are written one element a line; scalars stay on one line. */
export function recordsJson(top: Readonly<Record<string, unknown>>): string {
  const parts = Object.entries(top).map(([key, value]) => {
    if (Array.isArray(value)) {
      const items = value.map((v) => JSON.stringify(v));
      return `${JSON.stringify(key)}: [${items.length ? '\n' + items.join(',\n') + '\n' : ''}]`;
    }
    if (value && typeof value === 'object') {
      const items = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v)}`);
      return `${JSON.stringify(key)}: {${items.length ? '\n' + items.join(',\n') + '\n' : ''}}`;
    }
    return `${JSON.stringify(key)}: ${JSON.stringify(value)}`;
  });
  return `{\n${parts.join(',\n')}\n}\n`;
}

export function writeRecordsJson(path: string, top: Readonly<Record<string, unknown>>): void {
  writeFileSync(path, recordsJson(top));
}
