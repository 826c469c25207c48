/**
 * A stand-in for `attache serve` while the real server is being built: the UI's files, and the
 * API routes of docs/api.md answered from analysis documents that the test makes with the real
 * analyzer (never hand-written answers). Filters are applied as `attache query` applies them.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Analyzer } from '../../src/analyze.js';
import type { AnalysisDocument } from '../../src/output/document.js';
import { serveStatic } from './static.js';

export interface MockArticle { readonly doc: AnalysisDocument; readonly source: string | null }

type Json = Record<string, unknown>;

function actorKey(e: AnalysisDocument['entities'][number]): string {
  return e.wikidata ?? `name:${e.name.toLowerCase()}`;
}

function rowsOf(articles: readonly MockArticle[]) {
  const events: Json[] = [], checks: Json[] = [], quotes: Json[] = [];
  for (const { doc } of articles) {
    const ent = new Map(doc.entities.map((e) => [e.id, e]));
    const names = (ids: readonly string[]) => ids.map((id) => ent.get(id)?.name).filter(Boolean).join('; ') || null;
    for (const ev of doc.events) {
      events.push({
        id: ev.id, article: doc.id, url: doc.url, date: ev.date?.start ?? doc.date, plover: ev.plover.type, mode: ev.plover.mode, cameo: ev.cameo.code,
        goldstein: ev.cameo.goldstein, source: names(ev.source), sourceCode: ev.cameo.source, target: names(ev.target), targetCode: ev.cameo.target,
        place: ev.place?.name ?? null, placeCountry: ev.place?.country ?? null, modality: ev.modality, evidence: ev.evidence.text,
        _actors: [...ev.source, ...ev.target].map((id) => ent.get(id)).filter(Boolean),
      });
    }
    for (const e of doc.entities) for (const c of e.nameChecks) {
      checks.push({ date: doc.date, surface: c.surface, wrong: c.wrong, right: c.right, kind: c.kind, why: c.why, confidence: c.confidence, article: doc.id, url: doc.url, start: c.start, end: c.end, _actors: [e] });
    }
    for (const q of doc.quotes) {
      const sp = q.speaker ? ent.get(q.speaker) : undefined;
      quotes.push({ date: doc.date, speaker: sp?.name ?? null, speakerId: sp ? actorKey(sp) : null, kind: q.kind, text: q.text, cue: q.cue?.text ?? null, article: doc.id, url: doc.url, _actors: sp ? [sp] : [] });
    }
  }
  return { events, checks, quotes };
}

function matches(row: Json, q: URLSearchParams): boolean {
  const actors = (row._actors as AnalysisDocument['entities']) ?? [];
  const actor = q.get('actor');
  if (actor && !actors.some((e) => e.wikidata === actor || actorKey(e) === actor || e.name.toLowerCase().includes(actor.toLowerCase()))) return false;
  const country = q.get('country')?.toUpperCase();
  if (country && row.placeCountry !== country && !actors.some((e) => e.country === country)) return false;
  const date = row.date as string | null;
  if (q.get('from') && (!date || date < q.get('from')!)) return false;
  if (q.get('to') && (!date || date > q.get('to')!)) return false;
  if (q.get('type') && row.plover !== q.get('type')!.toUpperCase()) return false;
  if (q.get('cameo') && !String(row.cameo ?? '').startsWith(q.get('cameo')!)) return false;
  const place = q.get('place');
  if (place && row.placeCountry !== place.toUpperCase() && !String(row.place ?? '').toLowerCase().includes(place.toLowerCase())) return false;
  const text = q.get('text')?.toLowerCase();
  if (text && !String(row.evidence ?? row.text ?? `${row.surface} ${row.right}`).toLowerCase().includes(text)) return false;
  return true;
}

/** A page of a list, with an offset for a cursor: the UI's "load more" is exercised too. */
function page(rows: readonly Json[], q: URLSearchParams): Json {
  const limit = Math.min(500, Number(q.get('limit') ?? 50));
  const at = Number(q.get('cursor') ?? 0);
  const items = rows.slice(at, at + limit).map(({ _actors, ...r }) => r);
  return { items, next_cursor: at + limit < rows.length ? String(at + limit) : null };
}

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c)).on('end', () => resolve(Buffer.concat(chunks).toString('utf8'))).on('error', reject);
  });
}

