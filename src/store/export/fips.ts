import { readFileSync } from 'node:fs';
import { dataPath } from '../../util/paths.js';

let fipsByIso3: Map<string, string> | undefined;
let namesByIso3: Map<string, string> | undefined;

/**
 * The FIPS 10-4 country code GDELT's geography fields use, for an ISO3 code (data/fips/iso3-fips.tsv;
 * where the table gives several, the first). Null for codes it lacks (historical states, Åland).
 */
export function fipsOf(iso3: string | null): string | null {
  if (!iso3) return null;
  fipsByIso3 ??= new Map(
    readFileSync(dataPath('fips', 'iso3-fips.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim())
      .map((l) => { const [iso, fips] = l.split('\t'); return [iso!, fips!.split(',')[0]!]; }),
  );
  return fipsByIso3.get(iso3.toUpperCase()) ?? null;
}

/** The knowledge base's English name of a country, by ISO3 (data/kb/countries.jsonl). */
export function countryName(iso3: string | null): string | null {
  if (!iso3) return null;
  namesByIso3 ??= new Map(
    readFileSync(dataPath('kb', 'countries.jsonl'), 'utf8').split('\n').filter((l) => l.trim())
      .map((l) => { const c = JSON.parse(l) as { iso3: string; name: string }; return [c.iso3, c.name]; }),
  );
  return namesByIso3.get(iso3.toUpperCase()) ?? null;
}
