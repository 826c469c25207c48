import type { DatePrecision, PartialDate } from '../model.js';

/**
 * Reading one Wikidata entity, in today's dump shape (`"id": "Q5"`) and the older
 * one (`"numeric-id": 5` without `id`, dates like "+1998-00-00T00:00:00Z" with
 * precision 9).
 */

export interface WikidataStatement {
  readonly position: string;
  readonly start: PartialDate | null;
  readonly end: PartialDate | null;
}

export interface WikidataPerson {
  readonly id: string;
  readonly labels: readonly { lang: string; text: string }[];
  readonly aliases: readonly { lang: string; text: string }[];
  readonly statements: readonly WikidataStatement[];
}

export type EntityResult =
  | { kind: 'person'; person: WikidataPerson }
  | { kind: 'skip'; reason: string }
  | { kind: 'problem'; message: string }
  | { kind: 'label'; id: string; label: string };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The item id a snak points to, in either shape. */
export function itemId(value: unknown): string | null {
  if (!isObject(value)) return null;
  if (typeof value.id === 'string' && /^Q\d+$/.test(value.id)) return value.id;
  const n = value['numeric-id'];
  if (typeof n === 'number' && Number.isInteger(n) && n > 0) return `Q${n}`;
  if (typeof n === 'string' && /^\d+$/.test(n)) return `Q${n}`;
  return null;
}

/** "+1998-00-00T00:00:00Z" with precision 9 → '1998'; precision 11 → a day. Dates before year 1 are dropped. */
export function wikidataTime(value: unknown): { date: PartialDate; precision: DatePrecision } | null {
  if (!isObject(value) || typeof value.time !== 'string') return null;
  const m = /^\+(\d{4,})-(\d{2})-(\d{2})T/.exec(value.time);
  if (!m || !m[1] || !m[2] || !m[3]) return null;
  const year = m[1].replace(/^0+(?=\d{4})/, '');
  if (year.length !== 4) return null;
  const precision = typeof value.precision === 'number' ? value.precision : 11;
  if (precision <= 9 || m[2] === '00') return { date: year, precision: 'year' };
  if (precision === 10 || m[3] === '00') return { date: `${year}-${m[2]}`, precision: 'month' };
  return { date: `${year}-${m[2]}-${m[3]}`, precision: 'day' };
}

function snakValue(snak: unknown): unknown {
  if (!isObject(snak) || snak.snaktype !== 'value' || !isObject(snak.datavalue)) return undefined;
  return snak.datavalue.value;
}

function claims(entity: Json, property: string): Json[] {
  const all = isObject(entity.claims) ? entity.claims[property] : undefined;
  return Array.isArray(all) ? all.filter(isObject).filter((s) => s.rank !== 'deprecated') : [];
}

function qualifierTime(statement: Json, property: string): PartialDate | null {
  const q = isObject(statement.qualifiers) ? statement.qualifiers[property] : undefined;
  if (!Array.isArray(q)) return null;
  for (const snak of q) {
    const t = wikidataTime(snakValue(snak));
    if (t) return t.date;
  }
  return null;
}

function texts(map: unknown): { lang: string; text: string }[] {
  if (!isObject(map)) return [];
  const out: { lang: string; text: string }[] = [];
  for (const [lang, v] of Object.entries(map)) {
    for (const item of Array.isArray(v) ? v : [v]) {
      if (isObject(item) && typeof item.value === 'string' && item.value.trim()) out.push({ lang: typeof item.language === 'string' ? item.language : lang, text: item.value.trim() });
    }
  }
  return out;
}

/** Positions are kept by label so user posts get titles ("Prime Minister of Estonia"). */
const POSITION_CLASSES = new Set(['Q4164871', 'Q294414', 'Q30461', 'Q14212', 'Q83307', 'Q4175034', 'Q486839']);

export function readEntity(raw: unknown): EntityResult {
  if (!isObject(raw)) return { kind: 'problem', message: 'not a JSON object' };
  const id = typeof raw.id === 'string' ? raw.id : typeof raw.title === 'string' ? raw.title : null;
  if (!id || !/^[QPL]\d+$/.test(id)) return { kind: 'problem', message: 'entity without an id' };
  if (!id.startsWith('Q')) return { kind: 'skip', reason: 'not an item' };
  const labels = texts(raw.labels);
  const instanceOf = claims(raw, 'P31').map((s) => itemId(snakValue(s.mainsnak)));
  if (!instanceOf.includes('Q5')) {
    const en = labels.find((l) => l.lang === 'en') ?? labels[0];
    const isPosition = instanceOf.some((c) => c !== null && POSITION_CLASSES.has(c)) || claims(raw, 'P1001').length > 0;
    return isPosition && en ? { kind: 'label', id, label: en.text } : { kind: 'skip', reason: 'not a human' };
  }
  const p39 = claims(raw, 'P39');
  if (p39.length === 0) return { kind: 'skip', reason: 'held no position' };
  if (labels.length === 0) return { kind: 'problem', message: `entity ${id} has no labels` };
  const statements: WikidataStatement[] = [];
  for (const s of p39) {
    const position = itemId(snakValue(s.mainsnak));
    if (!position) continue;
    statements.push({ position, start: qualifierTime(s, 'P580'), end: qualifierTime(s, 'P582') });
  }
  return { kind: 'person', person: { id, labels, aliases: texts(raw.aliases), statements } };
}
