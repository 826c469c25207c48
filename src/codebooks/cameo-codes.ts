/**
 * CAMEO code lookups: the code table (cameo-codes.json) joined at load time
 * with the CAMEO titles of the CAMEO→PLOVER table, and PLOVER codings with
 * inheritance from the nearest listed ancestor code.
 */
import type { CompiledCameoCode, CompiledPlover } from './compiled.js';

export type Quad = 1 | 2 | 3 | 4;

/** CAMEO's quad classes: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict. */
export function quadOfRoot(root: string): Quad | undefined {
  if (!/^\d{2}$/.test(root)) return undefined;
  const n = Number(root);
  if (n >= 1 && n <= 5) return 1;
  if (n >= 6 && n <= 8) return 2;
  if (n >= 9 && n <= 13) return 3;
  if (n >= 14 && n <= 20) return 4;
  return undefined;
}

export interface CameoCode {
  readonly code: string;
  readonly name: string;
  /** Where the name comes from: the CAMEO→PLOVER table's comment (CAMEO manual titles) or GDELT's eventcodes. */
  readonly nameSource: 'cameo2plover' | 'gdelt';
  readonly root: string;
  readonly quad: Quad;
  readonly goldstein: number | null;
}

export interface PloverCoding {
  readonly type: string;
  readonly mode: string | null;
  readonly context: readonly string[];
  /** The listed CAMEO code this coding comes from (the code itself or its nearest listed ancestor). */
  readonly from: string;
}

/** The code, then its prefixes down to the two-digit root. */
export function codeAncestors(code: string): string[] {
  const out: string[] = [];
  for (let n = code.length; n >= 2; n--) out.push(code.slice(0, n));
  return out;
}

export class CameoTables {
  private readonly codes: ReadonlyMap<string, CameoCode>;
  private readonly plover: ReadonlyMap<string, PloverCoding>;
  private readonly droppedRoots: ReadonlySet<string>;

  constructor(codes: readonly CompiledCameoCode[], plover: CompiledPlover) {
    const titles = new Map(plover.entries.filter((e) => e.description).map((e) => [e.code, e.description!]));
    this.codes = new Map(codes.map((c) => {
      const title = titles.get(c.code);
      const code: CameoCode = Object.freeze({
        code: c.code, name: title ?? c.name ?? c.code, nameSource: title ? 'cameo2plover' : 'gdelt',
        root: c.root, quad: c.quad, goldstein: c.goldstein,
      });
      return [c.code, code];
    }));
    this.plover = new Map(plover.entries.map((e) => [e.code, Object.freeze({
      type: e.type, mode: e.mode, context: Object.freeze([...e.context]), from: e.code,
    })]));
    this.droppedRoots = new Set(plover.dropped);
  }

  cameo(code: string): CameoCode | undefined {
    return this.codes.get(code);
  }

  /**
   * PLOVER type, mode and context of a CAMEO code, from it or its nearest listed
   * ancestor, so codes the table does not list (extensions such as 1952) inherit;
   * undefined for strings that are no CAMEO-shaped code and for roots PLOVER drops (01, 02).
   */
  ploverOf(code: string): PloverCoding | undefined {
    if (!/^\d{2,4}$/.test(code) || quadOfRoot(code.slice(0, 2)) === undefined || this.droppedRoots.has(code.slice(0, 2))) return undefined;
    for (const c of codeAncestors(code)) {
      const hit = this.plover.get(c);
      if (hit) return hit;
    }
    return undefined;
  }

  get size(): number {
    return this.codes.size;
  }
}
