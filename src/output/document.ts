import type { Doc } from '../doc/doc.js';
import type { BlockKind, DatePrecision, EventModality, MentionKind, NameCheckKind, QuoteKind } from '../doc/layers.js';
import type { DateSource, Entity } from '../doc/attributes.js';

/** Bumped on any change of shape; the JSON Schema in schema/ carries the same id. */
export const SCHEMA_VERSION = 'attache.analysis/0.5';

export interface Warning {
  readonly code: string;
  readonly message: string;
}

/** An entity as the document writes it: the Doc's entity with its mentions and name checks gathered under it. */
export interface EntityOutput extends Entity {
  readonly mentions: readonly {
    start: number; end: number; text: string; kind: MentionKind; caption: boolean; rule: string;
    title: { start: number; end: number; text: string } | null;
  }[];
  readonly nameChecks: readonly NameCheckOutput[];
}

export interface NameCheckOutput {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly wrong: string;
  readonly wrongSpan: { start: number; end: number };
  readonly right: string;
  readonly kind: NameCheckKind;
  readonly why: string;
  readonly evidence: { post: string | null; date: string | null; source: string | null; reading: string | null };
  readonly confidence: number;
}

export interface QuoteOutput {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: QuoteKind;
  readonly speaker: string | null;
  readonly channel: string | null;
  readonly cue: { start: number; end: number; text: string } | null;
  readonly repaired: string | null;
  readonly confidence: number;
  readonly rule: string;
}

/** One coded event; `source` and `target` are entity ids, `cameo.source`/`cameo.target` CAMEO actor codes. */
export interface EventOutput {
  readonly id: string;
  readonly plover: { type: string; mode: string | null; context: string[] };
  readonly cameo: { code: string; root: string; quad: number; goldstein: number | null; source: string | null; target: string | null };
  readonly source: string[];
  readonly target: string[];
  readonly date: { start: string; end: string; precision: DatePrecision; from: 'sentence' | 'article' } | null;
  readonly place: { name: string; country: string | null; entity: string | null } | null;
  readonly modality: EventModality;
  readonly evidence: { start: number; end: number; text: string };
  readonly trigger: { start: number; end: number; text: string };
  readonly confidence: number;
  readonly rule: string;
}

export interface AnalysisDocument {
  readonly schema: typeof SCHEMA_VERSION;
  readonly id: string;
  readonly date: string | null;
  readonly dateSource: DateSource | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly format: 'text' | 'html';
  readonly text: string;
  readonly blocks: readonly { start: number; end: number; kind: BlockKind; reason: string }[];
  readonly sentences: readonly { start: number; end: number }[];
  readonly tokens?: readonly { start: number; end: number; pos: string }[];
  readonly dates: readonly { start: number; end: number; text: string; value: { start: string; end: string } | null; precision: DatePrecision; rule: string }[];
  readonly entities: readonly EntityOutput[];
  /** Pronouns and titles no entity could be found for. */
  readonly unresolvedMentions: readonly { start: number; end: number; text: string; kind: MentionKind }[];
  readonly quotes: readonly QuoteOutput[];
  readonly events: readonly EventOutput[];
  readonly warnings: readonly Warning[];
}

export interface ErrorRecord {
  readonly id?: string;
  readonly line?: number;
  readonly origin?: string;
  readonly error: string;
  readonly code: string;
}

/** The analysed Doc as the documented, versioned JSON document. */
export function toDocument(doc: Doc, warnings: readonly Warning[], options: { readonly tokens?: boolean } = {}): AnalysisDocument {
  const date = doc.attribute('articleDate');
  const out: AnalysisDocument = {
    schema: SCHEMA_VERSION,
    id: doc.meta.id,
    date: date?.value ?? null,
    dateSource: date?.source ?? null,
    title: doc.meta.title,
    url: doc.meta.url,
    byline: doc.meta.byline,
    format: doc.meta.format,
    text: doc.text,
    blocks: doc.layer('blocks').map((b) => ({ start: b.start, end: b.end, kind: b.kind, reason: b.rule })),
    sentences: doc.layer('sentences').map((s) => ({ start: s.start, end: s.end })),
    ...(options.tokens ? { tokens: doc.layer('tokens').map((t) => ({ start: t.start, end: t.end, pos: t.pos })) } : {}),
    dates: doc.layer('dates').map((d) => ({ start: d.start, end: d.end, text: d.text, value: d.value, precision: d.precision, rule: d.rule })),
    entities: entitiesOf(doc),
    unresolvedMentions: doc.layer('mentions').filter((m) => m.entity === null).map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind })),
    quotes: doc.layer('quotes').map((q) => ({
      start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker, channel: q.channel,
      cue: q.cue ? { ...q.cue } : null, repaired: q.repaired, confidence: q.confidence, rule: q.rule,
    })),
    events: eventsOf(doc),
    warnings: [...warnings],
  };
  return out;
}

function eventsOf(doc: Doc): EventOutput[] {
  return doc.layer('events').map((e, i) => ({
    id: `ev${i + 1}`,
    plover: { type: e.plover.type, mode: e.plover.mode, context: [...e.plover.context] },
    cameo: { ...e.cameo },
    source: [...e.source],
    target: [...e.target],
    date: e.date ? { ...e.date } : null,
    place: e.place ? { ...e.place } : null,
    modality: e.modality,
    evidence: { start: e.start, end: e.end, text: e.text },
    trigger: { ...e.trigger },
    confidence: e.confidence,
    rule: e.rule,
  }));
}

function entitiesOf(doc: Doc): EntityOutput[] {
  const mentions = doc.layer('mentions');
  const checks = doc.layer('nameChecks');
  return doc.attribute('entities').map((e) => ({
    id: e.id,
    type: e.type,
    name: e.name,
    wikidata: e.wikidata,
    kbId: e.kbId,
    country: e.country,
    sector: e.sector,
    cameo: e.cameo,
    offices: e.offices.map((o) => ({ ...o })),
    description: e.description,
    link: { ...e.link },
    mentions: mentions
      .filter((m) => m.entity === e.id)
      .map((m) => ({ start: m.start, end: m.end, text: m.text, kind: m.kind, caption: m.caption, rule: m.rule, title: m.title ? { ...m.title } : null })),
    nameChecks: checks
      .filter((c) => c.entity === e.id)
      .map((c) => ({
        start: c.start, end: c.end, surface: c.text, wrong: c.wrong.text, wrongSpan: { start: c.wrong.start, end: c.wrong.end },
        right: c.right, kind: c.kind, why: c.why, evidence: { ...c.evidence }, confidence: c.confidence,
      })),
  }));
}
