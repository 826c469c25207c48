/**
 * Events over time: a bar per day, week or month (whichever fits the span), stacked by PLOVER
 * type's quad (cooperation green, conflict red). Each bar is a link-like button: choosing it
 * narrows the filters to its dates. A table gives the same counts to screen readers.
 */
import type { EventRow } from '../../api/routes.js';
import { axisTicks, tickClass, bucketFor, bucketRange, dateOf, dayOf } from '../../lib/time.js';

const CONFLICT = new Set(['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT']);
const W = 1000, H = 240, PAD = { l: 40, r: 10, t: 10, b: 30 };

export function EventsTimeline(props: { rows: readonly EventRow[]; onRange: (from: string, to: string) => void }) {
  const allDated = props.rows.filter((r) => r.date);
  if (!allDated.length) return <p class="muted">No dated event to draw.</p>;
  const [from, to] = drawnRange(allDated.map((r) => dayOf(r.date!)));
  const dated = allDated.filter((r) => { const d = dayOf(r.date!); return d >= from && d <= to; });
  const left = allDated.length - dated.length;
  const days = dated.map((r) => dayOf(r.date!));
  const lo0 = Math.min(...days), hi0 = Math.max(...days);
  const bucket = bucketFor(hi0 - lo0);
  const bins = new Map<number, { end: number; coop: number; conflict: number }>();
  for (const r of dated) {
    const [s, e] = bucketRange(dayOf(r.date!), bucket);
    const b = bins.get(s) ?? { end: e, coop: 0, conflict: 0 };
    if (CONFLICT.has(r.plover ?? '')) b.conflict++; else b.coop++;
    bins.set(s, b);
  }
  const lo = Math.min(...bins.keys()), hi = Math.max(...[...bins.values()].map((b) => b.end)) + 1;
  const max = Math.max(...[...bins.values()].map((b) => b.coop + b.conflict));
  const x = (d: number) => PAD.l + ((d - lo) / Math.max(1, hi - lo)) * (W - PAD.l - PAD.r);
  const y = (n: number) => H - PAD.b - (n / max) * (H - PAD.t - PAD.b);
  const sorted = [...bins].sort((a, b) => a[0] - b[0]);
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="group" aria-label={`Events per ${bucket}, ${dateOf(lo)} to ${dateOf(hi - 1)}`} class="timeline-svg">
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} class="axis" />
        {axisTicks(lo, hi).map((t) => (
          <g key={t.day}><line x1={x(t.day)} x2={x(t.day)} y1={H - PAD.b} y2={H - PAD.b + 5} class="axis" /><text x={x(t.day)} y={H - 8} class={tickClass(x(t.day), W)}>{t.label}</text></g>
        ))}
        <text x={PAD.l - 6} y={y(max) + 4} class="tick end">{max}</text>
        <text x={PAD.l - 6} y={H - PAD.b} class="tick end">0</text>
        {sorted.map(([s, b]) => {
          const w = Math.max(2, x(b.end + 1) - x(s) - 1);
          const label = `${dateOf(s)}${b.end !== s ? ` to ${dateOf(b.end)}` : ''}: ${b.coop + b.conflict} events (${b.coop} cooperative, ${b.conflict} conflictual)`;
          // `tabindex` in lower case: Preact sets SVG props as attributes, and SVG keeps an attribute's case.
          return (
            <g key={s} class="bar" tabindex={0} role="button" aria-label={`${label}. Show these dates.`}
              onClick={() => props.onRange(dateOf(s), dateOf(b.end))}
              onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ' ') (e.preventDefault(), props.onRange(dateOf(s), dateOf(b.end))); }}>
              <title>{label}</title>
              <rect x={x(s)} width={w} y={y(b.coop)} height={H - PAD.b - y(b.coop)} class="coop" />
              <rect x={x(s)} width={w} y={y(b.coop + b.conflict)} height={y(b.coop) - y(b.coop + b.conflict)} class="conflict" />
            </g>
          );
        })}
      </svg>
      <figcaption>
        Events per {bucket}: <span class="key coop">cooperative</span> <span class="key conflict">conflictual</span>. Choose a bar to show its dates.
        {left > 0 ? ` ${left} events dated far outside the rest (before ${dateOf(from)} or after ${dateOf(to)}: a history recalled, a distant plan) are left out; the From and To filters show them.` : ''}
      </figcaption>
    </figure>
  );
}

/**
 * The days to draw: all of them, unless a few lie far from the rest (an article recalling 1860
 * stretches the axis to nothing). Then the 3rd to 99th percentile (histories recalled outnumber
 * distant plans), widened by a tenth of its span.
 */
export function drawnRange(days: readonly number[]): [number, number] {
  const sorted = [...days].sort((a, b) => a - b);
  const lo = sorted[0]!, hi = sorted.at(-1)!;
  if (sorted.length < 50) return [lo, hi];
  const p03 = sorted[Math.floor(sorted.length * 0.03)]!, p99 = sorted[Math.ceil(sorted.length * 0.99) - 1]!;
  const pad = Math.max(31, Math.round((p99 - p03) * 0.1));
  return [Math.max(lo, p03 - pad), Math.min(hi, p99 + pad)];
}
