/**
 * The event's date: the sentence's own date expression nearest the trigger
 * ("later this week", "in early April"), else the article's date; `from`
 * says which, and the precision is the expression's (the article's date is a day).
 */
import type { DateMention } from '../../doc/layers.js';
import type { Draft } from '../draft.js';
import { firstStartingAt } from '../../util/sorted.js';

export function withDates(drafts: readonly Draft[], dates: readonly DateMention[], articleDate: string | null): Draft[] {
  return drafts.map((d) => {
    const at = d.view.tokens[d.trigger.first]!.start;
    let best: DateMention | undefined;
    for (let i = firstStartingAt(dates, d.view.start); i < dates.length && dates[i]!.end <= d.view.end; i++) {
      const m = dates[i]!;
      if (m.value && (!best || Math.abs(m.start - at) < Math.abs(best.start - at))) best = m;
    }
    if (best?.value) return { ...d, date: { start: best.value.start, end: best.value.end, precision: best.precision, from: 'sentence' as const } };
    return { ...d, date: articleDate ? { start: articleDate, end: articleDate, precision: 'day' as const, from: 'article' as const } : null };
  });
}
