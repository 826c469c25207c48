import type { AttributeMap, AttributeName } from './attributes.js';
import type { LayerMap, LayerName } from './layers.js';
import type { DocMeta } from './meta.js';

type Layers = { readonly [K in LayerName]?: readonly LayerMap[K][] };
type Attributes = { readonly [K in AttributeName]?: AttributeMap[K] };

/**
 * One article: its text, read-only, and named annotation layers. A Doc never
 * changes; the runner makes a new Doc with each stage's output.
 */
export class Doc {
  readonly text: string;
  readonly meta: DocMeta;
  readonly #layers: Layers;
  readonly #attributes: Attributes;

  constructor(text: string, meta: DocMeta, layers: Layers = {}, attributes: Attributes = {}) {
    this.text = text;
    this.meta = meta;
    this.#layers = layers;
    this.#attributes = attributes;
  }

  has(name: LayerName | AttributeName): boolean {
    return name in this.#layers || name in this.#attributes;
  }

  layer<K extends LayerName>(name: K): readonly LayerMap[K][] {
    const layer = this.#layers[name];
    if (!layer) throw new Error(`layer '${name}' has not been computed`);
    return layer as readonly LayerMap[K][];
  }

  attribute<K extends AttributeName>(name: K): AttributeMap[K] {
    if (!(name in this.#attributes)) throw new Error(`attribute '${name}' has not been computed`);
    return this.#attributes[name] as AttributeMap[K];
  }

  /** The text an annotation covers. */
  slice(a: { readonly start: number; readonly end: number }): string {
    return this.text.slice(a.start, a.end);
  }

  layerNames(): LayerName[] {
    return Object.keys(this.#layers) as LayerName[];
  }

  /** A new Doc with these layers and attributes added; only the runner calls this. */
  with(layers: Layers, attributes: Attributes): Doc {
    return new Doc(
      this.text,
      this.meta,
      Object.freeze({ ...this.#layers, ...freezeLayers(layers) }),
      Object.freeze({ ...this.#attributes, ...attributes }),
    );
  }
}

function freezeLayers(layers: Layers): Layers {
  const out: Record<string, readonly unknown[]> = {};
  for (const [name, items] of Object.entries(layers)) out[name] = Object.isFrozen(items) ? items : Object.freeze([...(items as unknown[])]);
  return out as Layers;
}
