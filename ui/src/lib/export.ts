/** Every view's data as CSV or JSON files, made in the browser from what the view shows. */

export type Cell = string | number | boolean | null | undefined;

/** RFC 4180 quoting; a cell that a spreadsheet would run as a formula is prefixed with an apostrophe. */
export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s) && typeof value === 'string') s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(flat((row as Record<string, unknown>)[c]))).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

function flat(v: unknown): Cell {
  if (v === null || v === undefined || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  // A list of ids (an event's sourceIds) reads as its names do: joined by '; '.
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v.join('; ');
  return JSON.stringify(v);
}

/** Saves a file through a blob: link (a download, which the CSP does not govern; nothing leaves the page). */
export function download(filename: string, type: string, content: string): void {
  const blob = new Blob([content], { type });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
