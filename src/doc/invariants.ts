import type { Annotation } from './annotation.js';
import type { Doc } from './doc.js';
import { EXCLUSIVE_LAYERS, type LayerName } from './layers.js';

export interface InvariantViolation {
  readonly layer: string;
  readonly index: number;
  readonly problem: string;
}

/** Offsets are integers with 0 <= start <= end <= text.length. */
export function checkBounds(layer: string, items: readonly Annotation[], textLength: number): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  // Plain loops: the runner checks every token of every article.
  for (let index = 0; index < items.length; index++) {
    const a = items[index]!;
    if (!Number.isInteger(a.start) || !Number.isInteger(a.end) || a.start < 0 || a.end < a.start || a.end > textLength) {
      out.push({ layer, index, problem: `offsets [${a.start}, ${a.end}) out of bounds for text of length ${textLength}` });
    }
  }
  return out;
}

/** An annotation that carries its text carries exactly text.slice(start, end). */
export function checkTexts(layer: string, items: readonly Annotation[], text: string): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (let index = 0; index < items.length; index++) {
    const a = items[index]!;
    const own = (a as { text?: unknown }).text;
    // Compared in place, without a slice per annotation.
    if (typeof own === 'string' && (own.length !== a.end - a.start || !text.startsWith(own, a.start))) {
      out.push({ layer, index, problem: `text ${JSON.stringify(own)} differs from the slice ${JSON.stringify(text.slice(a.start, a.end))}` });
    }
  }
  return out;
}

/** Annotations of an exclusive layer are sorted and do not overlap. */
export function checkNoOverlap(layer: string, items: readonly Annotation[]): InvariantViolation[] {
  const out: InvariantViolation[] = [];
  for (let i = 1; i < items.length; i++) {
    const prev = items[i - 1]!;
    const cur = items[i]!;
    if (cur.start < prev.end) out.push({ layer, index: i, problem: `[${cur.start}, ${cur.end}) overlaps [${prev.start}, ${prev.end})` });
  }
  return out;
}

/**
 * Whether checkLayer would find nothing, in one pass that reads each annotation's offsets and text once. The runner
 * asks this of every layer every stage writes (a million tokens per corpus); the property reads dominate, as every
 * layer's annotations have their own shape, so three passes read them three times. checkLayer then words the problem.
 */
export function layerHolds(layer: LayerName, items: readonly Annotation[], text: string): boolean {
  const exclusive = EXCLUSIVE_LAYERS.has(layer);
  const textLength = text.length;
  let prevEnd = -Infinity;
  for (let index = 0; index < items.length; index++) {
    const a = items[index]!;
    const start = a.start;
    const end = a.end;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > textLength) return false;
    const own = (a as { text?: unknown }).text;
    if (typeof own === 'string' && (own.length !== end - start || !text.startsWith(own, start))) return false;
    if (exclusive && start < prevEnd) return false;
    prevEnd = end;
  }
  return true;
}

export function checkLayer(layer: LayerName, items: readonly Annotation[], text: string): InvariantViolation[] {
  const out = [...checkBounds(layer, items, text.length), ...checkTexts(layer, items, text)];
  if (EXCLUSIVE_LAYERS.has(layer)) out.push(...checkNoOverlap(layer, items));
  return out;
}

/** Every invariant over every layer of a Doc; tests call this on every output. */
export function checkDoc(doc: Doc): InvariantViolation[] {
  return doc.layerNames().flatMap((name) => checkLayer(name, doc.layer(name), doc.text));
}
