// After tsc: make the CLI executable (tsc does not set the bit) and compile the
// bundled knowledge base's SQLite index once, so neither the first `attache`
// run nor parallel test processes pay for it.
import { chmodSync, existsSync } from 'node:fs';

const bin = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);

const open = new URL('../dist/src/kb/open.js', import.meta.url);
if (existsSync(open)) {
  const { openKnowledgeBase } = await import(open.href);
  openKnowledgeBase({ userKb: null }).close();
}
