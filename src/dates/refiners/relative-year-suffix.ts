import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { referenceDay } from '../parsers/common.js';
import { relativeOffset } from '../vocabulary.js';

const SUFFIX = /^\s{1,3}(?:of\s{1,3})?(this|last|next)\s{1,3}year(?![\p{L}\p{N}])/iu;

/**
 * Takes "of this year" / "of last year" / "next year" after a date whose year
 * was not written into that date: "early April of this year" (2021-04-01..10),
 * "March 5 of last year", "in March last year", "Q4 of next year". Not across a
 * comma: "early April, last year" may be a list of two. Runs before chrono removes
 * overlaps, so the longer result wins over the separate "this year".
 */
export class RelativeYearSuffixRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const result of results) {
      if (!result.start.isCertain('month') || result.start.isCertain('year')) continue;
      // chrono's month pattern may end on the comma itself ("April,").
      if (/[,;]\s*$/.test(result.text)) continue;
      const after = result.index + result.text.length;
      const suffix = SUFFIX.exec(context.text.slice(after, after + 40));
      if (!suffix) continue;
      const year = referenceDay(context).year + relativeOffset(suffix[1] ?? 'this');
      const delta = year - (result.start.get('year') ?? year);
      result.start.assign('year', year);
      if (result.end) result.end.assign('year', (result.end.get('year') ?? year) + delta);
      result.text += suffix[0];
      result.addTag('refiner/RelativeYearSuffixRefiner');
    }
    return results;
  }
}
