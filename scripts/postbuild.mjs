// tsc does not set the executable bit; npm links the bin but a direct
// `./dist/src/cli/main.js` call (and some npx paths) need it.
import { chmodSync, existsSync } from 'node:fs';
const bin = new URL('../dist/src/cli/main.js', import.meta.url);
if (existsSync(bin)) chmodSync(bin, 0o755);
