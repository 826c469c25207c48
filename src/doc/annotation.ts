/**
 * Every annotation points into the document's text with [start, end) JavaScript
 * string indices and says which stage made it and by which rule.
 */
export interface Annotation {
  readonly start: number;
  readonly end: number;
  /** The stage that made the annotation. */
  readonly stage: string;
  /** The rule or reason inside that stage. */
  readonly rule: string;
  /** A score in [0, 1] where the rule has one. */
  readonly score?: number;
}

/** A proposal from a stage: the runner stamps `stage` when it writes it. */
export type Proposal<A extends Annotation> = Omit<A, 'stage'>;
