/**
 * Compiles the bundled KB's SQLite index ahead of time, so the first `attache`
 * command after an install does not pay the one-to-two-second compile. Safe to run
 * any number of times: an up-to-date index is left alone. Meant for the build's
 * postbuild step: `node dist/scripts/kb/compile.js`.
 */
import { dataPath } from '../../src/util/paths.js';
import { ensureCompiled } from '../../src/kb/store/compile.js';

const isMain = process.argv[1] && /scripts[\\/]kb[\\/]compile\.js$/.test(process.argv[1]);
if (isMain) {
  try {
    const t = performance.now();
    const path = ensureCompiled(dataPath('kb'));
    process.stdout.write(`kb index ready: ${path} (${Math.round(performance.now() - t)} ms)\n`);
  } catch (e) {
    // A missing or unwritable index is not a build failure: it is compiled on first open.
    process.stderr.write(`kb index not compiled: ${e instanceof Error ? e.message : String(e)}\n`);
  }
}
