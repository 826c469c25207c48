import type { Block } from '../doc/layers.js';
import type { Paragraph } from './find-quotes.js';

export interface IndexedParagraph extends Paragraph {
  /** The block's index in the article. */
  readonly index: number;
}

/**
 * The blocks that pass `keep`, as paragraphs; one continues the one before it
 * only when they are neighbours in the article and of the same kind, so a quote
 * never runs on across a caption or from a title into the body.
 */
export function paragraphsOf(blocks: readonly Block[], keep: (b: Block) => boolean): IndexedParagraph[] {
  const out: IndexedParagraph[] = [];
  blocks.forEach((b, index) => {
    if (!keep(b)) return;
    const prev = out[out.length - 1];
    const continues = prev !== undefined && prev.index === index - 1 && blocks[index - 1]!.kind === b.kind;
    out.push({ start: b.start, end: b.end, continues, index });
  });
  return out;
}

/**
 * The paragraphs without those starting at `drop` (transcript turns); a
 * paragraph after a dropped one no longer continues anything.
 */
export function withoutParagraphs(paragraphs: readonly IndexedParagraph[], drop: ReadonlySet<number>): Paragraph[] {
  const out: Paragraph[] = [];
  let prevIndex = -2;
  for (const p of paragraphs) {
    if (drop.has(p.start)) continue;
    out.push({ start: p.start, end: p.end, continues: p.continues === true && p.index === prevIndex + 1 });
    prevIndex = p.index;
  }
  return out;
}
