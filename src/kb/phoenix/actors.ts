import type { ActorRecord } from '../records.js';
import type { PhoenixEntry } from './parse.js';

export type PhoenixRole = 'countries' | 'international' | 'nonstate' | 'agents' | 'user';

/** A Phoenix entry as a KB actor: which kind it is follows from its file and its codes. */
export function phoenixActorRecord(e: PhoenixEntry, role: PhoenixRole, source: string): ActorRecord {
  const [name = '', ...aliases] = e.names;
  return { name, aliases, kind: actorKind(e, role), codes: e.codes.map((c) => [c.code, c.start, c.end]), source };
}

function actorKind(e: PhoenixEntry, role: PhoenixRole): ActorRecord['kind'] {
  if (role === 'agents' || e.codes.every((c) => c.code.startsWith('~'))) return 'agent';
  const dated = e.codes.some((c) => c.start || c.end);
  if (/CountryInfo|rulers/i.test(e.comment) || (dated && role !== 'nonstate')) return 'person';
  if (role === 'nonstate') return 'nonstate';
  if (e.codes.some((c) => c.code.startsWith('IGO'))) return 'igo';
  return 'organisation';
}

const SECTORS = new Set(['GOV', 'MIL', 'ELI', 'OPP', 'REB', 'JUD', 'LEG', 'COP', 'BUS', 'MED', 'EDU', 'CVL', 'PPL', 'SPY', 'UAF', 'IGO', 'NGO', 'MNC', 'HRI', 'REF', 'LAB', 'AGR', 'ENV', 'HLH', 'CRM', 'DEV', 'RAD', 'MOD', 'IMG', 'REL', 'UNR', 'OCC', 'SEP', 'INS', 'PTY', 'JEW', 'CHR', 'BUD', 'HIN']);
// MUS is both Mauritius and the Muslim sector; as a bare code it is the country.

/** The CAMEO code of a country entry ("ARMENIA_ … [USRARM <900823] [ARM >911221]" → ARM), or null. */
export function countryCodeOf(e: PhoenixEntry): string | null {
  if (/CountryInfo/i.test(e.comment)) return null;
  const current = e.codes.filter((c) => /^[A-Z]{3}$/.test(c.code) && !SECTORS.has(c.code) && !c.end);
  return current.length > 0 ? current[current.length - 1]?.code ?? null : null;
}
