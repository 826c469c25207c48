import type { PhoenixEntry } from '../../src/kb/phoenix/parse.js';
import { readFileSync } from 'node:fs';
import { countryCodeOf } from '../../src/kb/phoenix/actors.js';
import { normalizeName } from '../../src/kb/normalize.js';
import type { CountryRecord } from '../../src/kb/records.js';
import type { CountryNameKind } from '../../src/kb/model.js';

/**
 * Countries from the Phoenix country dictionary (CAMEO code, names, demonyms,
 * cities), with ISO 3166 alpha-2 codes and English short names taken from the
 * ICU data in Node (Intl.DisplayNames), matched on name.
 */

// CAMEO codes that are not the ISO 3166 alpha-3 code of the same state.
const CAMEO_TO_ISO3: Readonly<Record<string, string>> = { ROM: 'ROU', TMP: 'TLS', ZAR: 'COD', DRC: 'COD', KSV: 'XKX' };
// Names a state took after the Phoenix dictionaries were written (2014), by CAMEO code.
const LATER_NAMES: Readonly<Record<string, readonly string[]>> = {
  SWZ: ['Eswatini'], MKD: ['North Macedonia'], CZE: ['Czechia'], TUR: ['Türkiye'], PSE: ['State of Palestine'],
  VAT: ['Holy See', 'Vatican City'], COD: ['DRC', 'Democratic Republic of the Congo'], COG: ['Republic of the Congo'],
  CPV: ['Cabo Verde'], TLS: ['East Timor', 'Timor-Leste'], DNK: ['Kingdom of Denmark'], NLD: ['Kingdom of the Netherlands'],
  // Official names that titles use ("President of the People's Republic of China").
  CHN: ["People's Republic of China"], TWN: ['Republic of China'], KOR: ['Republic of Korea'], PRK: ["Democratic People's Republic of Korea"],
  IRN: ['Islamic Republic of Iran'], GBR: ['United Kingdom of Great Britain and Northern Ireland'], RUS: ['Russian Federation'],
};

const DEMONYM_SUFFIX = /(ese|ian|ean|an|ish|i|ic|ch|ine|er|ite|ot)$/;

export function buildCountries(entries: readonly PhoenixEntry[]): CountryRecord[] {
  const regions = regionNames();
  const regionByKey = new Map<string, [string, string, string]>();
  for (const r of regions) if (!regionByKey.has(r[2])) regionByKey.set(r[2], r);
  const groups = new Map<string, PhoenixEntry[]>();
  for (const e of entries) {
    const code = countryCodeOf(e);
    if (!code) continue;
    groups.set(code, [...(groups.get(code) ?? []), e]);
  }
  const records: CountryRecord[] = [];
  for (const [code, group] of groups) {
    const iso3 = CAMEO_TO_ISO3[code] ?? code;
    // The block whose name ICU knows is the country itself; other blocks (cities that
    // joined it, former names) only add aliases.
    let primary = group[0];
    let iso2: string | null = null;
    let display: string | null = null;
    // The block with most names that names a region ICU knows is the country itself;
    // its first name that is such a region gives the ISO code.
    const ranked = [...group].sort((a, b) => b.names.length - a.names.length);
    search: for (const e of ranked) {
      for (const n of e.names) {
        const hit = regionByKey.get(normalizeName(n));
        if (hit) {
          primary = e;
          iso2 = hit[0];
          display = hit[1];
          break search;
        }
      }
    }
    if (!primary) continue;
    const first = primary.names[0] ?? code;
    const rec: CountryRecord = { iso3, iso2, cameo: code, name: display ?? first, names: [], source: 'phoenix' };
    addName(rec, display ?? first, 'name');
    const nameTokens = new Set(primary.names.slice(0, 1).concat(display ?? []).flatMap((k) => normalizeName(k).split(' ')).filter((t) => t.length >= 4));
    // An alias that is another region's name ("Jersey" in the USA block, for New Jersey) would misdirect.
    const foreign = (n: string): boolean => {
      const r = regionByKey.get(normalizeName(n));
      return !!r && r[0] !== iso2;
    };
    primary.names.forEach((n, i) => {
      if (!foreign(n)) addName(rec, n, i === 0 ? 'name' : classifyAlias(n, nameTokens));
    });
    for (const n of LATER_NAMES[iso3] ?? []) addName(rec, n, 'name');
    for (const e of group) if (e !== primary) for (const n of e.names) if (!foreign(n)) addName(rec, n, 'alias');
    records.push(rec);
  }
  return records.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

function addName(rec: CountryRecord, text: string, kind: CountryNameKind): void {
  if (!text || rec.names.some((n) => normalizeName(n[0]) === normalizeName(text))) return;
  rec.names.push([text, kind]);
}

/** "Japanese" is a demonym of Japan; "Tokyo" is just another name it goes by. */
function classifyAlias(alias: string, nameTokens: ReadonlySet<string>): CountryNameKind {
  const a = normalizeName(alias);
  if (a.includes(' ') || !DEMONYM_SUFFIX.test(a) || nameTokens.has(a)) return 'alias';
  for (const t of nameTokens) if (a.slice(0, 4) === t.slice(0, 4)) return 'demonym';
  return 'alias';
}

// Withdrawn codes ICU still names (DD is "Germany" to it), pseudo-regions and groupings.
const NOT_STATES = new Set(['DD', 'FX', 'BU', 'CS', 'NT', 'SU', 'TP', 'YD', 'YU', 'ZR', 'AN', 'QO', 'XA', 'XB', 'EU', 'EZ', 'UN', 'ZZ', 'AC', 'CP', 'DG', 'EA', 'IC', 'TA']);

/** [alpha-2, English short name, match key] for every region ICU knows ("Trinidad & Tobago" → "trinidad and tobago"). */
function regionNames(): [string, string, string][] {
  const dn = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
  const out: [string, string, string][] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      const name = dn.of(code);
      if (!name || name === code || NOT_STATES.has(code)) continue;
      const plain = name.replace(/&/g, 'and').replace(/\s*\(.*\)$/, '').replace(/ SAR China$/, '');
      out.push([code, plain, normalizeName(plain)]);
      const inParens = /\(([^()]*)\)$/.exec(name)?.[1];
      if (inParens) out.push([code, plain, normalizeName(inParens)]);
    }
  }
  return out;
}

