import { createHash } from 'node:crypto';
import { HttpProblem } from './problem.js';

/**
 * Opaque list cursors: the next offset, bound to the route and its filters by a hash, so a cursor
 * replayed against other filters is refused instead of silently paging through another list.
 */

function scope(route: string, filters: Readonly<Record<string, unknown>>): string {
  const canonical = Object.keys(filters)
    .filter((k) => filters[k] !== undefined && k !== 'cursor' && k !== 'limit')
    .sort()
    .map((k) => [k, filters[k]]);
  return createHash('sha256').update(JSON.stringify([route, canonical])).digest('base64url').slice(0, 16);
}

export function encodeCursor(route: string, filters: Readonly<Record<string, unknown>>, offset: number): string {
  return Buffer.from(JSON.stringify({ s: scope(route, filters), o: offset })).toString('base64url');
}

/** The offset a cursor stands for (0 without one); a 400 for a cursor that is damaged or from another list. */
export function decodeCursor(route: string, filters: Readonly<Record<string, unknown>>, cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = null;
  }
  const v = value as { s?: unknown; o?: unknown } | null;
  if (!v || typeof v.s !== 'string' || typeof v.o !== 'number' || !Number.isSafeInteger(v.o) || v.o < 0) {
    throw new HttpProblem(400, 'E_CURSOR', 'cursor is not valid: pass the next_cursor of a previous answer unchanged', [{ path: 'query.cursor', message: 'not a cursor' }]);
  }
  if (v.s !== scope(route, filters)) {
    throw new HttpProblem(400, 'E_CURSOR', 'cursor belongs to another list: keep the route and filters of the answer it came from', [
      { path: 'query.cursor', message: 'from another route or other filters' },
    ]);
  }
  return v.o;
}
