/**
 * Who met whom: the actor pairs of CONSULT events, each pair once whichever side it was on, with its
 * count. Actors are keyed by id (`sourceIds`, `targetIds`), so two actors sharing a name stay two,
 * and an actor written two ways ("United States", "Government of the United States") is one; an
 * actor is labelled with the name its events give it most often.
 */
import type { EventRow } from '../../api/routes.js';
import { sideActors } from './columns.js';

export interface Pair {
  readonly a: string; readonly b: string; readonly aId: string; readonly bId: string;
  readonly count: number; readonly last: string | null;
}
export interface NetworkActor { readonly id: string; readonly name: string; readonly names: readonly string[]; readonly meetings: number }

export function consultPairs(rows: readonly EventRow[]): { pairs: Pair[]; actors: Map<string, NetworkActor> } {
  const pairs = new Map<string, { a: string; b: string; count: number; last: string | null }>();
  const meetings = new Map<string, number>();
  const names = new Map<string, Map<string, number>>();
  const side = (n: string | null, ids: readonly string[] | undefined): string[] => {
    const seen = new Set<string>();
    for (const { name, id } of sideActors(n, ids)) {
      // Without an id (an older server), the name stands for the actor.
      const key = id ?? name;
      seen.add(key);
      const counts = names.get(key) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + 1);
      names.set(key, counts);
    }
    return [...seen];
  };
  for (const r of rows) {
    if (r.plover !== 'CONSULT') continue;
    const sources = side(r.source, r.sourceIds);
    const targets = side(r.target, r.targetIds);
    for (const s of sources) for (const t of targets) {
      if (s === t) continue;
      const [a, b] = s < t ? [s, t] : [t, s];
      const key = `${a}\u0000${b}`;
      const p = pairs.get(key) ?? { a, b, count: 0, last: null };
      p.count++;
      if (r.date && (!p.last || r.date > p.last)) p.last = r.date;
      pairs.set(key, p);
      meetings.set(a, (meetings.get(a) ?? 0) + 1);
      meetings.set(b, (meetings.get(b) ?? 0) + 1);
    }
  }
  const actors = new Map<string, NetworkActor>();
  for (const [id, m] of meetings) {
    const byCount = [...(names.get(id) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([n]) => n);
    actors.set(id, { id, name: byCount[0] ?? id, names: byCount, meetings: m });
  }
  const label = (id: string) => actors.get(id)?.name ?? id;
  return {
    pairs: [...pairs.values()]
      .map((p) => ({ a: label(p.a), b: label(p.b), aId: p.a, bId: p.b, count: p.count, last: p.last }))
      .sort((x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.aId.localeCompare(y.aId)),
    actors,
  };
}
