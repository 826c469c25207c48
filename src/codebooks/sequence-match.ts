/**
 * Matches one side of a flattened pattern against the words on that side of
 * the verb, reading away from the verb. Reachable positions are computed
 * element by element (a bounded dynamic programme, no backtracking): the work
 * is at most elements × window × (gap + slot length) per pattern, whatever the
 * input.
 */
import type { SlotRole } from './compiled.js';
import { MAX_SLOT, type FlatElement, type Item } from './pattern-elements.js';

export interface SideMatch {
  /** Window positions [start, end) of each element, in the element order. */
  readonly spans: readonly (readonly [number, number])[];
  /** Tokens matched by words (not slots): the measure of how specific the match is. */
  readonly words: number;
}

/** Shared and never written (matchSide only reads ends); not frozen, as a frozen array leaves V8's fast iteration. */
const NO_ENDS: readonly number[] = [];

/** End positions of a run of adjacent items starting at `s`. */
function runEnds(items: readonly Item[], win: readonly string[], s: number): readonly number[] {
  // Single words one after another move one position on: no array per step, and none at all for a miss (most calls).
  let at = s;
  let next0 = 0;
  for (; next0 < items.length; next0++) {
    const item = items[next0]!;
    if (item.kind !== 'word') break;
    const w = win[at];
    if (w === undefined || !item.alts.has(w)) return NO_ENDS;
    at++;
  }
  if (next0 === items.length) return [at];
  // From a phrase set on, a run may end at several positions.
  let ends = [at];
  for (let i = next0; i < items.length; i++) {
    const item = items[i]!;
    const next: number[] = [];
    for (const p of ends) {
      const w = win[p];
      if (w === undefined) continue;
      if (item.kind === 'word') {
        if (item.alts.has(w)) next.push(p + 1);
      } else {
        for (const phrase of item.set.byFirst.get(w) ?? []) {
          if (phrase.every((pw, k) => win[p + k] === pw)) next.push(p + phrase.length);
        }
      }
    }
    ends = next;
    if (!ends.length) break;
  }
  return ends;
}

/** A slot covers 1..MAX_SLOT tokens; a final slot runs to the first comma or the window's end. */
function slotEnds(win: readonly string[], s: number, last: boolean): number[] {
  if (s >= win.length) return [];
  if (last) {
    let e = s + 1;
    while (e < win.length && e - s < MAX_SLOT && win[e] !== ',') e++;
    return [e];
  }
  const out: number[] = [];
  for (let e = s + 1; e <= Math.min(win.length, s + MAX_SLOT); e++) out.push(e);
  return out;
}

/** Scratch rows of the programme, reused from call to call (grown when a call needs more): no Map per element. */
let reachFrom = new Int32Array(256);
let reachStart = new Int32Array(256);
const UNREACHED = -2;

/** The tightest match of all elements in order, or undefined. `win` holds normal forms, nearest the verb first. */
export function matchSide(els: readonly FlatElement[], win: readonly string[]): SideMatch | undefined {
  if (els.length === 0) return { spans: [], words: 0 };
  // Row k, position p: after k elements the match may end at p (every end lies in [0, win.length]); how it got there
  // (the position the element was read from and where it started). The first way found is kept, reading from
  // positions in increasing order, as the reference implementation with ordered maps did.
  const width = win.length + 1;
  const size = (els.length + 1) * width;
  if (reachFrom.length < size) {
    reachFrom = new Int32Array(size * 2);
    reachStart = new Int32Array(size * 2);
  }
  const from = reachFrom;
  const start = reachStart;
  from.fill(UNREACHED, 0, size);
  from[0] = -1;
  start[0] = -1;
  for (let k = 0; k < els.length; k++) {
    const el = els[k]!;
    const row = k * width;
    const nextRow = row + width;
    let reached = false;
    for (let p = 0; p < width; p++) {
      if (from[row + p] === UNREACHED) continue;
      for (let s = p; s <= p + el.gap && s < win.length; s++) {
        const ends = el.kind === 'slot' ? slotEnds(win, s, k === els.length - 1) : runEnds(el.items, win, s);
        for (const e of ends) {
          if (from[nextRow + e] !== UNREACHED) continue;
          from[nextRow + e] = p;
          start[nextRow + e] = s;
          reached = true;
        }
      }
    }
    if (!reached) return undefined;
  }
  let end = 0;
  const last = els.length * width;
  while (from[last + end] === UNREACHED) end++;
  const spans: [number, number][] = [];
  let words = 0;
  for (let k = els.length; k > 0; k--) {
    const at = k * width + end;
    spans.push([start[at]!, end]);
    if (els[k - 1]!.kind === 'words') words += end - start[at]!;
    end = from[at]!;
  }
  return { spans: spans.reverse(), words };
}

/** Slot roles of a side with their spans. */
export function slotSpans(els: readonly FlatElement[], m: SideMatch): { role: SlotRole; span: readonly [number, number] }[] {
  const out: { role: SlotRole; span: readonly [number, number] }[] = [];
  els.forEach((e, k) => {
    if (e.kind === 'slot') out.push({ role: e.role, span: m.spans[k]! });
  });
  return out;
}