export async function startMockApi(articles: readonly MockArticle[], analyzer: Analyzer): Promise<{ url: string; server: Server }> {
  const byId = new Map(articles.map((a) => [a.doc.id, a]));
  const { events, checks, quotes } = rowsOf(articles);
  const actors = new Map<string, { id: string; rows: { doc: AnalysisDocument; e: AnalysisDocument['entities'][number] }[] }>();
  for (const { doc } of articles) for (const e of doc.entities) {
    const id = actorKey(e);
    const a = actors.get(id) ?? { id, rows: [] };
    a.rows.push({ doc, e });
    actors.set(id, a);
  }
  const actorRow = (a: { id: string; rows: { doc: AnalysisDocument; e: AnalysisDocument['entities'][number] }[] }) => {
    const e = a.rows[0]!.e;
    const dates = a.rows.map((r) => r.doc.date).filter((d): d is string => !!d).sort();
    const mine = (r: Json) => ((r._actors as AnalysisDocument['entities']) ?? []).some((x) => actorKey(x) === a.id);
    return {
      id: a.id, key: e.wikidata ? `wikidata:${e.wikidata}` : a.id, wikidata: e.wikidata, name: e.name, type: e.type, country: e.country,
      articles: new Set(a.rows.map((r) => r.doc.id)).size, mentions: a.rows.reduce((n, r) => n + r.e.mentions.length, 0),
      quotes: quotes.filter(mine).length, events: events.filter(mine).length, first: dates[0] ?? null, last: dates.at(-1) ?? null,
      _mine: mine, _actors: [e],
    };
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const send = (status: number, data: unknown) => {
      res.writeHead(status, { 'content-type': status < 400 ? 'application/json; charset=utf-8' : 'application/problem+json' });
      res.end(JSON.stringify(data));
    };
    const path = url.pathname.replace(/^\/api\/v1/, '');
    if (path === url.pathname) return serveStatic(url.pathname, res);
    const q = url.searchParams;
    try {
      if (req.method === 'POST' && path === '/analyze') {
        const input = JSON.parse(await body(req)) as { text: string; title?: string; date?: string };
        return send(200, analyzer.analyze({ text: input.text, title: input.title ?? null }, input.date ? { date: input.date } : {}));
      }
      if (path === '/health') return send(200, { status: 'ok', store: { location: 'mock', articles: articles.length } });
      if (path === '/articles') {
        const rows = articles.filter(({ doc }) => matches({ date: doc.date, _actors: doc.entities, text: doc.text }, q))
          .sort((x, y) => (y.doc.date ?? '').localeCompare(x.doc.date ?? ''))
          .map(({ doc, source }) => ({ id: doc.id, date: doc.date, title: doc.title, url: doc.url, source,
            counts: { entities: doc.entities.length, events: doc.events.length, quotes: doc.quotes.length, nameChecks: doc.entities.reduce((n, e) => n + e.nameChecks.length, 0) } }));
        return send(200, page(rows, q));
      }
      const one = /^\/(articles|actors)\/(.+)$/.exec(path);
      if (one?.[1] === 'articles') {
        const a = byId.get(decodeURIComponent(one[2]!));
        return a ? send(200, { article: { id: a.doc.id, date: a.doc.date, title: a.doc.title, url: a.doc.url, source: a.source }, analysis: a.doc })
          : send(404, { title: 'Not found', status: 404 });
      }
      if (one?.[1] === 'actors') {
        const a = actors.get(decodeURIComponent(one[2]!));
        if (!a) return send(404, { title: 'Not found', status: 404 });
        const { _mine, _actors, ...row } = actorRow(a);
        const names = new Map<string, number>();
        for (const r of a.rows) for (const m of r.e.mentions) if (m.kind === 'name') names.set(m.text, (names.get(m.text) ?? 0) + 1);
        const e = a.rows[0]!.e;
        return send(200, {
          ...row, names: [...names].map(([name, count]) => ({ name, count })),
          kb: e.wikidata ? { names: [], offices: e.offices ?? [] } : null,
          articles: [...new Map(a.rows.map((r) => [r.doc.id, { id: r.doc.id, date: r.doc.date, title: r.doc.title }])).values()],
          quotes: page(quotes.filter(_mine), new URLSearchParams({ limit: '500' })).items,
          events: page(events.filter(_mine), new URLSearchParams({ limit: '500' })).items,
        });
      }
      if (path === '/actors') return send(200, page([...actors.values()].map(actorRow).filter((r) => matches(r, q)).sort((x, y) => y.articles - x.articles).map(({ _mine, ...r }) => r), q));
      if (path === '/events') return send(200, page(events.filter((r) => matches(r, q)), q));
      if (path === '/checks') return send(200, page(checks.filter((r) => matches(r, q)), q));
      if (path === '/quotes') return send(200, page(quotes.filter((r) => matches(r, q)), q));
      return send(404, { title: 'Not found', status: 404, detail: path });
    } catch (e) {
      return send(500, { title: 'Mock failed', status: 500, detail: String(e) });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}
