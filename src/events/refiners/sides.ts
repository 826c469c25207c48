/**
 * Source and target as CAMEO actors. A side's code is what its entities share,
 * in whole three-letter units ([USAGOV, USAGOVMIL] → USAGOV), never a run-on
 * compound. A side whose entities belong to different countries cannot share
 * a code, so the event is split into one event per pair of country groups
 * ("the US and Japan condemned China" → USA→CHN and JPN→CHN). A reciprocal
 * event with no target ("A and B met", a meeting merged from several words)
 * takes its first-named country's actors as source and the others as target.
 * Drafts left with no source or no target, or only one actor, are dropped.
 */
import type { Entity } from '../../doc/attributes.js';
import { actorCode } from '../actor-resolver.js';
import type { Draft } from '../draft.js';

/** At most this many events from one draft's country groups. */
const MAX_SPLIT = 6;

/** The longest common prefix of the codes in three-letter units, or null. */
export function sharedCode(codes: readonly (string | null)[]): string | null {
  const known = codes.filter((c): c is string => c !== null);
  if (known.length === 0) return null;
  let prefix = known[0]!;
  for (const c of known.slice(1)) {
    let n = 0;
    while (n + 3 <= Math.min(prefix.length, c.length) && prefix.slice(n, n + 3) === c.slice(n, n + 3)) n += 3;
    prefix = prefix.slice(0, n);
  }
  return prefix.length > 0 ? prefix : null;
}

/** Entities grouped by country (or by code where no country is known), in first-seen order. */
export function countryGroups(ids: readonly string[], entities: ReadonlyMap<string, Entity>): string[][] {
  const groups = new Map<string, string[]>();
  for (const id of ids) {
    const e = entities.get(id);
    const key = e?.country ?? (e ? actorCode(e) : null) ?? id;
    groups.set(key, [...(groups.get(key) ?? []), id]);
  }
  return [...groups.values()];
}

export function codeSides(drafts: readonly Draft[], entities: ReadonlyMap<string, Entity>): Draft[] {
  const codeOf = (ids: readonly string[]) => sharedCode(ids.map((id) => { const e = entities.get(id); return e ? actorCode(e) : null; }));
  return drafts.flatMap((d) => {
    const target = d.target.filter((id) => !d.source.includes(id));
    let pairs: [string[], string[]][];
    if (target.length === 0 && d.reciprocal) {
      const [first, ...rest] = countryGroups(d.source, entities);
      pairs = first ? rest.map((g): [string[], string[]] => [first, g]) : [];
      // All of one country: the first named meets the others.
      if (first && rest.length === 0 && first.length > 1) pairs = [[[first[0]!], first.slice(1)]];
    } else {
      const sources = countryGroups(d.source, entities);
      const targets = countryGroups(target, entities);
      pairs = sources.flatMap((s) => targets.map((t): [string[], string[]] => [s, t]));
    }
    return pairs.slice(0, MAX_SPLIT).map(([s, t]) => ({ ...d, source: s, target: t, codes: { source: codeOf(s), target: codeOf(t) } }));
  });
}
