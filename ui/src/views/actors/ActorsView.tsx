/** Actors across the stored articles (GET /actors), filtered and sortable; each leads to its page. */
import type { ActorRow } from '../../api/routes.js';
import { DataTable, sortFromQuery, type Column } from '../../components/DataTable.js';
import { ExportButtons } from '../../components/ExportButtons.js';
import { FilterForm } from '../../components/FilterForm.js';
import { Status } from '../../components/Status.js';
import { usePaged } from '../../lib/paged.js';
import { href, navigate, pick } from '../../lib/router.js';

const FILTERS = ['actor', 'country', 'from', 'to', 'text'] as const;

const columns: Column<ActorRow>[] = [
  { key: 'name', label: 'Name', value: (r) => r.name, render: (r) => <a href={href(['actors', r.id])}>{r.name}</a> },
  { key: 'type', label: 'Type', value: (r) => r.type },
  { key: 'country', label: 'Country', value: (r) => r.country },
  { key: 'wikidata', label: 'Wikidata', value: (r) => r.wikidata },
  { key: 'articles', label: 'Articles', value: (r) => r.articles, class: 'num' },
  { key: 'mentions', label: 'Mentions', value: (r) => r.mentions, class: 'num' },
  { key: 'quotes', label: 'Quotes', value: (r) => r.quotes, class: 'num' },
  { key: 'events', label: 'Events', value: (r) => r.events, class: 'num' },
  { key: 'first', label: 'First', value: (r) => r.first, class: 'nowrap' },
  { key: 'last', label: 'Last', value: (r) => r.last, class: 'nowrap' },
];

export function ActorsView(props: { query: URLSearchParams }) {
  const filters = pick(props.query, FILTERS);
  const sort = sortFromQuery(props.query);
  const page = usePaged<ActorRow>('/actors', filters, 200);
  return (
    <div>
      <header class="view-head"><h1>Actors</h1></header>
      <FilterForm label="Filter actors" values={filters} onChange={(f) => navigate(href(['actors'], { ...f, sort: sort?.key, dir: sort?.dir }), true)} fields={[
        { name: 'actor', label: 'Actor', placeholder: 'name or Q-id' }, { name: 'country', label: 'Country', placeholder: 'ISO3' },
        { name: 'from', label: 'From', type: 'date' }, { name: 'to', label: 'To', type: 'date' },
      ]} />
      <div class="toolbar">
        <Status state={page.state} message={page.message} status={page.status}>{page.items.length} actors{page.more ? ', more to load' : ''}</Status>
        {page.more ? <button type="button" class="more" onClick={page.more} disabled={page.loadingMore}>Load more</button> : null}
        <ExportButtons name="actors" columns={columns.map((c) => c.key).concat('id', 'key')} rows={() => page.items} />
      </div>
      <DataTable caption="Actors" columns={columns} rows={page.items} sort={sort} rowKey={(r) => r.id}
        onSort={(s) => navigate(href(['actors'], { ...filters, sort: s.key, dir: s.dir }), true)} />
    </div>
  );
}
