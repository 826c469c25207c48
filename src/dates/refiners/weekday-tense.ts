import type { ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, isoWeekday, type Ymd } from '../calendar.js';
import { referenceDay } from '../parsers/common.js';
import { tagsOf } from '../tags.js';
import { futureCue } from '../tense.js';

const MODIFIER = /(?<![\p{L}])(?:last|past|next|this|coming)(?![\p{L}])/iu;

function shift(c: ParsingComponents, days: number): void {
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return;
  const moved: Ymd = addDays({ year, month, day }, days);
  c.imply('year', moved.year);
  c.imply('month', moved.month);
  c.imply('day', moved.day);
}

/**
 * A bare weekday ("on Monday", "Friday's quake", "Monday night") is read by
 * tense instead of chrono's nearest day: news reports the past, so it is the
 * latest such day up to the article date (the same day included), unless a
 * future word stands near it (see tense.ts: "will meet on Friday", "is due to
 * arrive Monday", "until Saturday"), which makes it the next such day from the
 * article date on. "last/next/this Friday" and weekdays with a date are chrono's.
 */
export class WeekdayTenseRefiner implements Refiner {
  refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
    for (const r of results) {
      if (!tagsOf(r).has('parser/ENWeekdayParser')) continue;
      const s = r.start;
      if (!s.isCertain('weekday') || s.isCertain('day') || s.isCertain('month') || MODIFIER.test(r.text)) continue;
      const weekday = s.get('weekday');
      const year = s.get('year');
      const month = s.get('month');
      const day = s.get('day');
      if (weekday === null || year === null || month === null || day === null) continue;
      const reference = referenceDay(context);
      const future = futureCue(context.text, r.index, r.index + r.text.length);
      const iso = weekday === 0 ? 7 : weekday;
      const offset = future
        ? (iso - isoWeekday(reference) + 7) % 7
        : -((isoWeekday(reference) - iso + 7) % 7);
      const target = addDays(reference, offset);
      const current: Ymd = { year, month, day };
      const delta =
        Date.UTC(target.year, target.month - 1, target.day) / 86_400_000 -
        Date.UTC(current.year, current.month - 1, current.day) / 86_400_000;
      if (delta === 0) continue;
      shift(s, delta);
      if (r.end) shift(r.end, delta);
      r.addTag('refiner/WeekdayTenseRefiner');
    }
    return results;
  }
}
