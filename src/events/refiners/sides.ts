/**
 * Source and target as CAMEO actors. A side's code is what its entities share,
 * in whole three-letter units ([USAGOV, USAGOVMIL] → USAGOV), never a run-on
 * compound. A side whose entities belong to different countries cannot share
 * a code, so the event is split into one event per pair of country groups
 * ("the US and Japan condemned China" → USA→CHN and JPN→CHN). An agent the
 * sentence qualifies by several countries ("US and British activists") counts
 * once per country. A reciprocal verb whose parties are one list ("the US,
 * Russia and Switzerland met", "held talks") joins every pair of them, once
 * each, the first named as source: all three sat at one table; travelling,
 * coming or co-hosting joins only the first named with the others. A meeting merged from several
 * words ("will travel to Libreville, where she will meet President Bongo")
 * takes its first-named country's actors as source and the others as target,
 * since its places and counterparts did not meet each other. An event PLOVER codes without a
 * recipient (`alone`) keeps an empty target; other drafts left with no source
 * or no target, or only one actor, are dropped.
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

/** One actor of a side as coded: an entity, or an entity under one of the codes the sentence gave it. */
interface Unit {
  readonly id: string;
  readonly code: string | null;
  /** The country (or, without one, the code or the id) the unit is grouped by. */
  readonly group: string;
}

function unitsOf(ids: readonly string[], d: Draft, entities: ReadonlyMap<string, Entity>): Unit[] {
  return ids.flatMap((id): Unit[] => {
    const qualified = d.actorCodes?.get(id);
    if (qualified && qualified.length > 0) return qualified.map((code) => ({ id, code, group: code.slice(0, 3) }));
    const e = entities.get(id);
    const code = e ? actorCode(e) : null;
    return [{ id, code, group: e?.country ?? code ?? id }];
  });
}

/** Units grouped by country, in first-seen order. */
function groupUnits(units: readonly Unit[]): Unit[][] {
  const groups = new Map<string, Unit[]>();
  for (const u of units) groups.set(u.group, [...(groups.get(u.group) ?? []), u]);
  return [...groups.values()];
}

const idsOf = (g: readonly Unit[]) => [...new Set(g.map((u) => u.id))];

/**
 * Words of meeting that join all their parties alike ("met", "held talks", "convened"): a list of three that met sat
 * at one table. Not travelling, coming or hosting ("the UK, Canada and the Netherlands are hosting"), whose parties
 * did not meet each other by those words.
 */
const MUTUAL_WORDS: ReadonlySet<string> = new Set([
  'meet', 'meets', 'met', 'meeting', 'gather', 'gathers', 'gathered', 'convene', 'convenes', 'convened', 'confer', 'confers', 'conferred',
  'talk', 'talks', 'talked', 'negotiate', 'negotiates', 'negotiated', 'discuss', 'discusses', 'discussed',
]);

function mutual(d: Draft): boolean {
  return MUTUAL_WORDS.has(d.view.tokens[d.trigger.first]?.normal ?? '');
}

/** Each unordered pair of groups once, in the order named: [A, B], [A, C], [B, C]. */
function everyPair(groups: readonly Unit[][]): [Unit[], Unit[]][] {
  return groups.flatMap((a, i) => groups.slice(i + 1).map((b): [Unit[], Unit[]] => [a, b]));
}

export function codeSides(drafts: readonly Draft[], entities: ReadonlyMap<string, Entity>): Draft[] {
  return drafts.flatMap((d) => {
    const target = d.target.filter((id) => !d.source.includes(id));
    const sources = groupUnits(unitsOf(d.source, d, entities));
    let pairs: [Unit[], Unit[]][];
    if (target.length === 0 && d.reciprocal) {
      // Only the first named against the others: a meeting merged from several words ("will travel to Libreville,
      // Gabon, where she will meet with President Bongo") holds places and counterparts that did not meet each other.
      const [first, ...rest] = sources;
      pairs = !d.merged && mutual(d) ? everyPair(sources) : first ? rest.map((g): [Unit[], Unit[]] => [first, g]) : [];
      // All of one country: the first named meets the others.
      if (first && rest.length === 0 && idsOf(first).length > 1) pairs = [[[first[0]!], first.filter((u) => u.id !== first[0]!.id)]];
    } else {
      const targets = groupUnits(unitsOf(target, d, entities));
      pairs = sources.flatMap((s) => targets.map((t): [Unit[], Unit[]] => [s, t]));
    }
    if (pairs.length === 0 && d.alone && target.length === 0) pairs = sources.map((s): [Unit[], Unit[]] => [s, []]);
    return pairs.slice(0, MAX_SPLIT).map(([s, t]) => ({
      ...d, source: idsOf(s), target: idsOf(t),
      codes: { source: sharedCode(s.map((u) => u.code)), target: t.length > 0 ? sharedCode(t.map((u) => u.code)) : null },
    }));
  });
}
