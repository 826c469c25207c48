/** "CSV" and "JSON" buttons that save what a view shows. */
import { download, toCsv } from '../lib/export.js';

export function ExportButtons(props: { name: string; columns: readonly string[]; rows: () => readonly object[]; json?: () => unknown }) {
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <div class="export" role="group" aria-label={`Export ${props.name}`}>
      <button type="button" onClick={() => download(`attache-${props.name}-${stamp}.csv`, 'text/csv;charset=utf-8', toCsv(props.columns, props.rows()))}>
        Export CSV
      </button>
      <button type="button" onClick={() => download(`attache-${props.name}-${stamp}.json`, 'application/json', `${JSON.stringify(props.json ? props.json() : props.rows(), null, 2)}\n`)}>
        Export JSON
      </button>
    </div>
  );
}
