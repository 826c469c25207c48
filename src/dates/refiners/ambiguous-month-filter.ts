import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { tagsOf } from '../tags.js';
import { MONTH_CUE_WORDS } from '../vocabulary.js';

const LOWERCASE_AMBIGUOUS = /(?<![\p{L}])(?:may|march)(?![\p{L}])/u;
const WORD_BEFORE = /([\p{L}]+)[\s-]{1,3}$/u;
const WORD_AFTER = /^\s{1,3}(\p{Lu})/u;

/**
 * Drops month names that are not months:
 * - "may" and "march" in lower case: the modal and the verb ("they march on May 5" keeps May 5);
 * - a month alone (no day) right after a capitalised word that is no cue:
 *   "Theresa May", "the Long March";
 * - "May" alone with no cue word before it ("May I ask", "May God bless");
 * - a month alone followed by a capitalised word and no cue before it: "April Ryan", "March Madness".
 */
export class AmbiguousMonthFilter implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    return results.filter((r) => !isAmbiguous(context.text, r));
  }
}

function isAmbiguous(text: string, r: ParsingResult): boolean {
  if (LOWERCASE_AMBIGUOUS.test(r.text)) return true;
  if (!r.start.isCertain('month') || r.start.isCertain('day') || r.start.isCertain('weekday')) return false;
  if (!tagsOf(r).has('parser/ENMonthNameParser')) return false;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, r.index - 30), r.index));
  const word = before?.[1] ?? '';
  const cued = MONTH_CUE_WORDS.has(word.toLowerCase());
  if (cued) return false;
  if (/^\p{Lu}/u.test(word)) return true;
  if (/^may\b/i.test(r.text) && !r.start.isCertain('year')) return true;
  const end = r.index + r.text.length;
  return !r.start.isCertain('year') && WORD_AFTER.test(text.slice(end, end + 5));
}
