/** Who met whom: the actor pairs of CONSULT events, each pair once whichever side it was on, with its count. */
import type { EventRow } from '../../api/routes.js';

export interface Pair { readonly a: string; readonly b: string; readonly count: number; readonly last: string | null }

export function consultPairs(rows: readonly EventRow[]): { pairs: Pair[]; actors: Map<string, number> } {
  const pairs = new Map<string, { a: string; b: string; count: number; last: string | null }>();
  const actors = new Map<string, number>();
  for (const r of rows) {
    if (r.plover !== 'CONSULT') continue;
    const sources = (r.source ?? '').split('; ').filter(Boolean);
    const targets = (r.target ?? '').split('; ').filter(Boolean);
    for (const s of sources) for (const t of targets) {
      if (s === t) continue;
      const [a, b] = s < t ? [s, t] : [t, s];
      const key = `${a}\u0000${b}`;
      const p = pairs.get(key) ?? { a, b, count: 0, last: null };
      p.count++;
      if (r.date && (!p.last || r.date > p.last)) p.last = r.date;
      pairs.set(key, p);
      actors.set(a, (actors.get(a) ?? 0) + 1);
      actors.set(b, (actors.get(b) ?? 0) + 1);
    }
  }
  return { pairs: [...pairs.values()].sort((x, y) => y.count - x.count || x.a.localeCompare(y.a)), actors };
}
