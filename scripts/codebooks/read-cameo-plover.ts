/**
 * Reads CAMEO2PLOVER-2021.txt (Schrodt, 17 September 2021; CC BY-SA 4.0):
 * lines `CODE: TYPE, mode, context; context # CAMEO title`. A two-digit line
 * (`03: AGREE`) heads a section; root 08 heads two (CONCEDE, then RETREAT), so
 * the root keeps the first and the build reports the second.
 */
import type { CompiledPloverEntry } from '../../src/codebooks/compiled.js';

export interface CameoPloverTable {
  readonly entries: CompiledPloverEntry[];
  readonly problems: string[];
}

export function readCameoPlover(text: string): CameoPloverTable {
  const byCode = new Map<string, CompiledPloverEntry>();
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, idx) => {
    const line = idx + 1;
    if (raw.startsWith('#') || raw.startsWith('~') || raw.trim() === '') return;
    const hash = raw.indexOf('#');
    const body = hash < 0 ? raw : raw.slice(0, hash);
    const description = hash < 0 ? null : raw.slice(hash + 1).trim() || null;
    const colon = body.indexOf(':');
    const code = body.slice(0, colon).trim();
    if (colon < 0 || !/^\d{2,4}$/.test(code)) {
      problems.push(`line ${line}: not "CODE: TYPE, mode, context": ${raw}`);
      return;
    }
    const [type = '', mode = '', context = ''] = body.slice(colon + 1).split(',').map((s) => s.trim());
    if (!/^[A-Z]+$/.test(type)) {
      problems.push(`line ${line}: no PLOVER type: ${raw}`);
      return;
    }
    const entry: CompiledPloverEntry = {
      code, type, mode: mode || null,
      context: context.split(';').map((c) => c.trim()).filter(Boolean),
      description, line,
    };
    const earlier = byCode.get(code);
    if (!earlier) byCode.set(code, entry);
    else if (earlier.type !== type || earlier.mode !== entry.mode || earlier.context.join(';') !== entry.context.join(';')) {
      problems.push(`line ${line}: ${code} listed again as ${type}/${entry.mode ?? ''}/${entry.context.join(';')}; keeping line ${earlier.line}`);
    }
  });
  const entries = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { entries, problems };
}
