import { casual, Chrono, type Parser, type ParsingResult, type Refiner } from 'chrono-node';
import { DecadeParser } from './parsers/decade.js';
import { EventYearParser } from './parsers/event-year.js';
import { GuardedYearParser } from './parsers/guarded-year.js';
import { HalfYearParser } from './parsers/half-year.js';
import { PartOfDayParser } from './parsers/part-of-day.js';
import { PartOfMonthParser } from './parsers/part-of-month.js';
import { PartOfRelativePeriodParser } from './parsers/part-of-relative-period.js';
import { PartOfYearParser } from './parsers/part-of-year.js';
import { QuarterParser } from './parsers/quarter.js';
import { RelativePeriodParser } from './parsers/relative-period.js';
import { RollingPeriodParser } from './parsers/rolling-period.js';
import { MonthDayRangeParser } from './parsers/month-day-range.js';
import { WeekOfMonthParser } from './parsers/week-of-month.js';
import { TaggedParser } from './parsers/tagged.js';
import { FilterExemption, isAttacheResult } from './refiners/filter-exemption.js';
import { AnaphoricOffsetFilter } from './refiners/anaphoric-offset-filter.js';
import { DurationFilter } from './refiners/duration-filter.js';
import { MonthYearRefiner } from './refiners/month-year.js';
import { TagKeepingRefiner } from './refiners/tag-keeping.js';
import { TwoDigitYearFilter } from './refiners/two-digit-year-filter.js';
import { CasualAbbreviationFilter } from './refiners/casual-abbreviation-filter.js';
import { WeekdayTenseRefiner } from './refiners/weekday-tense.js';
import { AmbiguousMonthFilter } from './refiners/ambiguous-month-filter.js';
import { ExpressionTrimRefiner } from './refiners/expression-trim.js';
import { RelativeYearSuffixRefiner } from './refiners/relative-year-suffix.js';
import { SlashDateFilter } from './refiners/slash-date-filter.js';
import { TimeOnlyFilter } from './refiners/time-only-filter.js';
import { WeekdayAbbreviationFilter } from './refiners/weekday-abbreviation-filter.js';

/**
 * Attaché's own parsers, in order. They come before chrono's, so that where an
 * Attaché result and a chrono result start at the same place with the same
 * length, chrono's overlap removal keeps Attaché's (it keeps the earlier one).
 */
export function attacheParsers(): Parser[] {
  return [
    new PartOfRelativePeriodParser(),
    new PartOfMonthParser(),
    new WeekOfMonthParser(),
    new MonthDayRangeParser(),
    new PartOfYearParser(),
    new RollingPeriodParser(),
    new RelativePeriodParser(),
    new QuarterParser(),
    new HalfYearParser(),
    new DecadeParser(),
    new GuardedYearParser(),
    new EventYearParser(),
    new PartOfDayParser(),
  ];
}

/**
 * chrono parsers left out: ENRelativeDateFormatParser ("this/next/last week|month|year",
 * also "the last day", "last years" as a verb, "past weeks") and
 * ENTimeUnitCasualRelativeFormatParser ("last couple weeks" as one day) — the
 * RelativePeriodParser and RollingPeriodParser read these as whole periods.
 */
const REPLACED_PARSERS: ReadonlySet<string> = new Set(['ENRelativeDateFormatParser', 'ENTimeUnitCasualRelativeFormatParser']);

/**
 * The words without which chrono's offset parsers cannot match. Their patterns
 * allow up to eleven repeated "N units" with optional spaces and "and", which
 * backtrack heavily (boundedly, but ~30 µs a character on "2 days and 2 days …"),
 * so they run only where the word they end with is present.
 */
const PRECONDITIONS: Readonly<Record<string, RegExp>> = {
  ENTimeUnitAgoFormatParser: /\b(?:ago|before|earlier)\b/i,
  ENTimeUnitLaterFormatParser: /\b(?:later|after|from\s+now|henceforth|forward|out)\b/i,
};

/** A bare "May" that AmbiguousMonthFilter (which runs first) has let through. */
function isVettedMay(r: ParsingResult): boolean {
  return r.text.trim().toLowerCase() === 'may';
}

/**
 * chrono-node's casual English configuration (forwardDate off) with Attaché's
 * parsers first, chrono's parsers tagged with their names, and Attaché's
 * refiners around chrono's: year suffixes and false-positive filters (times
 * alone included) before chrono merges and removes overlaps; weekday tense and
 * trimming after.
 * chrono's unlikely-format filters skip what Attaché's own steps vouch for.
 */
export function createDateChrono(): Chrono {
  const base = casual.clone();
  const before: Refiner[] = [
    new SlashDateFilter(),
    new TwoDigitYearFilter(),
    new AmbiguousMonthFilter(),
    new WeekdayAbbreviationFilter(),
    new AnaphoricOffsetFilter(),
    new DurationFilter(),
    new CasualAbbreviationFilter(),
    new TimeOnlyFilter(),
    new MonthYearRefiner(),
    new RelativeYearSuffixRefiner(),
  ];
  const chronoRefiners = base.refiners.map((r) => {
    if (r.constructor.name === 'UnlikelyFormatFilter') return new FilterExemption(r, isAttacheResult);
    if (r.constructor.name === 'ENUnlikelyFormatFilter') return new FilterExemption(r, isVettedMay);
    return new TagKeepingRefiner(r);
  });
  const chronoParsers = base.parsers
    .filter((p) => !REPLACED_PARSERS.has(p.constructor.name))
    .map((p) => new TaggedParser(p, PRECONDITIONS[p.constructor.name] ?? null));
  const after: Refiner[] = [new WeekdayTenseRefiner(), new ExpressionTrimRefiner()];
  return new Chrono({
    parsers: [...attacheParsers(), ...chronoParsers],
    refiners: [...before, ...chronoRefiners, ...after],
  });
}
