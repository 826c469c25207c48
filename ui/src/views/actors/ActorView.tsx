/** One actor (GET /actors/{id}): names in every script, offices over time, and its articles, events and quotes over a timeline. */
import { useState } from 'preact/hooks';
import { getJson } from '../../api/client.js';
import type { ActorAnswer, EventRow, QuoteRow } from '../../api/routes.js';
import { DataTable, type Column, type Sort } from '../../components/DataTable.js';
import { ExportButtons } from '../../components/ExportButtons.js';
import { Status } from '../../components/Status.js';
import { href } from '../../lib/router.js';
import { useFetch } from '../../lib/useFetch.js';
import { EVENT_EXPORT_COLUMNS, eventColumns } from '../events/columns.js';
import { ActorTimeline } from './ActorTimeline.js';

const quoteColumns: Column<QuoteRow>[] = [
  { key: 'date', label: 'Date', value: (r) => r.date, class: 'nowrap' },
  { key: 'kind', label: 'Kind', value: (r) => r.kind },
  { key: 'text', label: 'Quote', value: (r) => r.text, render: (r) => <a href={href(['articles', r.article])}>{r.text}</a> },
];

export function ActorView(props: { id: string }) {
  const res = useFetch((signal) => getJson<ActorAnswer>(`/actors/${encodeURIComponent(props.id)}`, undefined, signal), [props.id]);
  const [eventSort, setEventSort] = useState<Sort | null>(null);
  const [quoteSort, setQuoteSort] = useState<Sort | null>(null);
  if (res.state !== 'done') return <Status state={res.state} message={res.state === 'error' ? res.message : null} status={res.state === 'error' ? res.status : null} />;
  const a = res.data;
  const kbNames = a.kb?.names ?? [];
  const offices = [...(a.kb?.offices ?? [])].sort((x, y) => (y.start ?? '').localeCompare(x.start ?? ''));
  return (
    <article class="actor-view" aria-labelledby="actor-h">
      <header class="view-head">
        <h1 id="actor-h">{a.name}</h1>
        <p class="muted">{[a.type, a.country, a.wikidata].filter(Boolean).join(' · ')}</p>
        <ExportButtons name={`actor-${a.id}`} columns={['id', 'key', 'wikidata', 'name', 'type', 'country']} rows={() => [a]} json={() => a} />
      </header>
      <ActorTimeline actor={a} />
      <div class="actor-grid">
        <section aria-labelledby="names-h">
          <h2 id="names-h">Names</h2>
          {kbNames.length ? (
            <ul class="names">
              {kbNames.map((n, i) => <li key={i} lang={n.lang ?? undefined}><span class="name">{n.name}</span> <span class="muted">{[n.lang, n.script].filter(Boolean).join(', ')}</span></li>)}
            </ul>
          ) : <p class="muted">{a.kb ? 'The knowledge base lists no other names.' : 'The knowledge base has no record of this actor.'}</p>}
          <h3>As written in the articles</h3>
          <ul class="names">{a.names.map((n) => <li key={n.name}><span class="name">{n.name}</span> <span class="muted">×{n.count}</span></li>)}</ul>
        </section>
        <section aria-labelledby="offices-h">
          <h2 id="offices-h">Offices</h2>
          {offices.length ? (
            <table class="data"><caption class="visually-hidden">Offices held</caption>
              <thead><tr><th scope="col">Office</th><th scope="col">Country</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
              <tbody>{offices.map((o, i) => <tr key={i}><td>{o.post}</td><td>{o.country ?? ''}</td><td class="nowrap">{o.start ?? '?'}</td><td class="nowrap">{o.end ?? 'now'}</td></tr>)}</tbody>
            </table>
          ) : <p class="muted">No office on record.</p>}
          <h2>Articles <span class="count">{a.articles.length}</span></h2>
          <ul class="article-links">{a.articles.map((x) => <li key={x.id}><span class="nowrap muted">{x.date}</span> <a href={href(['articles', x.id])}>{x.title ?? x.id}</a></li>)}</ul>
        </section>
      </div>
      <section aria-labelledby="aevents-h">
        <div class="section-head">
          <h2 id="aevents-h">Events <span class="count">{a.events.length}</span> <a class="small" href={href(['events'], { actor: a.wikidata ?? a.key })}>filter all events by this actor</a></h2>
          <ExportButtons name={`actor-${a.id}-events`} columns={EVENT_EXPORT_COLUMNS} rows={() => a.events} />
        </div>
        <DataTable caption={`Events of ${a.name}`} columns={eventColumns(new URLSearchParams())} rows={a.events as readonly EventRow[]} sort={eventSort} onSort={setEventSort} rowKey={(r, i) => `${r.article}/${r.id}/${i}`} />
      </section>
      <section aria-labelledby="aquotes-h">
        <div class="section-head">
          <h2 id="aquotes-h">Quotes <span class="count">{a.quotes.length}</span></h2>
          <ExportButtons name={`actor-${a.id}-quotes`} columns={['date', 'speaker', 'kind', 'text', 'cue', 'article', 'url']} rows={() => a.quotes} />
        </div>
        <DataTable caption={`Quotes of ${a.name}`} columns={quoteColumns} rows={a.quotes} sort={quoteSort} onSort={setQuoteSort} rowKey={(r, i) => `${r.article}/${i}`} />
      </section>
    </article>
  );
}