/**
 * The Factbook's conventional long and local names ("People's Democratic Republic
 * of Algeria", "Al Jaza'ir"), so titles and labels that use them find the country.
 */
export function addFactbookNames(path: string, records: CountryRecord[], index: CountryIndex): void {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { 'Country name'?: Record<string, { text?: string }> }>;
  for (const key of Object.keys(data).sort()) {
    const names = data[key]?.['Country name'] ?? {};
    const short = names['conventional short form']?.text;
    const iso3 = short ? index.byLabel(short) : undefined;
    const rec = iso3 ? records.find((r) => r.iso3 === iso3) : undefined;
    if (!rec) continue;
    for (const field of ['conventional long form', 'local short form', 'local long form']) {
      const text = names[field]?.text;
      if (text && text !== 'none' && !/[;(]/.test(text)) addName(rec, text, field.startsWith('conventional') ? 'name' : 'alias');
    }
  }
}

/** A name → ISO3 index for the readers (labels like "Albania", "People's Republic of China"). */
export class CountryIndex {
  private readonly byName = new Map<string, string>();
  private readonly byIso2 = new Map<string, string>();
  private readonly names = new Map<string, Set<string>>();
  constructor(records: readonly CountryRecord[]) {
    for (const r of records) {
      // Only the country's own names: Phoenix aliases also list provinces ("Bashkortostan").
      this.names.set(r.iso3, new Set(r.names.filter(([, kind]) => kind === 'name').map(([text]) => normalizeName(text))));
      for (const [text] of r.names) {
        const k = normalizeName(text);
        if (!this.byName.has(k)) this.byName.set(k, r.iso3);
      }
      if (r.iso2) this.byIso2.set(r.iso2, r.iso3);
    }
  }
  byLabel(label: string): string | undefined {
    const k = normalizeName(label);
    return this.byName.get(k) ?? this.byName.get(k.replace(/^the /, '')) ?? this.byName.get(k.replace(/^(people s )?republic of (the )?/, ''));
  }
  namesOf(iso3: string): ReadonlySet<string> {
    return this.names.get(iso3) ?? new Set();
  }
  fromIso2(iso2: string): string | undefined {
    return this.byIso2.get(iso2.toUpperCase());
  }
}

/**
 * Marks each country's capital among its names (data/kb-curated/capitals.tsv), adding
 * it where Phoenix lacks it: a capital stands for the government ("talks with
 * Beijing") where any other city is only a place.
 */
export function addCapitals(path: string, countries: CountryRecord[]): string[] {
  const problems: string[] = [];
  const byIso = new Map(countries.map((c) => [c.iso3, c]));
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const [iso3, ...names] = line.split('\t').map((x) => x.trim());
    const rec = iso3 ? byIso.get(iso3) : undefined;
    if (!rec) {
      problems.push(`capitals: no country ${iso3}`);
      continue;
    }
    for (const name of names) {
      if (!name) continue;
      const existing = rec.names.find((n) => normalizeName(n[0]) === normalizeName(name));
      // A city-state's capital is its name ("Singapore"): the country's own name stays a name.
      if (existing && existing[1] === 'name') continue;
      if (existing) existing[1] = 'capital';
      else rec.names.push([name, 'capital']);
    }
  }
  return problems;
}
