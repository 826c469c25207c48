import type Database from 'better-sqlite3';
import { countryName, fipsOf } from './fips.js';
import { exportEvents, type ExportActor, type ExportEvent } from './events.js';

const ACTOR = ['Code', 'Name', 'CountryCode', 'KnownGroupCode', 'EthnicCode', 'Religion1Code', 'Religion2Code', 'Type1Code', 'Type2Code', 'Type3Code'];
const GEO = ['Type', 'FullName', 'CountryCode', 'ADM1Code', 'ADM2Code', 'Lat', 'Long', 'FeatureID'];

/**
 * The GDELT 2.0 event table's 61 columns, in order (GDELT Event Codebook V2.0; names as in GDELT's BigQuery
 * table). The files have no header line; this is for readers and for `--header`.
 */
export const GDELT_COLUMNS: readonly string[] = [
  'GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate',
  ...ACTOR.map((c) => `Actor1${c}`), ...ACTOR.map((c) => `Actor2${c}`),
  'IsRootEvent', 'EventCode', 'EventBaseCode', 'EventRootCode', 'QuadClass', 'GoldsteinScale',
  'NumMentions', 'NumSources', 'NumArticles', 'AvgTone',
  ...GEO.map((c) => `Actor1Geo_${c}`), ...GEO.map((c) => `Actor2Geo_${c}`), ...GEO.map((c) => `ActionGeo_${c}`),
  'DATEADDED', 'SOURCEURL',
];

/** GDELT's geography types. */
const GEO_TYPE = { none: 0, country: 1, usCity: 3, worldCity: 4 } as const;

/** An event within the first LEAD_CHARS characters of its article counts as in the lead (IsRootEvent). */
export const LEAD_CHARS = 500;

type Cell = string | number | null;

/** A cell as GDELT writes it: no tabs or line breaks inside. */
const cell = (v: Cell) => (v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));

function fractionDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return (y + day / 365).toFixed(4);
}

/** The actors' shared country, else the country that begins their CAMEO code. */
function actorCountry(actors: readonly ExportActor[], code: string | null): string | null {
  const countries = new Set(actors.map((a) => a.country).filter((c): c is string => c !== null));
  if (countries.size === 1) return [...countries][0]!;
  const head = code?.slice(0, 3) ?? null;
  return head && countryName(head) ? head : null;
}

/** Actor<n>Code … Actor<n>Type3Code: the CAMEO code split into country and 3-letter role codes. */
function actorFields(actors: readonly ExportActor[], code: string | null): Cell[] {
  const country = actorCountry(actors, code);
  const rest = code ? (country && code.startsWith(country) ? code.slice(3) : code) : '';
  // '~CVL' (civilians of no country): CAMEO's generic agent codes carry a tilde in place of a country.
  const types = rest.replace(/^~/, '').match(/.{3}/g) ?? [];
  const names = [...new Set(actors.map((a) => a.name))].join('; ') || null;
  return [code, names, country, null, null, null, null, types[0] ?? null, types[1] ?? null, types[2] ?? null];
}

/** A country-level location: GDELT gives the FIPS code as country, ADM1 and feature id. */
function countryGeo(iso3: string | null): Cell[] {
  const fips = fipsOf(iso3);
  if (!iso3) return [GEO_TYPE.none, null, null, null, null, null, null, null];
  return [GEO_TYPE.country, countryName(iso3) ?? iso3, fips, fips, null, null, null, fips];
}

const plain = (s: string) => s.toLowerCase().replace(/^the\s+/, '').trim();

function actionGeo(e: ExportEvent): Cell[] {
  if (!e.placeName && !e.placeCountry) return countryGeo(null);
  const country = countryName(e.placeCountry);
  if (e.placeCountry && (!e.placeName || (country && plain(e.placeName) === plain(country)))) return countryGeo(e.placeCountry);
  if (!e.placeCountry) return [GEO_TYPE.none, e.placeName, null, null, null, null, null, null];
  const fips = fipsOf(e.placeCountry);
  // A place below the country (a city, most often): its name and country; no ADM codes or coordinates are known.
  return [e.placeCountry === 'USA' ? GEO_TYPE.usCity : GEO_TYPE.worldCity, `${e.placeName}, ${country ?? e.placeCountry}`, fips, fips, null, null, null, null];
}

/** One GDELT row (61 cells) for one event cluster, described by its first report. */
export function gdeltRow(e: ExportEvent): string[] {
  const date = e.clusterStart ?? e.dateStart ?? e.articleDate;
  const added = e.ingestedAt.replace(/\D/g, '').slice(0, 14);
  const row: Cell[] = [
    e.clusterId,
    date ? date.replace(/-/g, '') : null,
    date ? date.slice(0, 7).replace('-', '') : null,
    date ? date.slice(0, 4) : null,
    date ? fractionDate(date) : null,
    ...actorFields(e.sources, e.sourceCode),
    ...actorFields(e.targets, e.targetCode),
    e.evidenceStart < LEAD_CHARS ? 1 : 0,
    e.cameoCode,
    e.cameoCode.slice(0, 3),
    e.cameoRoot,
    e.quad,
    e.goldstein,
    e.numMentions,
    e.numSources,
    e.numArticles,
    null, // AvgTone: Attaché does not score tone
    ...countryGeo(actorCountry(e.sources, e.sourceCode)),
    ...countryGeo(e.targets.length > 0 ? actorCountry(e.targets, e.targetCode) : null),
    ...actionGeo(e),
    added,
    e.url ?? e.extId,
  ];
  return row.map(cell);
}

/** The store's event clusters as GDELT 2.0 event rows, streamed: one line (no line end) per cluster. */
export function* gdeltLines(db: Database.Database): IterableIterator<string> {
  for (const e of exportEvents(db, { perCluster: true })) yield gdeltRow(e).join('\t');
}

/** Why a line is not a GDELT 2.0 event row, or null when it is one. */
export function checkGdeltLine(line: string): string | null {
  const cells = line.split('\t');
  if (cells.length !== GDELT_COLUMNS.length) return `${cells.length} columns, not ${GDELT_COLUMNS.length}`;
  if (!/^\d+$/.test(cells[0]!)) return 'GLOBALEVENTID is not a number';
  if (!/^\d{2,4}$/.test(cells[GDELT_COLUMNS.indexOf('EventCode')]!)) return 'EventCode is not a CAMEO code';
  if (!/^[1-4]$/.test(cells[GDELT_COLUMNS.indexOf('QuadClass')]!)) return 'QuadClass is not 1-4';
  return null;
}
