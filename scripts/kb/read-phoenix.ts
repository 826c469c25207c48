import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePhoenix, defaultPlural, type PhoenixEntry } from '../../src/kb/phoenix/parse.js';
import { countryCodeOf, phoenixActorRecord } from '../../src/kb/phoenix/actors.js';
import type { ActorRecord } from '../../src/kb/records.js';

export interface PhoenixRead {
  countryEntries: PhoenixEntry[];
  actors: ActorRecord[];
  problems: string[];
}

const FILES: ReadonlyArray<[string, 'countries' | 'international' | 'nonstate' | 'agents']> = [
  ['Phoenix.Countries.actors.txt', 'countries'],
  ['Phoenix.International.actors.txt', 'international'],
  ['Phoenix.MilNonState.actors.txt', 'nonstate'],
  ['Phoenix.agents.txt', 'agents'],
];

export function readPhoenix(dir: string): PhoenixRead {
  const out: PhoenixRead = { countryEntries: [], actors: [], problems: [] };
  for (const [file, role] of FILES) {
    const parsed = parsePhoenix(readFileSync(join(dir, file), 'utf8'));
    for (const p of parsed.problems) out.problems.push(`${file}:${p.line}: ${p.message}`);
    for (const e of parsed.entries) {
      const isCountry = role === 'countries' && countryCodeOf(e) !== null;
      if (isCountry) {
        out.countryEntries.push(e);
        continue;
      }
      const rec = phoenixActorRecord(e, role, `phoenix:${role}`);
      if (role === 'agents') {
        // PETRARCH gives agents a plural of their own unless the entry lists some.
        const extra = rec.aliases.length === 0 ? [defaultPlural(rec.name)] : [];
        rec.aliases.push(...extra);
      }
      out.actors.push(rec);
    }
  }
  return out;
}
