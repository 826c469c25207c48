import { AttacheError } from '../errors.js';
import type { Annotation } from '../doc/annotation.js';
import { ATTRIBUTE_NAMES } from '../doc/attributes.js';
import { Doc } from '../doc/doc.js';
import { checkLayer, layerHolds } from '../doc/invariants.js';
import type { LayerMap, LayerName } from '../doc/layers.js';
import type { AttributeValues, Provides, Stage, StageContext } from './stage.js';

export interface PipelineCheck {
  readonly ok: boolean;
  readonly problems: readonly string[];
}

/** Each requirement is added by an earlier stage, and nothing is added twice. */
export function checkPipeline(stages: readonly Stage[]): PipelineCheck {
  const problems: string[] = [];
  const provided = new Map<Provides, string>();
  const names = new Set<string>();
  for (const stage of stages) {
    if (names.has(stage.name)) problems.push(`stage '${stage.name}' is declared twice`);
    names.add(stage.name);
    for (const req of stage.requires) {
      if (!provided.has(req)) problems.push(`stage '${stage.name}' requires '${req}', which no earlier stage adds`);
    }
    for (const add of stage.adds) {
      const by = provided.get(add);
      if (by) problems.push(`stage '${stage.name}' adds '${add}', already added by '${by}'`);
      provided.set(add, stage.name);
    }
  }
  return { ok: problems.length === 0, problems };
}

/** Runs declared stages in order; the only code that writes to a Doc. */
export class Pipeline {
  readonly stages: readonly Stage[];
  readonly #ctx: StageContext;
  readonly #clock: () => number;

  /** `clock` times the stages (milliseconds); a benchmark may pass CPU time where wall time is shared with other work. */
  constructor(stages: readonly Stage[], ctx: StageContext, options: { readonly clock?: () => number } = {}) {
    this.#clock = options.clock ?? (() => performance.now());
    const check = checkPipeline(stages);
    if (!check.ok) throw new AttacheError('E_PIPELINE', `invalid pipeline:\n  ${check.problems.join('\n  ')}`);
    this.stages = stages;
    this.#ctx = ctx;
  }

  /** Milliseconds spent in each stage over this pipeline's life, for benchmarks and `--explain`. */
  readonly stageTimes = new Map<string, number>();

  run(doc: Doc): Doc {
    let current = doc;
    for (const stage of this.stages) {
      const t0 = this.#clock();
      current = this.#apply(stage, current);
      this.stageTimes.set(stage.name, (this.stageTimes.get(stage.name) ?? 0) + this.#clock() - t0);
    }
    return current;
  }

  #apply(stage: Stage, doc: Doc): Doc {
    const out = stage.run(doc, this.#ctx);
    const layers: { [K in LayerName]?: readonly LayerMap[K][] } = {};
    const attributes: AttributeValues = {};
    const declared = new Set<string>(stage.adds);
    const seen = new Set<string>();
    for (const [name, proposals] of Object.entries(out.layers ?? {}) as [LayerName, readonly Omit<Annotation, 'stage'>[]][]) {
      if (!declared.has(name) || ATTRIBUTE_NAMES.has(name)) {
        throw new AttacheError('E_STAGE_OUTPUT', `stage '${stage.name}' wrote layer '${name}' that it does not declare`);
      }
      // The array is frozen; the items are typed readonly. Freezing each of tens of
      // thousands of tokens cost more than the tokenizer itself.
      // Stamped in place: the proposals are the runner's now, and a copy of each of a million tokens costs.
      for (const p of proposals) (p as { stage?: string }).stage = stage.name;
      const written = Object.freeze(proposals as unknown as readonly Annotation[]);
      // The one-pass test first; the full check only to word a problem it found.
      const problems = layerHolds(name, written, doc.text) ? [] : checkLayer(name, written, doc.text);
      if (problems.length > 0) {
        const first = problems[0]!;
        throw new AttacheError('E_STAGE_OUTPUT', `stage '${stage.name}' wrote a bad '${name}' annotation #${first.index}: ${first.problem}`);
      }
      (layers as Record<string, unknown>)[name] = written;
      seen.add(name);
    }
    for (const [name, value] of Object.entries(out.attributes ?? {})) {
      if (!declared.has(name) || !ATTRIBUTE_NAMES.has(name)) {
        throw new AttacheError('E_STAGE_OUTPUT', `stage '${stage.name}' set attribute '${name}' that it does not declare`);
      }
      (attributes as Record<string, unknown>)[name] = value;
      seen.add(name);
    }
    const missing = stage.adds.filter((a) => !seen.has(a));
    if (missing.length > 0) {
      throw new AttacheError('E_STAGE_OUTPUT', `stage '${stage.name}' did not add ${missing.map((m) => `'${m}'`).join(', ')}`);
    }
    return doc.with(layers, attributes);
  }
}
