/**
 * Who acts decides what the act is. Who blocks a road decides what the blocking is. CAMEO 144 (obstruct passage, block) is a protest, PLOVER PROTEST
 * "obstruct": civilians' collective action. Police, soldiers or a government closing roads restrict movement, CAMEO
 * 191 (impose blockade, restrict movement; PLOVER COERCE restrict). Read once the sides have their codes.
 */
import type { Draft } from '../draft.js';

/** Sectors of the state's forces and offices. */
const STATE_SECTORS: ReadonlySet<string> = new Set(['COP', 'MIL', 'GOV', 'SPY', 'JUD']);
const RESTRICT_MOVEMENT = '191';

/** The sector units of a CAMEO actor code: "EGYCOP" → [COP], "~MIL" → [MIL], "IGOUNOMIL" → [UNO, MIL]. */
export function sectorsOf(code: string | null): string[] {
  if (code === null) return [];
  const rest = code.startsWith('~') ? code.slice(1) : code.slice(3);
  const out: string[] = [];
  for (let i = 0; i + 3 <= rest.length; i += 3) out.push(rest.slice(i, i + 3));
  return out;
}

export function withForcesObstructing(drafts: readonly Draft[]): Draft[] {
  return drafts.map((d) => {
    if (!d.code.startsWith('144') || !sectorsOf(d.codes?.source ?? null).some((s) => STATE_SECTORS.has(s))) return d;
    return { ...d, code: RESTRICT_MOVEMENT, rule: `${d.rule}+by-forces` };
  });
}

/** Sectors of office holders and candidates: their rallies are campaigns or state events, not protests. */
const OFFICIAL_SECTORS: ReadonlySet<string> = new Set(['GOV', 'ELI', 'LEG']);
const DEMONSTRATE = '141';

/**
 * A rally held by a president, a minister, a legislator or a candidate ("he returned to the campaign trail with a
 * rally in Sanford") is no protest: PLOVER's PROTEST is civilians' collective action against someone. Dropped; the
 * opposition's, workers' or students' rallies stay.
 */
export function withoutOfficialRallies(drafts: readonly Draft[]): Draft[] {
  return drafts.filter((d) => !(d.code === DEMONSTRATE && sectorsOf(d.codes?.source ?? null).some((s) => OFFICIAL_SECTORS.has(s))));
}
