/**
 * An actor over time: offices as bars, then a row of ticks each for articles, events and quotes,
 * on one date axis. Ticks are links to what they stand for; each row's list repeats them below.
 */
import type { ActorAnswer } from '../../api/routes.js';
import { axisTicks, tickClass, dayOf, dateOf } from '../../lib/time.js';
import { href } from '../../lib/router.js';

/** The actor detail's lists hold the newest 500 of each at most (docs/api.md). */
const CAP = 500;
const W = 1000, ROW = 22, LEFT = 150, RIGHT = 12;

export function ActorTimeline(props: { actor: ActorAnswer }) {
  const a = props.actor;
  const offices = a.kb?.offices ?? [];
  // Articles and quotes carry the article's date, events their own, which may be years back (a
  // history recalled): the axis follows the articles, and events outside it are counted, not drawn.
  const dates = [...a.articles.map((x) => x.date), ...a.quotes.map((x) => x.date)].filter((d): d is string => !!d);
  if (!dates.length && !offices.length) return null;
  // The axis spans the actor's articles with a margin, so their marks stay readable; offices that
  // run beyond it are cut at its edges (the offices table has their full dates). With no dated
  // article, it spans the offices.
  const seen = dates.map(dayOf);
  const today = dayOf(new Date().toISOString());
  const officeSpans = offices.map((o) => ({ o, s: o.start ? dayOf(o.start) : null, e: o.end ? dayOf(o.end) : today }));
  let lo: number, hi: number;
  if (seen.length) {
    lo = Math.min(...seen); hi = Math.max(...seen);
    const margin = Math.max(30, Math.round((hi - lo) * 0.15));
    lo -= margin; hi += margin;
  } else {
    const ends = officeSpans.flatMap((x) => (x.s !== null ? [x.s, x.e] : [x.e]));
    lo = Math.min(...ends); hi = Math.max(...ends);
    if (hi - lo < 60) (lo -= 30), (hi += 30);
  }
  const shownOffices = officeSpans.filter((x) => (x.s ?? -Infinity) <= hi && x.e >= lo);
  const inside = (d: string | null) => d !== null && dayOf(d) >= lo && dayOf(d) <= hi;
  const eventsOutside = a.events.filter((e) => e.date && !inside(e.date)).length;
  const x = (d: number) => LEFT + ((Math.min(Math.max(d, lo), hi) - lo) / (hi - lo)) * (W - LEFT - RIGHT);
  const rows: { label: string; marks: { day: number; title: string; to: string }[] }[] = [
    { label: `Articles (${a.counts.articles})`, marks: a.articles.filter((x) => x.date).map((x) => ({ day: dayOf(x.date!), title: `${x.date} ${x.title ?? ''}`, to: href(['articles', x.id]) })) },
    { label: `Events (${a.counts.events})`, marks: a.events.filter((x) => inside(x.date)).map((x) => ({ day: dayOf(x.date!), title: `${x.date} ${x.plover ?? ''}: ${x.evidence ?? ''}`, to: href(['articles', x.article]) })) },
    { label: `Quotes (${a.counts.quotes})`, marks: a.quotes.filter((x) => x.date).map((x) => ({ day: dayOf(x.date!), title: `${x.date} “${x.text.slice(0, 120)}”`, to: href(['articles', x.article]) })) },
  ];
  const capped = a.articles.length < a.counts.articles || a.events.length < a.counts.events || a.quotes.length < a.counts.quotes;
  const height = (shownOffices.length + rows.length) * ROW + 34;
  return (
    <figure class="actor-timeline">
      <svg viewBox={`0 0 ${W} ${height}`} role="group" aria-label={`Timeline from ${dateOf(lo)} to ${dateOf(hi)}: offices, articles, events and quotes`}>
        {axisTicks(lo, hi).map((t) => (
          <g key={t.day}><line x1={x(t.day)} x2={x(t.day)} y1={4} y2={height - 24} class="grid" /><text x={x(t.day)} y={height - 8} class={tickClass(x(t.day), W)}>{t.label}</text></g>
        ))}
        {shownOffices.map(({ o, s, e }, i) => (
          <g key={`o${i}`}>
            <text x={LEFT - 6} y={i * ROW + 19} class="row-label end">{o.post.length > 21 ? `${o.post.slice(0, 20)}…` : o.post}</text>
            <rect x={x(s ?? lo)} width={Math.max(2, x(e) - x(s ?? lo))} y={i * ROW + 6} height={ROW - 8} class="office"><title>{`${o.post}${o.country ? `, ${o.country}` : ''}: ${o.start ?? '?'} – ${o.end ?? 'now'}`}</title></rect>
            {e > hi ? <text x={W - RIGHT - 2} y={i * ROW + 18} class="row-label end" aria-hidden="true">→</text> : null}
          </g>
        ))}
        {rows.map((r, i) => {
          const y = (shownOffices.length + i) * ROW;
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
      {capped || eventsOutside > 0 ? (
        <figcaption class="muted">
          {capped ? `The timeline draws the newest ${CAP} of each; the counts are the totals. ` : ''}
          {eventsOutside > 0 ? `${eventsOutside} events dated outside these articles’ span (a history recalled, a distant plan) are in the table below, not on the timeline.` : ''}
        </figcaption>
      ) : null}
    </figure>
  );
}

