/** The stored articles (GET /articles), filtered, and a full-text search (GET /search). */
import type { ArticleRow, SearchRow } from '../api/routes.js';
import { DataTable, sortFromQuery, type Column, type Sort } from '../components/DataTable.js';
import { ExportButtons } from '../components/ExportButtons.js';
import { FilterForm } from '../components/FilterForm.js';
import { Status } from '../components/Status.js';
import { usePaged } from '../lib/paged.js';
import { href, navigate, pick } from '../lib/router.js';

const FILTERS = ['q', 'actor', 'country', 'from', 'to', 'text'] as const;

const articleColumns: Column<ArticleRow>[] = [
  { key: 'date', label: 'Date', value: (r) => r.date, class: 'nowrap' },
  { key: 'title', label: 'Title', value: (r) => r.title, render: (r) => <a href={href(['articles', r.id])}>{r.title ?? r.id}</a> },
  { key: 'source', label: 'Source', value: (r) => r.source },
  { key: 'entities', label: 'Actors', value: (r) => r.counts.entities, class: 'num' },
  { key: 'events', label: 'Events', value: (r) => r.counts.events, class: 'num' },
  { key: 'quotes', label: 'Quotes', value: (r) => r.counts.quotes, class: 'num' },
  { key: 'nameChecks', label: 'Name checks', value: (r) => r.counts.nameChecks, class: 'num' },
];
const searchColumns: Column<SearchRow>[] = [
  { key: 'date', label: 'Date', value: (r) => r.date, class: 'nowrap' },
  { key: 'title', label: 'Title', value: (r) => r.title, render: (r) => <a href={href(['articles', r.article])}>{r.title ?? r.article}</a> },
  { key: 'snippet', label: 'Where the words are', value: (r) => r.snippet },
];

export function ArticlesView(props: { query: URLSearchParams }) {
  const values = pick(props.query, FILTERS);
  const sort = sortFromQuery(props.query);
  const { q, ...filters } = values;
  const setQuery = (next: Record<string, string>) => navigate(href(['articles'], { ...next, sort: sort?.key, dir: sort?.dir }), true);
  const onSort = (s: Sort) => navigate(href(['articles'], { ...values, sort: s.key, dir: s.dir }), true);
  return (
    <div>
      <header class="view-head"><h1>Articles</h1></header>
      <FilterForm label="Filter articles" values={values} onChange={setQuery} fields={[
        { name: 'q', label: 'Search words' }, { name: 'actor', label: 'Actor' }, { name: 'country', label: 'Country (ISO3)' },
        { name: 'from', label: 'From', type: 'date' }, { name: 'to', label: 'To', type: 'date' },
      ]} />
      {q ? <SearchResults q={q} filters={filters} sort={sort} onSort={onSort} /> : <ArticleList filters={filters} sort={sort} onSort={onSort} />}
    </div>
  );
}

function ArticleList(props: { filters: Record<string, string>; sort: Sort | null; onSort: (s: Sort) => void }) {
  const page = usePaged<ArticleRow>('/articles', props.filters);
  return (
    <section aria-label="Articles">
      <div class="toolbar">
        <Status state={page.state} message={page.message} status={page.status}>{page.items.length} articles{page.more ? ' (more to load)' : ''}</Status>
        <ExportButtons name="articles" columns={['id', 'date', 'title', 'url', 'source', 'entities', 'events', 'quotes', 'nameChecks']}
          rows={() => page.items.map((r) => ({ ...r, ...r.counts }))} json={() => page.items} />
      </div>
      <DataTable caption="Stored articles" columns={articleColumns} rows={page.items} sort={props.sort} onSort={props.onSort} rowKey={(r) => r.id} />
      {page.more ? <button type="button" class="more" onClick={page.more} disabled={page.loadingMore}>Load more</button> : null}
    </section>
  );
}

function SearchResults(props: { q: string; filters: Record<string, string>; sort: Sort | null; onSort: (s: Sort) => void }) {
  const page = usePaged<SearchRow>('/search', { ...props.filters, q: props.q });
  return (
    <section aria-label="Search results">
      <div class="toolbar">
        <Status state={page.state} message={page.message} status={page.status}>{page.items.length} articles match “{props.q}”</Status>
        <ExportButtons name="search" columns={['date', 'title', 'snippet', 'article', 'url']} rows={() => page.items} />
      </div>
      <DataTable caption="Search results" columns={searchColumns} rows={page.items} sort={props.sort} onSort={props.onSort} rowKey={(r, i) => `${r.article}-${i}`} />
      {page.more ? <button type="button" class="more" onClick={page.more} disabled={page.loadingMore}>Load more</button> : null}
    </section>
  );
}
