import { readFileSync } from 'node:fs';
import { loadCodebooks, type Codebooks } from '../../src/codebooks/index.js';
import type { CompiledVerbDictionary } from '../../src/codebooks/compiled.js';
import { dataPath } from '../../src/util/paths.js';

let cached: Codebooks | undefined;

/** The bundled codebooks, loaded once for the test file. */
export function codebooks(): Codebooks {
  return (cached ??= loadCodebooks());
}

/** The committed compiled verb dictionary, as JSON. */
export function compiledVerbs(): CompiledVerbDictionary {
  return JSON.parse(readFileSync(dataPath('codebooks', 'cameo-verbs.json'), 'utf8')) as CompiledVerbDictionary;
}
