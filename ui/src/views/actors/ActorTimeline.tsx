/**
 * An actor over time: offices as bars, then a row of ticks each for articles, events and quotes,
 * on one date axis. Ticks are links to what they stand for; each row's list repeats them below.
 */
import type { ActorAnswer } from '../../api/routes.js';
import { axisTicks, dayOf, dateOf } from '../../lib/time.js';
import { href } from '../../lib/router.js';

const W = 1000, ROW = 22, LEFT = 150, RIGHT = 12;

export function ActorTimeline(props: { actor: ActorAnswer }) {
  const a = props.actor;
  const offices = a.kb?.offices ?? [];
  const dates = [
    ...a.articles.map((x) => x.date), ...a.events.map((x) => x.date), ...a.quotes.map((x) => x.date),
  ].filter((d): d is string => !!d);
  if (!dates.length && !offices.length) return null;
  // The axis spans the actor's articles, widened to the offices held within ten years of them.
  const seen = dates.map(dayOf);
  const today = dayOf(new Date().toISOString());
  const near = (d: number) => !seen.length || (d > Math.min(...seen) - 3650 && d < Math.max(...seen) + 3650);
  const officeSpans = offices.map((o) => ({ o, s: o.start ? dayOf(o.start) : null, e: o.end ? dayOf(o.end) : today }))
    .filter((x) => x.s !== null && near(x.s) || near(x.e));
  const all = [...seen, ...officeSpans.flatMap((x) => (x.s !== null ? [x.s, x.e] : [x.e]))];
  let lo = Math.min(...all), hi = Math.max(...all);
  if (hi - lo < 30) (lo -= 15), (hi += 15);
  const x = (d: number) => LEFT + ((Math.min(Math.max(d, lo), hi) - lo) / (hi - lo)) * (W - LEFT - RIGHT);
  const rows: { label: string; marks: { day: number; title: string; to: string }[] }[] = [
    { label: `Articles (${a.articles.length})`, marks: a.articles.filter((x) => x.date).map((x) => ({ day: dayOf(x.date!), title: `${x.date} ${x.title ?? ''}`, to: href(['articles', x.id]) })) },
    { label: `Events (${a.events.length})`, marks: a.events.filter((x) => x.date).map((x) => ({ day: dayOf(x.date!), title: `${x.date} ${x.plover ?? ''}: ${x.evidence ?? ''}`, to: href(['articles', x.article]) })) },
    { label: `Quotes (${a.quotes.length})`, marks: a.quotes.filter((x) => x.date).map((x) => ({ day: dayOf(x.date!), title: `${x.date} “${x.text.slice(0, 120)}”`, to: href(['articles', x.article]) })) },
  ];
  const height = (officeSpans.length + rows.length) * ROW + 34;
  return (
    <figure class="actor-timeline">
      <svg viewBox={`0 0 ${W} ${height}`} role="group" aria-label={`Timeline from ${dateOf(lo)} to ${dateOf(hi)}: offices, articles, events and quotes`}>
        {axisTicks(lo, hi).map((t) => (
          <g key={t.day}><line x1={x(t.day)} x2={x(t.day)} y1={4} y2={height - 24} class="grid" /><text x={x(t.day)} y={height - 8} class="tick">{t.label}</text></g>
        ))}
        {officeSpans.map(({ o, s, e }, i) => (
          <g key={`o${i}`}>
            <text x={LEFT - 6} y={i * ROW + 19} class="row-label end">{o.post.length > 24 ? `${o.post.slice(0, 23)}…` : o.post}</text>
            <rect x={x(s ?? lo)} width={Math.max(2, x(e) - x(s ?? lo))} y={i * ROW + 6} height={ROW - 8} class="office"><title>{`${o.post}${o.country ? `, ${o.country}` : ''}: ${o.start ?? '?'} – ${o.end ?? 'now'}`}</title></rect>
          </g>
        ))}
        {rows.map((r, i) => {
          const y = (officeSpans.length + i) * ROW;
          return (
            <g key={r.label}>
              <text x={LEFT - 6} y={y + 19} class="row-label end">{r.label}</text>
              {r.marks.map((m, j) => (
                <a href={m.to} key={j} aria-label={m.title}><title>{m.title}</title><rect x={x(m.day) - 1.5} y={y + 6} width={3} height={ROW - 8} class={`tick-mark r${i}`} /></a>
              ))}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
