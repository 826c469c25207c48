/**
 * One actor (GET /actors/{id}): names in every script and as written, offices over time, the totals
 * of its articles, mentions, events and quotes, a timeline, and its events and quotes paged through
 * their own list routes (GET /actors/{id}/events, /actors/{id}/quotes), newest first.
 */
import { useState } from 'preact/hooks';
import { getJson } from '../../api/client.js';
import type { ActorAnswer, EventRow, QuoteRow } from '../../api/routes.js';
import { DataTable, type Column, type Sort } from '../../components/DataTable.js';
import { ExportButtons } from '../../components/ExportButtons.js';
import { Status } from '../../components/Status.js';
import { usePaged, type Paged } from '../../lib/paged.js';
import { href } from '../../lib/router.js';
import { useFetch } from '../../lib/useFetch.js';
import { EVENT_EXPORT_COLUMNS, eventColumns } from '../events/columns.js';
import { ActorTimeline } from './ActorTimeline.js';

const quoteColumns: Column<QuoteRow>[] = [
  { key: 'date', label: 'Date', value: (r) => r.date, class: 'nowrap' },
  { key: 'kind', label: 'Kind', value: (r) => r.kind },
  { key: 'text', label: 'Quote', value: (r) => r.text, render: (r) => <a href={href(['articles', r.article])}>{r.text}</a> },
];

/** Rows a page of an actor's list loads at a time. */
const PAGE = 100;
const NO_FILTERS = {};

/** "100 of 121 loaded", and the buttons that load the rest of an actor's list. */
function ListStatus<T>(props: { page: Paged<T>; total: number; what: string }) {
  const { page, total } = props;
  return (
    <div class="toolbar">
      <Status state={page.state} message={page.message} status={page.status}>
        {page.items.length === total ? `All ${total} ${props.what}` : `${page.items.length} of ${total} ${props.what}, newest first`}{page.loadingMore ? ', loading more…' : ''}
      </Status>
      {page.more ? <button type="button" class="more" onClick={page.more} disabled={page.loadingMore}>Load more {props.what}</button> : null}
      {page.all ? <button type="button" class="more" onClick={page.all} disabled={page.loadingMore}>Load all {props.what}</button> : null}
    </div>
  );
}

export function ActorView(props: { id: string }) {
  const path = `/actors/${encodeURIComponent(props.id)}`;
  const res = useFetch((signal) => getJson<ActorAnswer>(path, undefined, signal), [props.id]);
  const events = usePaged<EventRow>(`${path}/events`, NO_FILTERS, PAGE);
  const quotes = usePaged<QuoteRow>(`${path}/quotes`, NO_FILTERS, PAGE);
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
        <p class="muted">{[a.type, a.country, a.wikidata, a.first && a.last ? `${a.first} – ${a.last}` : null].filter(Boolean).join(' · ')}</p>
        <dl class="actor-counts">
          <div><dt>Articles</dt><dd data-count="articles">{a.counts.articles}</dd></div>
          <div><dt>Mentions</dt><dd data-count="mentions">{a.counts.mentions}</dd></div>
          <div><dt>Events</dt><dd data-count="events">{a.counts.events}</dd></div>
          <div><dt>Quotes</dt><dd data-count="quotes">{a.counts.quotes}</dd></div>
        </dl>
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
          <h3 id="written-h">As written in the articles</h3>
          {a.names.length ? (
            <ul class="names written" aria-labelledby="written-h">{a.names.map((n) => <li key={n.name}><span class="name">{n.name}</span> <span class="muted">×{n.count}</span></li>)}</ul>
          ) : <p class="muted">No mention of this actor by name.</p>}
        </section>
        <section aria-labelledby="offices-h">
          <h2 id="offices-h">Offices</h2>
          {offices.length ? (
            <table class="data"><caption class="visually-hidden">Offices held</caption>
              <thead><tr><th scope="col">Office</th><th scope="col">Country</th><th scope="col">From</th><th scope="col">To</th></tr></thead>
              <tbody>{offices.map((o, i) => <tr key={i}><td>{o.post}</td><td>{o.country ?? ''}</td><td class="nowrap">{o.start ?? '?'}</td><td class="nowrap">{o.end ?? 'now'}</td></tr>)}</tbody>
            </table>
          ) : <p class="muted">No office on record.</p>}
          <h2>Articles <span class="count">{a.counts.articles}</span></h2>
          {a.articles.length < a.counts.articles
            ? <p class="muted small">The newest {a.articles.length}; <a href={href(['articles'], { actor: a.id })}>all {a.counts.articles} in the articles list</a>.</p> : null}
          <ul class="article-links">{a.articles.map((x) => <li key={x.id}><span class="nowrap muted">{x.date}</span> <a href={href(['articles', x.id])}>{x.title ?? x.id}</a></li>)}</ul>
        </section>
      </div>
      <section aria-labelledby="aevents-h">
        <div class="section-head">
          <h2 id="aevents-h">Events <span class="count">{a.counts.events}</span> <a class="small" href={href(['events'], { actor: a.id })}>these events in the events view</a></h2>
          <ExportButtons name={`actor-${a.id}-events`} columns={EVENT_EXPORT_COLUMNS} rows={() => events.items} />
        </div>
        <ListStatus page={events} total={a.counts.events} what="events" />
        <DataTable caption={`Events of ${a.name}`} columns={eventColumns(new URLSearchParams())} rows={events.items} sort={eventSort} onSort={setEventSort} rowKey={(r, i) => `${r.id}/${i}`}
          empty={events.state === 'loading' ? 'Loading…' : 'No event.'} />
      </section>
      <section aria-labelledby="aquotes-h">
        <div class="section-head">
          <h2 id="aquotes-h">Quotes <span class="count">{a.counts.quotes}</span></h2>
          <ExportButtons name={`actor-${a.id}-quotes`} columns={['date', 'speaker', 'kind', 'text', 'cue', 'article', 'url', 'speakerId']} rows={() => quotes.items} />
        </div>
        <ListStatus page={quotes} total={a.counts.quotes} what="quotes" />
        <DataTable caption={`Quotes of ${a.name}`} columns={quoteColumns} rows={quotes.items} sort={quoteSort} onSort={setQuoteSort} rowKey={(r, i) => `${r.article}/${i}`}
          empty={quotes.state === 'loading' ? 'Loading…' : 'No quote.'} />
      </section>
    </article>
  );
}
