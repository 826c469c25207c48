import type { FastifyReply, FastifyRequest } from 'fastify';
import type { SqliteStore } from '../store/index.js';

/**
 * Answers of the read routes kept while the store is unchanged: the dataset is read far more often than it
 * is written, and a page costs SQLite milliseconds. The cache is dropped whenever the store changes —
 * through this server (`bump()` after an ingest) or through any other connection, which SQLite's
 * `data_version` reveals — so an answer is never staler than the store. Bounded by bytes, oldest out first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, { type: string; body: string }>();
  private bytes = 0;
  private version = '';
  private local = 0;
  private readonly dataVersion;

  constructor(store: SqliteStore, private readonly maxBytes: number) {
    this.dataVersion = store.db.prepare('PRAGMA data_version').pluck();
  }

  /** Marks a write through this server's own connection (data_version does not see those). */
  bump(): void {
    this.local++;
  }

  private current(): void {
    const v = `${String(this.dataVersion.get())}:${this.local}`;
    if (v !== this.version) {
      this.entries.clear();
      this.bytes = 0;
      this.version = v;
    }
  }

  get(key: string): { type: string; body: string } | undefined {
    this.current();
    const hit = this.entries.get(key);
    if (hit) {
      // Most recently used last: the first entry is the one to drop.
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(key: string, type: string, body: string): void {
    this.current();
    const size = body.length * 2;
    if (size > this.maxBytes / 8) return;
    const old = this.entries.get(key);
    if (old) this.bytes -= old.body.length * 2;
    this.entries.set(key, { type, body });
    this.bytes += size;
    for (const [k, v] of this.entries) {
      if (this.bytes <= this.maxBytes) break;
      this.entries.delete(k);
      this.bytes -= v.body.length * 2;
    }
  }

  /** Hooks for a cacheable GET route: answer from the cache before the handler, keep the handler's answer after. */
  hooks() {
    const keyOf = (req: FastifyRequest) => `${req.method} ${req.url}`;
    return {
      onRequest: async (req: FastifyRequest, reply: FastifyReply) => {
        if (req.method !== 'GET') return;
        const hit = this.get(keyOf(req));
        if (hit) return reply.header('x-cache', 'hit').type(hit.type).send(hit.body);
      },
      onSend: async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
        if (req.method === 'GET' && reply.statusCode === 200 && typeof payload === 'string' && reply.getHeader('x-cache') !== 'hit') {
          this.set(keyOf(req), String(reply.getHeader('content-type') ?? 'application/json; charset=utf-8'), payload);
        }
        return payload;
      },
    };
  }
}
