import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixturePath } from '../helpers.js';

/** A fresh folder for one test file's databases. */
export function tempDir(prefix = 'attache-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export const STATE_DEPT_40 = fixturePath('state-dept', 'press-releases-40.jsonl');

/** The first n records of the State Department fixture, as JSONL text. */
export function stateDeptLines(n: number): string[] {
  return readFileSync(STATE_DEPT_40, 'utf8').split('\n').filter((l) => l.trim()).slice(0, n);
}
