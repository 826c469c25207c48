/** The events table's columns, and the columns its exports carry. */
import type { EventRow } from '../../api/routes.js';
import type { Column } from '../../components/DataTable.js';
import { href } from '../../lib/router.js';

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;

export const EVENT_EXPORT_COLUMNS = ['id', 'date', 'plover', 'mode', 'cameo', 'goldstein', 'source', 'sourceIds', 'sourceCode', 'target', 'targetIds', 'targetCode', 'place', 'placeCountry', 'modality', 'evidence', 'article', 'url'];

/** The names of a side ('A; B') paired with their actor ids (the API gives one id per name, in order). */
export function sideActors(names: string | null, ids: readonly string[] | undefined): { name: string; id: string | null }[] {
  if (!names) return [];
  return names.split('; ').map((name, i) => ({ name, id: ids?.[i] ?? null }));
}

/**
 * A side's actors as links to their actor pages, each followed by a small link that filters the
 * events by that actor's id (`actor=<id>`, exactly that actor, not every name containing it).
 */
function actorLinks(names: string | null, ids: readonly string[] | undefined, query: URLSearchParams) {
  const actors = sideActors(names, ids);
  if (!actors.length) return '—';
  return actors.map(({ name, id }, i) => {
    const q = new URLSearchParams(query);
    q.set('actor', id ?? name);
    q.delete('sort'), q.delete('dir');
    return (
      <span class="actor-ref" key={i}>{i ? ', ' : ''}{id ? <a href={href(['actors', id])} title={`Actor page of ${name}`}>{name}</a> : name}
        {'\u00a0'}<a class="filter-link" href={href(['events'], q)} title={`Only the events of ${name}`} aria-label={`Only the events of ${name}`}>⊕</a></span>
    );
  });
}

export function eventColumns(query: URLSearchParams): Column<EventRow>[] {
  return [
    { key: 'date', label: 'Date', value: (r) => r.date, class: 'nowrap' },
    { key: 'plover', label: 'Type', value: (r) => r.plover, render: (r) => <><span class={`plover p-${(r.plover ?? '').toLowerCase()}`}>{r.plover}</span>{r.mode ? <span class="mode"> {r.mode}</span> : null}</> },
    { key: 'cameo', label: 'CAMEO', value: (r) => r.cameo, class: 'nowrap' },
    { key: 'source', label: 'Source', value: (r) => r.source, render: (r) => actorLinks(r.source, r.sourceIds, query) },
    { key: 'target', label: 'Target', value: (r) => r.target, render: (r) => actorLinks(r.target, r.targetIds, query) },
    { key: 'place', label: 'Place', value: (r) => r.place ? `${r.place}${r.placeCountry ? `, ${r.placeCountry}` : ''}` : r.placeCountry },
    { key: 'modality', label: 'Modality', value: (r) => r.modality },
    { key: 'goldstein', label: 'Goldstein', value: (r) => r.goldstein, class: 'num' },
    { key: 'evidence', label: 'Text', value: (r) => r.evidence, class: 'evidence-cell', render: (r) => <a href={href(['articles', r.article])} title="Open the article">{r.evidence}</a> },
  ];
}
