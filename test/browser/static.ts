/**
 * Serves the built UI (dist/ui) the way `attache serve` does: the files under `/`, index.html for
 * any other path, and the strict Content-Security-Policy the UI must run under.
 */
import { readFileSync, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const UI_DIR = fileURLToPath(new URL('../../ui/', import.meta.url));
export const CSP = "default-src 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'";

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png',
};

export function serveStatic(path: string, res: ServerResponse): void {
  const rel = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '').replace(/^[/\\]+/, '');
  let file = join(UI_DIR, rel);
  if (!file.startsWith(UI_DIR) || !existsSync(file) || !statSync(file).isFile()) file = join(UI_DIR, 'index.html');
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' });
  res.end(readFileSync(file));
}
