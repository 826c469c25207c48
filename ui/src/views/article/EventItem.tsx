/** One event beside the text: type, who to whom, when, where; hovering or focusing it marks its sentence. */
import type { AnalysisEvent, Entity } from '../../api/analysis.js';

export function actorNames(ids: readonly string[], entities: Map<string, Entity>): string {
  return ids.map((id) => entities.get(id)?.name ?? id).join(', ') || '—';
}

export function EventItem(props: { ev: AnalysisEvent; entities: Map<string, Entity>; active: boolean; onActive: (id: string | null) => void; sentence: number | null }) {
  const { ev } = props;
  const date = ev.date?.start ? (ev.date.end && ev.date.end !== ev.date.start ? `${ev.date.start} – ${ev.date.end}` : ev.date.start) : null;
  return (
    <li class={`event-item${props.active ? ' active' : ''}`} tabIndex={0} data-event={ev.id} data-sentence={props.sentence ?? undefined}
      onMouseEnter={() => props.onActive(ev.id)} onMouseLeave={() => props.onActive(null)}
      onFocus={() => props.onActive(ev.id)} onBlur={() => props.onActive(null)}>
      <span class={`plover p-${ev.plover.type.toLowerCase()}`}>{ev.plover.type}</span>
      <span class="cameo" title="CAMEO code">{ev.cameo.code}</span>
      {ev.modality !== 'asserted' ? <span class="modality">{ev.modality}</span> : null}
      <div class="event-actors">{actorNames(ev.source, props.entities)} → {actorNames(ev.target, props.entities)}</div>
      <div class="event-meta">{[date, ev.place?.name, ev.plover.mode].filter(Boolean).join(' · ')}</div>
    </li>
  );
}
