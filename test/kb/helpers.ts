import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packageRoot } from '../../src/util/paths.js';
import { openKnowledgeBase } from '../../src/kb/open.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';

/** Test fixtures live in the source tree (test/kb/fixtures), not in dist. */
export function fixture(name: string): string {
  return join(packageRoot(), 'test', 'kb', 'fixtures', name);
}

/** The bundled KB alone: tests never read the user's ~/.attache. */
export function bundledKb(): KnowledgeBase {
  return openKnowledgeBase({ userKb: null });
}

export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'attache-kb-test-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
