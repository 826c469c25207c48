import type Database from 'better-sqlite3';
import { exportEvents, type ExportActor, type ExportEvent } from './events.js';

/** The fields the PLOVER manual ("Data Fields", table "PLOVER JSON") marks required. */
export const PLOVER_REQUIRED = ['id', 'date', 'actor', 'event'] as const;

/** A PLOVER entity object: the CAMEO actor code PLOVER asks for, and what Attaché knows of the actor. */
function entity(a: ExportActor, eventCode: string | null) {
  return { code: a.cameo ?? eventCode, name: a.name, type: a.type, country: a.country, wikidata: a.wikidata, key: a.key };
}

/** The PLOVER record of one event; null when neither the event nor its article has a date (PLOVER requires one). */
export function ploverRecord(e: ExportEvent): Record<string, unknown> | null {
  const date = e.dateStart ?? e.articleDate;
  if (!date) return null;
  return {
    id: `attache-${e.articleHash.replace(/^sha256:/, '').slice(0, 16)}-${e.localId}`,
    date,
    ...(e.dateEnd && e.dateEnd !== date ? { enddate: e.dateEnd } : {}),
    actor: e.sources.map((a) => entity(a, e.sourceCode)),
    recipient: e.targets.map((a) => entity(a, e.targetCode)),
    event: [e.ploverType],
    mode: e.ploverMode ? [e.ploverMode] : [],
    context: e.ploverContext,
    quad_code: e.quad,
    event_loc: e.placeName || e.placeCountry ? { name: e.placeName, country: e.placeCountry } : null,
    event_text: [e.evidence],
    // Reports of one occurrence share a link: the event cluster's id (GDELT export's GLOBALEVENTID).
    link: String(e.clusterId),
    cite_info: { url: e.url, title: e.title, source: e.source, article: e.articleHash, article_id: e.extId },
    coder: 'Attaché',
    coded_date: e.ingestedAt.slice(0, 10),
    // Beyond PLOVER's named fields (the manual invites them): CAMEO coding and how sure the coding is.
    cameo: { code: e.cameoCode, root: e.cameoRoot, goldstein: e.goldstein, source: e.sourceCode, target: e.targetCode },
    modality: e.modality,
    date_precision: e.datePrecision,
    confidence: e.confidence,
  };
}

/** Every stored event as a PLOVER JSON line, streamed; `skipped` counts events without any date. */
export function* ploverLines(db: Database.Database, counts: { skipped: number } = { skipped: 0 }): IterableIterator<string> {
  for (const e of exportEvents(db, { perCluster: false })) {
    const r = ploverRecord(e);
    if (r) yield JSON.stringify(r);
    else counts.skipped++;
  }
}

/** Why a line is not a PLOVER record with the required fields, or null when it is one. */
export function checkPloverLine(line: string): string | null {
  let r: Record<string, unknown>;
  try {
    r = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return 'not JSON';
  }
  for (const f of PLOVER_REQUIRED) if (r[f] === undefined || r[f] === null) return `no '${f}'`;
  if (typeof r.id !== 'string' || r.id === '') return "'id' is not a string";
  if (typeof r.date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(r.date)) return "'date' is not YYYY-MM-DD";
  if (!Array.isArray(r.actor) || r.actor.length === 0) return "'actor' is not a list of entities";
  if (!Array.isArray(r.event) || r.event.length === 0) return "'event' is not a list of categories";
  return null;
}
