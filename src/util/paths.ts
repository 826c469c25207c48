import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cachedRoot: string | undefined;

/** The package root (the folder holding package.json), found from this file's place in src/ or dist/src/. */
export function packageRoot(): string {
  if (cachedRoot) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return (cachedRoot = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('attache: cannot find the package root');
    dir = up;
  }
}

/** Path of a bundled data file, e.g. dataPath('kb', 'kb.sqlite'). */
export function dataPath(...parts: string[]): string {
  return join(packageRoot(), 'data', ...parts);
}

/** Path of ../shared beside the repository, used only by eval and bench. */
export function sharedPath(...parts: string[]): string {
  const base = process.env.ATTACHE_SHARED ?? join(packageRoot(), '..', 'shared');
  return join(base, ...parts);
}
