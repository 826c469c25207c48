/** Dates as day numbers for timelines, and the bucket (day, week, month) a span of dates is drawn in. */

const DAY = 86_400_000;

export function dayOf(date: string): number {
  return Math.floor(Date.parse(`${date.slice(0, 10)}T00:00:00Z`) / DAY);
}

export function dateOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

export type Bucket = 'day' | 'week' | 'month';

export function bucketFor(spanDays: number): Bucket {
  return spanDays <= 62 ? 'day' : spanDays <= 400 ? 'week' : 'month';
}

/** The first and last day of the bucket a day falls in (weeks start on Monday). */
export function bucketRange(day: number, bucket: Bucket): [number, number] {
  if (bucket === 'day') return [day, day];
  if (bucket === 'week') {
    const monday = day - ((new Date(day * DAY).getUTCDay() + 6) % 7);
    return [monday, monday + 6];
  }
  const d = new Date(day * DAY);
  const first = Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY;
  const next = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY;
  return [first, next - 1];
}

/** Round ticks for an axis from `lo` to `hi` (day numbers): month starts, or years when the span is long. */
export function axisTicks(lo: number, hi: number, max = 8): { day: number; label: string }[] {
  const out: { day: number; label: string }[] = [];
  const start = new Date(lo * DAY);
  const months = (hi - lo) / 30;
  const step = months <= max ? 1 : months <= max * 3 ? 3 : months <= max * 6 ? 6 : 12 * Math.ceil(months / (12 * max));
  let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1;
  m = Math.ceil(m / step) * step;
  if (hi - lo <= 45) {
    // A short span: weekly ticks read better than one or two month starts.
    for (let d = lo; d <= hi; d += 7) out.push({ day: d, label: dateOf(d).slice(5) });
    return out;
  }
  for (;;) {
    while (m >= 12) (m -= 12), (y += 1);
    const day = Date.UTC(y, m, 1) / DAY;
    if (day > hi) break;
    if (day >= lo) out.push({ day, label: step >= 12 ? String(y) : `${y}-${String(m + 1).padStart(2, '0')}` });
    m += step;
  }
  return out;
}

/** A tick label near the right edge ends at its tick, so the SVG does not cut it off. */
export function tickClass(x: number, width: number): string {
  return x > width - 40 ? 'tick end' : 'tick';
}
