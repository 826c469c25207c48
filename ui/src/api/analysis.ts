/**
 * The parts of the analysis document (schema/analysis.schema.json) the UI shows. Kept apart from
 * src/ so the UI's type-check needs only the DOM library, not Node's.
 */
export interface Span { readonly start: number; readonly end: number }
export interface TextSpan extends Span { readonly text: string }

export type BlockKind = 'title' | 'dateline' | 'byline' | 'body' | 'heading' | 'caption' | 'boilerplate';
export interface Block extends Span { readonly kind: BlockKind; readonly reason: string }

export interface Office { readonly post: string; readonly country: string | null; readonly start: string | null; readonly end: string | null }

export interface Mention extends TextSpan {
  readonly kind: string;
  readonly caption: boolean;
  readonly rule: string;
  readonly title: TextSpan | null;
}

export interface NameCheck extends Span {
  readonly surface: string;
  readonly wrong: string;
  readonly wrongSpan?: Span;
  readonly right: string;
  readonly kind: string;
  readonly why: string;
  readonly evidence?: { readonly post?: string | null; readonly date?: string | null; readonly source?: string | null; readonly reading?: string | null } | null;
  readonly confidence: number;
}

export interface Entity {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly wikidata: string | null;
  readonly kbId?: string | null;
  readonly country: string | null;
  readonly sector?: string | null;
  readonly cameo?: string | null;
  readonly offices?: readonly Office[];
  readonly description?: string | null;
  readonly mentions: readonly Mention[];
  readonly nameChecks: readonly NameCheck[];
}

export interface Quote extends TextSpan {
  readonly kind: string;
  readonly speaker: string | null;
  readonly channel: string | null;
  readonly cue: TextSpan | null;
  readonly repaired: unknown;
  readonly confidence: number;
}

export interface EventDate { readonly start: string | null; readonly end: string | null; readonly precision?: string | null }

export interface AnalysisEvent {
  readonly id: string;
  readonly plover: { readonly type: string; readonly mode: string | null; readonly context: readonly string[] };
  readonly cameo: { readonly code: string; readonly root: string; readonly quad?: number; readonly goldstein?: number; readonly source: string | null; readonly target: string | null };
  readonly source: readonly string[];
  readonly target: readonly string[];
  readonly date: EventDate | null;
  readonly place: { readonly name: string; readonly country: string | null; readonly entity?: string | null } | null;
  readonly modality: string;
  readonly evidence: TextSpan;
  readonly confidence: number;
}

export interface AnalysisDocument {
  readonly schema: string;
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
  readonly byline: string | null;
  readonly text: string;
  readonly blocks: readonly Block[];
  readonly sentences: readonly Span[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly events: readonly AnalysisEvent[];
  readonly warnings: readonly { readonly code: string; readonly message: string }[];
}
