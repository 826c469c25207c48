/** The editor's queue: every flagged name across the stored articles (GET /checks), each linked to its place in the article and to its actor's page. */
import type { CheckRow } from '../api/routes.js';
import { DataTable, sortFromQuery, type Column } from '../components/DataTable.js';
import { ExportButtons } from '../components/ExportButtons.js';
import { FilterForm } from '../components/FilterForm.js';
import { Status } from '../components/Status.js';
import { usePaged } from '../lib/paged.js';
import { href, navigate, pick } from '../lib/router.js';

const FILTERS = ['actor', 'country', 'from', 'to', 'text'] as const;

const columns: Column<CheckRow>[] = [
  { key: 'date', label: 'Date', value: (r) => r.date, class: 'nowrap' },
  { key: 'surface', label: 'As written', value: (r) => r.surface, render: (r) => (
    <a href={href(['articles', r.article], r.start !== undefined ? { at: String(r.start) } : undefined)} class="wrong-text">{r.surface}</a>
  ) },
  { key: 'wrong', label: 'Wrong', value: (r) => r.wrong },
  { key: 'right', label: 'Right', value: (r) => r.right, render: (r) => <strong>{r.right}</strong> },
  { key: 'kind', label: 'Kind', value: (r) => r.kind },
  { key: 'why', label: 'Why', value: (r) => r.why },
  // The check row gives the actor's id, not its name: the id links to the actor's page.
  { key: 'actorId', label: 'Actor', value: (r) => r.actorId ?? null, class: 'nowrap', render: (r) => (
    r.actorId ? <a href={href(['actors', r.actorId])} class="actor-link" title={`Actor page of the person meant by “${r.surface}” (${r.actorId})`}>{r.actorName ?? r.actorId}</a> : '—'
  ) },
  { key: 'confidence', label: 'Confidence', value: (r) => r.confidence, class: 'num', render: (r) => r.confidence.toFixed(2) },
];

export function ChecksView(props: { query: URLSearchParams }) {
  const filters = pick(props.query, FILTERS);
  const sort = sortFromQuery(props.query);
  const page = usePaged<CheckRow>('/checks', filters, 500);
  return (
    <div>
      <header class="view-head"><h1>Name checks</h1><p class="muted">Names in the articles that contradict the record, for an editor to correct.</p></header>
      <FilterForm label="Filter name checks" values={filters} onChange={(f) => navigate(href(['checks'], { ...f, sort: sort?.key, dir: sort?.dir }), true)} fields={[
        { name: 'text', label: 'Name' }, { name: 'actor', label: 'Actor' }, { name: 'country', label: 'Country', placeholder: 'ISO3' },
        { name: 'from', label: 'From', type: 'date' }, { name: 'to', label: 'To', type: 'date' },
      ]} />
      <div class="toolbar">
        <Status state={page.state} message={page.message} status={page.status}>{page.items.length} flagged names{page.more ? ', more to load' : ''}</Status>
        {page.more ? <button type="button" class="more" onClick={page.more} disabled={page.loadingMore}>Load more</button> : null}
        <ExportButtons name="name-checks" columns={['date', 'surface', 'wrong', 'right', 'kind', 'why', 'confidence', 'article', 'url', 'start', 'end', 'actorId', 'actorName']} rows={() => page.items} />
      </div>
      <DataTable caption="Flagged names" columns={columns} rows={page.items} sort={sort} rowKey={(r, i) => `${r.article}/${r.start ?? i}/${i}`}
        onSort={(s) => navigate(href(['checks'], { ...filters, sort: s.key, dir: s.dir }), true)} empty="No flagged name matches." />
    </div>
  );
}
