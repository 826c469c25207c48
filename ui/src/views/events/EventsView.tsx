/**
 * Events (GET /events): the filters (in the URL under the API's names), then one of four views of
 * the same rows — a sortable table, the who-met-whom network of CONSULT events, a timeline and a
 * world map of the places. The heavy views (cytoscape, the map's shapes) load only when opened.
 */
import { lazy, Suspense } from 'preact/compat';
import { useEffect } from 'preact/hooks';
import type { EventRow } from '../../api/routes.js';
import { DataTable, sortFromQuery } from '../../components/DataTable.js';
import { ExportButtons } from '../../components/ExportButtons.js';
import { FilterForm } from '../../components/FilterForm.js';
import { Status } from '../../components/Status.js';
import { LOAD_ALL_CAP, usePaged } from '../../lib/paged.js';
import { href, navigate, pick } from '../../lib/router.js';
import { EVENT_EXPORT_COLUMNS, eventColumns, PLOVER_TYPES } from './columns.js';
import { EventsTimeline } from './EventsTimeline.js';
import { consultPairs } from './pairs.js';

const Network = lazy(() => import('./EventsNetwork.js').then((m) => m.EventsNetwork));
const WorldMap = lazy(() => import('./EventsMap.js').then((m) => m.EventsMap));

export const EVENT_FILTERS = ['actor', 'country', 'type', 'cameo', 'from', 'to', 'place', 'text'] as const;
const VIEWS = [['table', 'Table'], ['network', 'Who met whom'], ['timeline', 'Timeline'], ['map', 'Map']] as const;
type ViewName = (typeof VIEWS)[number][0];

export function EventsView(props: { query: URLSearchParams }) {
  const filters = pick(props.query, EVENT_FILTERS);
  const view: ViewName = (VIEWS.find(([v]) => v === props.query.get('view'))?.[0]) ?? 'table';
  const sort = sortFromQuery(props.query);
  const go = (next: Record<string, string | undefined>) => navigate(href(['events'], next), true);
  const page = usePaged<EventRow>('/events', filters, 500);
  const rows = page.items;
  // A chart, network or map of part of the rows would mislead: those views load every page.
  const wantsAll = view !== 'table';
  useEffect(() => { if (wantsAll && page.all && !page.loadingMore && page.items.length < LOAD_ALL_CAP) page.all(); }, [wantsAll, page.all !== null, page.loadingMore, page.items.length]);

  return (
    <div class="events-view">
      <header class="view-head"><h1>Events</h1></header>
      <FilterForm label="Filter events" values={filters} onChange={(f) => go({ ...f, view, sort: sort?.key, dir: sort?.dir })} fields={[
        { name: 'actor', label: 'Actor', placeholder: 'name or Q-id' },
        { name: 'country', label: 'Country', placeholder: 'ISO3' },
        { name: 'type', label: 'Type', type: 'select', options: PLOVER_TYPES },
        { name: 'cameo', label: 'CAMEO', placeholder: 'e.g. 04' },
        { name: 'from', label: 'From', type: 'date' },
        { name: 'to', label: 'To', type: 'date' },
        { name: 'place', label: 'Place' },
        { name: 'text', label: 'Text' },
      ]} />
      {filters.actor ? <ActorNote id={filters.actor} rows={rows} /> : null}
      <nav class="view-tabs" aria-label="Event views">
        {VIEWS.map(([v, label]) => (
          <a key={v} href={href(['events'], { ...filters, view: v === 'table' ? undefined : v, sort: sort?.key, dir: sort?.dir })} aria-current={v === view ? 'page' : undefined}>{label}</a>
        ))}
      </nav>
      <div class="toolbar">
        <Status state={page.state} message={page.message} status={page.status}>{rows.length} events{page.loadingMore ? ', loading more…' : page.more ? ', more to load' : ''}</Status>
        {page.more && !wantsAll ? <button type="button" class="more" onClick={page.more} disabled={page.loadingMore}>Load more</button> : null}
        {page.all && !wantsAll ? <button type="button" class="more" onClick={page.all} disabled={page.loadingMore}>Load all</button> : null}
        {view === 'network'
          ? <ExportButtons name="who-met-whom" columns={['a', 'aId', 'b', 'bId', 'count', 'last']} rows={() => consultPairs(rows).pairs} />
          : <ExportButtons name={`events${view === 'table' ? '' : `-${view}`}`} columns={EVENT_EXPORT_COLUMNS} rows={() => rows} />}
      </div>
      {view === 'table' ? (
        <DataTable caption="Events" columns={eventColumns(props.query)} rows={rows} sort={sort} rowKey={(r) => `${r.article}/${r.id}`}
          onSort={(s) => go({ ...filters, sort: s.key, dir: s.dir })} empty="No event matches these filters." />
      ) : view === 'timeline' ? (
        <EventsTimeline rows={rows} onRange={(from, to) => go({ ...filters, from, to, view })} />
      ) : (
        <Suspense fallback={<div role="status" aria-live="polite">Loading the view…</div>}>
          {view === 'network' ? <Network rows={rows} typeFilter={filters.type ?? null} onActor={(id) => go({ ...filters, actor: id, view })} />
            : <WorldMap rows={rows} onCountry={(iso3) => go({ ...filters, country: iso3, view })} />}
        </Suspense>
      )}
    </div>
  );
}

/** When the actor filter is an actor's id (a click on ⊕ or a node), the actor's name and a link to its page. */
function ActorNote(props: { id: string; rows: readonly EventRow[] }) {
  let name: string | null = null;
  for (const r of props.rows) {
    const i = r.sourceIds?.indexOf(props.id) ?? -1;
    const j = i < 0 ? (r.targetIds?.indexOf(props.id) ?? -1) : -1;
    if (i >= 0) name = (r.source ?? '').split('; ')[i] ?? null;
    else if (j >= 0) name = (r.target ?? '').split('; ')[j] ?? null;
    if (name) break;
  }
  if (!name) return null;
  return <p class="actor-note">Events of <a href={href(['actors', props.id])}>{name}</a> <span class="muted">({props.id})</span></p>;
}
