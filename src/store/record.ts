import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { normalizeName } from '../kb/normalize.js';
import type { AnalysisDocument, EntityOutput, EventOutput } from '../output/document.js';

/** Where an article came from, as the ingest knows it before analysis. */
export interface ArticleSource {
  /** The content hash (content-hash.ts): the article's id in the store. */
  readonly hash: string;
  /** The input's own id: a JSONL record's id, a file's absolute path; null when it has none. */
  readonly extId: string | null;
  /** FILE or FILE:LINE, for messages and the article's row. */
  readonly origin: string;
}

export interface EntityRow {
  readonly localId: string;
  readonly key: string;
  readonly wikidata: string | null;
  readonly type: string;
  readonly name: string;
  readonly country: string | null;
  readonly sector: string | null;
  readonly cameo: string | null;
  readonly offices: string;
}

export interface EventRow {
  readonly localId: string;
  readonly ploverType: string;
  readonly ploverMode: string | null;
  readonly ploverContext: string;
  readonly cameoCode: string;
  readonly cameoRoot: string;
  readonly quad: number;
  readonly goldstein: number | null;
  readonly sourceCode: string | null;
  readonly targetCode: string | null;
  readonly dateStart: string | null;
  readonly dateEnd: string | null;
  readonly datePrecision: string | null;
  readonly placeName: string | null;
  readonly placeCountry: string | null;
  /** Local entity id ('e3') of the place, if it is one of the article's entities. */
  readonly placeEntity: string | null;
  readonly modality: string;
  readonly evidence: string;
  readonly evidenceStart: number;
  readonly evidenceEnd: number;
  readonly confidence: number;
  readonly sources: readonly string[];
  readonly targets: readonly string[];
  readonly clusterKey: string;
}

/**
 * One analysed article as rows ready to write: built where the analysis ran (a worker),
 * so the thread that writes to SQLite only binds values. Entity references are the
 * article's local ids ('e1'); the store maps them to its entity rows.
 */
export interface ArticleRecord {
  readonly hash: string;
  readonly extId: string | null;
  readonly url: string | null;
  readonly title: string | null;
  readonly date: string | null;
  readonly dateSource: string | null;
  readonly source: string | null;
  readonly origin: string;
  readonly format: string;
  readonly schema: string;
  readonly text: string;
  /** The analysis document, 'text' set to null, as deflated JSON (see packAnalysis). */
  readonly analysis: Uint8Array;
  readonly entities: readonly EntityRow[];
  readonly mentions: readonly { entity: string | null; start: number; end: number; text: string; kind: string }[];
  readonly nameChecks: readonly {
    entity: string; start: number; end: number; surface: string; wrong: string; right: string; kind: string; why: string; confidence: number;
  }[];
  readonly quotes: readonly {
    start: number; end: number; text: string; kind: string; speaker: string | null; channel: string | null; cue: string | null; confidence: number;
  }[];
  readonly events: readonly EventRow[];
}

/** An actor's key across articles: its Wikidata id, else the KB's id, else its normalised name. */
export function entityKey(e: Pick<EntityOutput, 'wikidata' | 'kbId' | 'name'>): string {
  if (e.wikidata) return e.wikidata;
  if (e.kbId) return e.kbId;
  return `name:${normalizeName(e.name) || e.name.toLowerCase()}`;
}

/**
 * What makes two coded events reports of one occurrence, dates aside: the PLOVER type,
 * the source and target actors (by key, sorted) and the place (its actor's key, else its
 * country, else its name). Events with one key whose dates chain within a day form a cluster.
 */
export function clusterKey(e: EventOutput, keyOf: (localId: string) => string): string {
  const actors = (ids: readonly string[]) => [...new Set(ids.map(keyOf))].sort().join(',');
  const place = e.place ? (e.place.entity ? keyOf(e.place.entity) : e.place.country ?? normalizeName(e.place.name)) : '';
  return `${e.plover.type}|${actors(e.source)}|${actors(e.target)}|${place}`;
}

export function packAnalysis(doc: AnalysisDocument): Uint8Array {
  return deflateRawSync(JSON.stringify({ ...doc, text: null }), { level: 1 });
}

/** The stored analysis back as the document `analyze` wrote (its key order kept). */
export function unpackAnalysis(packed: Uint8Array, text: string): AnalysisDocument {
  const doc = JSON.parse(inflateRawSync(packed).toString('utf8')) as { text: string | null };
  doc.text = text;
  return doc as unknown as AnalysisDocument;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The analysis of one article as rows for the store. */
export function toArticleRecord(doc: AnalysisDocument, source: ArticleSource): ArticleRecord {
  const keys = new Map(doc.entities.map((e) => [e.id, entityKey(e)]));
  const keyOf = (id: string) => keys.get(id) ?? `local:${id}`;
  return {
    hash: source.hash,
    extId: source.extId,
    url: doc.url,
    title: doc.title,
    date: doc.date,
    dateSource: doc.dateSource,
    source: hostOf(doc.url),
    origin: source.origin,
    format: doc.format,
    schema: doc.schema,
    text: doc.text,
    analysis: packAnalysis(doc),
    entities: doc.entities.map((e) => ({
      localId: e.id, key: keyOf(e.id), wikidata: e.wikidata, type: e.type, name: e.name,
      country: e.country, sector: e.sector, cameo: e.cameo, offices: JSON.stringify(e.offices),
    })),
    mentions: [
      ...doc.entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, start: m.start, end: m.end, text: m.text, kind: m.kind }))),
      ...doc.unresolvedMentions.map((m) => ({ entity: null, start: m.start, end: m.end, text: m.text, kind: m.kind })),
    ],
    nameChecks: doc.entities.flatMap((e) => e.nameChecks.map((c) => ({
      entity: e.id, start: c.start, end: c.end, surface: c.surface, wrong: c.wrong, right: c.right, kind: c.kind, why: c.why, confidence: c.confidence,
    }))),
    quotes: doc.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, channel: q.channel, cue: q.cue?.text ?? null, confidence: q.confidence,
    })),
    events: doc.events.map((e) => ({
      localId: e.id,
      ploverType: e.plover.type,
      ploverMode: e.plover.mode,
      ploverContext: JSON.stringify(e.plover.context),
      cameoCode: e.cameo.code,
      cameoRoot: e.cameo.root,
      quad: e.cameo.quad,
      goldstein: e.cameo.goldstein,
      sourceCode: e.cameo.source,
      targetCode: e.cameo.target,
      dateStart: e.date?.start ?? null,
      dateEnd: e.date?.end ?? null,
      datePrecision: e.date?.precision ?? null,
      placeName: e.place?.name ?? null,
      placeCountry: e.place?.country ?? null,
      placeEntity: e.place?.entity ?? null,
      modality: e.modality,
      evidence: e.evidence.text,
      evidenceStart: e.evidence.start,
      evidenceEnd: e.evidence.end,
      confidence: e.confidence,
      sources: e.source,
      targets: e.target,
      clusterKey: clusterKey(e, keyOf),
    })),
  };
}
