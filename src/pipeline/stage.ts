import type { Annotation, Proposal } from '../doc/annotation.js';
import type { AttributeMap, AttributeName } from '../doc/attributes.js';
import type { Doc } from '../doc/doc.js';
import type { LayerMap, LayerName } from '../doc/layers.js';
import type { Resources } from './resources.js';

export type Provides = LayerName | AttributeName;

export type LayerProposals = { [K in LayerName]?: readonly Proposal<LayerMap[K]>[] };
export type AttributeValues = { [K in AttributeName]?: AttributeMap[K] };

/** What a stage computed; the runner checks it and writes it to a new Doc. */
export interface StageOutput {
  readonly layers?: LayerProposals;
  readonly attributes?: AttributeValues;
}

export interface StageContext {
  readonly resources: Resources;
}

/**
 * A pipeline step: it declares what it needs and what it adds, and computes
 * proposals from a read-only Doc. It never writes to the Doc itself.
 */
export interface Stage {
  readonly name: string;
  /** One line on what the stage does, for `--explain` listings and docs. */
  readonly description: string;
  readonly requires: readonly Provides[];
  readonly adds: readonly Provides[];
  run(doc: Doc, ctx: StageContext): StageOutput;
}

export type { Annotation };
