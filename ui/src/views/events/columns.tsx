/** The events table's columns, and the columns its exports carry. */
import type { EventRow } from '../../api/routes.js';
import type { Column } from '../../components/DataTable.js';
import { href } from '../../lib/router.js';

export const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;

export const EVENT_EXPORT_COLUMNS = ['id', 'date', 'plover', 'mode', 'cameo', 'goldstein', 'source', 'sourceCode', 'target', 'targetCode', 'place', 'placeCountry', 'modality', 'evidence', 'article', 'url'];

/** A name list from the store ('A; B') as links that filter the events by each actor. */
function actorLinks(names: string | null, query: URLSearchParams) {
  if (!names) return '—';
  return names.split('; ').map((name, i) => {
    const q = new URLSearchParams(query);
    q.set('actor', name);
    q.delete('sort'), q.delete('dir');
    return <>{i ? ', ' : ''}<a href={href(['events'], q)} title={`Events of ${name}`}>{name}</a></>;
  });
}

export function eventColumns(query: URLSearchParams): Column<EventRow>[] {
  return [
    { key: 'date', label: 'Date', value: (r) => r.date, class: 'nowrap' },
    { key: 'plover', label: 'Type', value: (r) => r.plover, render: (r) => <><span class={`plover p-${(r.plover ?? '').toLowerCase()}`}>{r.plover}</span>{r.mode ? <span class="mode"> {r.mode}</span> : null}</> },
    { key: 'cameo', label: 'CAMEO', value: (r) => r.cameo, class: 'nowrap' },
    { key: 'source', label: 'Source', value: (r) => r.source, render: (r) => actorLinks(r.source, query) },
    { key: 'target', label: 'Target', value: (r) => r.target, render: (r) => actorLinks(r.target, query) },
    { key: 'place', label: 'Place', value: (r) => r.place ? `${r.place}${r.placeCountry ? `, ${r.placeCountry}` : ''}` : r.placeCountry },
    { key: 'modality', label: 'Modality', value: (r) => r.modality },
    { key: 'goldstein', label: 'Goldstein', value: (r) => r.goldstein, class: 'num' },
    { key: 'evidence', label: 'Text', value: (r) => r.evidence, class: 'evidence-cell', render: (r) => <a href={href(['articles', r.article])} title="Open the article">{r.evidence}</a> },
  ];
}
