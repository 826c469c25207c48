/**
 * A table whose column headers sort it (buttons, so the keyboard reaches them; aria-sort says
 * the order to screen readers). The sort lives in the URL beside the filters.
 */
import type { ComponentChildren } from 'preact';

export interface Column<T> {
  readonly key: string;
  readonly label: string;
  /** The value the column sorts and exports by. */
  readonly value: (row: T) => string | number | null;
  /** What the cell shows; the value as text when absent. */
  readonly render?: (row: T) => ComponentChildren;
  readonly class?: string;
}

export interface Sort { readonly key: string; readonly dir: 'asc' | 'desc' }

export function sortRows<T>(rows: readonly T[], columns: readonly Column<T>[], sort: Sort | null): readonly T[] {
  const col = sort && columns.find((c) => c.key === sort.key);
  if (!col || !sort) return rows;
  const sign = sort.dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = col.value(a), y = col.value(b);
    if (x === y) return 0;
    if (x === null) return 1; // empty cells last, whichever the order
    if (y === null) return -1;
    return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * sign;
  });
}

export function DataTable<T>(props: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  sort: Sort | null;
  onSort: (sort: Sort) => void;
  rowKey: (row: T, index: number) => string;
  empty?: string;
}) {
  const rows = sortRows(props.rows, props.columns, props.sort);
  return (
    <div class="table-wrap">
      <table class="data">
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => {
              const active = props.sort?.key === c.key ? props.sort.dir : null;
              return (
                <th scope="col" class={c.class} aria-sort={active === 'asc' ? 'ascending' : active === 'desc' ? 'descending' : 'none'} key={c.key}>
                  <button type="button" class="sort" onClick={() => props.onSort({ key: c.key, dir: active === 'asc' ? 'desc' : 'asc' })}>
                    {c.label}<span aria-hidden="true" class="sort-mark">{active === 'asc' ? ' ▲' : active === 'desc' ? ' ▼' : ''}</span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr><td colSpan={props.columns.length} class="empty">{props.empty ?? 'Nothing matches.'}</td></tr>
          ) : rows.map((row, i) => (
            <tr key={props.rowKey(row, i)}>
              {props.columns.map((c) => <td class={c.class} key={c.key}>{c.render ? c.render(row) : fmt(c.value(row))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function fmt(v: string | number | null): string {
  return v === null ? '' : String(v);
}

/** The sort a URL query names (`sort=date&dir=desc`). */
export function sortFromQuery(q: URLSearchParams): Sort | null {
  const key = q.get('sort');
  return key ? { key, dir: q.get('dir') === 'desc' ? 'desc' : 'asc' } : null;
}
