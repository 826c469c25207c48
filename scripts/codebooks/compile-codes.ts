/**
 * The CAMEO code table: every code GDELT's two lookups or the CAMEO→PLOVER
 * table name, with its root, quad class and Goldstein score.
 */
import type { CompiledCameoCode, CompiledPloverEntry } from '../../src/codebooks/compiled.js';
import { codeAncestors, quadOfRoot } from '../../src/codebooks/cameo-codes.js';
import type { GdeltTables } from './read-gdelt.js';

export function compileCodes(gdelt: GdeltTables, plover: readonly CompiledPloverEntry[]): CompiledCameoCode[] {
  const all = new Set<string>([...gdelt.names.keys(), ...gdelt.goldstein.keys(), ...plover.map((e) => e.code)]);
  const codes = [...all].filter((c) => quadOfRoot(c.slice(0, 2)) !== undefined).sort();
  return codes.map((code) => {
    const root = code.slice(0, 2);
    const scored = codeAncestors(code).find((c) => gdelt.goldstein.has(c));
    const entry: CompiledCameoCode = {
      code, name: gdelt.names.get(code) ?? null, root, quad: quadOfRoot(root)!,
      goldstein: scored === undefined ? null : gdelt.goldstein.get(scored)!,
      ...(scored !== undefined && scored !== code ? { goldsteinFrom: scored } : {}),
    };
    return entry;
  });
}
