import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagsOf } from '../tags.js';
import { yearForMonth } from '../calendar.js';
import { futureCue } from '../tense.js';
import { referenceDay } from '../parsers/common.js';

const MODIFIER_BEFORE = /(?<![\p{L}])(last|past|next|this)\s{1,3}$/iu;

/**
 * The year of a month named without one ("in January", "Last December"):
 * - after "last"/"past": the latest such month before the reference's month;
 *   after "next": the first one after it ("Last December" in June 2021 = Dec 2020);
 *   the modifier joins the text;
 * - otherwise by tense (calendar.yearForMonth, tense.ts): the latest such
 *   month up to the reference's unless a future word stands near ("will meet in
 *   June") or the past one is over eight months back. chrono's nearest-by-the-1st
 *   put "by March" in an October 2020 article in March 2021.
 */
export class MonthYearRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!tagsOf(r).has('parser/ENMonthNameParser') || r.end) continue;
      const s = r.start;
      if (!s.isCertain('month') || s.isCertain('year') || s.isCertain('day')) continue;
      const month = s.get('month');
      if (month === null) continue;
      const reference = referenceDay(context);
      const modifier = MODIFIER_BEFORE.exec(context.text.slice(Math.max(0, r.index - 12), r.index));
      const word = modifier?.[1]?.toLowerCase();
      let year: number;
      if (word === 'last' || word === 'past') {
        year = month < reference.month ? reference.year : reference.year - 1;
      } else if (word === 'next') {
        year = month > reference.month ? reference.year : reference.year + 1;
      } else {
        year = yearForMonth(reference, month, futureCue(context.text, r.index, r.index + r.text.length));
      }
      if (modifier && word !== 'this') {
        r.index -= modifier[0].length;
        r.text = modifier[0] + r.text;
        s.assign('year', year);
        r.addTag('refiner/MonthYearRefiner');
      } else {
        s.imply('year', year);
      }
    }
    return results;
  }
}
