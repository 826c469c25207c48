/**
 * CAMEO → PLOVER as the events stage applies it: the codebook's table, with
 * one documented exception. The table (CAMEO2PLOVER-2021) and the manual's
 * translation table drop CAMEO 01 (statements) and 02 (appeals). PLOVER's
 * REQUEST is defined as "all requests, demands, and orders", and the manual
 * (note 2 under the translation table) allows exceptions that are documented;
 * an appeal ("urged Iran to …", "called for a ceasefire") is a request, so
 * 02 is read as REQUEST, taking the mode and context of the demand that
 * parallels it (CAMEO's 02 and 10 share their sub-codes: 021 appeal for
 * material cooperation ~ 101 demand material cooperation, …, 028 ~ 108).
 * 01 stays dropped: a comment is not a request.
 */
import type { Codebooks, PloverCoding } from '../codebooks/index.js';

/** The PLOVER coding of a CAMEO code, or undefined when PLOVER has no type for it. */
export function ploverOf(codebooks: Codebooks, code: string): PloverCoding | undefined {
  const direct = codebooks.plover(code);
  if (direct || !code.startsWith('02')) return direct;
  const demand = codebooks.plover(`10${code.slice(2)}`);
  return demand;
}

/** PLOVER types whose events stand without a recipient here (see candidates/verbs.ts for why these). */
export const ALONE_TYPES: ReadonlySet<string> = new Set(['AGREE', 'REQUEST', 'REJECT', 'THREATEN', 'PROTEST', 'RETREAT', 'CONCEDE', 'MOBILIZE', 'ASSAULT', 'COERCE']);
/** Of ALONE_TYPES, the acts of force: they stand alone only with an object, victims or things no actor names ("killed three civilians", "confiscated weapons"). */
export const FORCE_TYPES: ReadonlySet<string> = new Set(['ASSAULT', 'COERCE']);
