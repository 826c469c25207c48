import type { Doc } from '../doc/doc.js';
import type { BlockKind, DatePrecision } from '../doc/layers.js';
import type { DateSource } from '../doc/attributes.js';

/** Bumped on any change of shape; the JSON Schema in schema/ carries the same id. */
export const SCHEMA_VERSION = 'attache.analysis/0.1';

export interface Warning {
  readonly code: string;
  readonly message: string;
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
  readonly entities: readonly unknown[];
  readonly quotes: readonly unknown[];
  readonly events: readonly unknown[];
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
    entities: [],
    quotes: [],
    events: [],
    warnings: [...warnings],
  };
  return out;
}
