/**
 * Screenshots of every view over a whole ingested corpus, for a person to look at (not a test:
 * CI has no corpus). Usage, after `npm run build`:
 *
 *   node dist/src/cli/main.js ingest ../shared/corpus/state-dept-press-releases.jsonl --db /tmp/ui-corpus.db
 *   node dist/test/browser/corpus-screenshots.js /tmp/ui-corpus.db [test-artifacts/ui-corpus]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { createAnalyzer } from '../../src/analyze.js';
import { launchChromium, openPage } from './chromium.js';
import { startServer } from './server.js';

const [db, outArg] = process.argv.slice(2);
if (!db) throw new Error('usage: corpus-screenshots.js DB [OUTDIR]');
const out = resolve(outArg ?? 'test-artifacts/ui-corpus');
mkdirSync(out, { recursive: true });

const server = await startServer(createAnalyzer(), { db: resolve(db) });
const { browser, close } = await launchChromium();
const { page, problems } = await openPage(browser, server.url);
const api = async <T>(path: string): Promise<T> => (await (await fetch(`${server.url}api/v1${path}`)).json()) as T;

async function view(name: string, hash: string, ready: (p: Page) => Promise<unknown>) {
  await page.goto(`${server.url}#${hash}`);
  await ready(page);
  await page.screenshot({ path: `${out}/${name}.png` });
  console.log(`${name}.png  #${hash}`);
}

const status = (text: RegExp) => (p: Page) => p.locator('.status', { hasText: text }).first().waitFor();
/** A chart's view once every page of events is in (the status no longer says more are coming). */
const allEvents = (selector: string) => async (p: Page) => { await status(/^\d+ events$/)(p); await p.locator(selector).first().waitFor(); };
try {
  await view('01-articles', '/articles', status(/\d+ articles/));
  await view('02-search', '/articles?q=Ethiopia', status(/match/));
  const checks = await api<{ items: { article: string; start: number }[] }>('/checks?limit=5');
  const withCheck = checks.items[0];
  if (withCheck) await view('03-article-with-check', `/articles/${encodeURIComponent(withCheck.article)}?at=${withCheck.start}`, (p) => p.locator('.check-wrap .tooltip').first().waitFor({ state: 'visible' }));
  const busiest = await api<{ items: { id: string; counts: { events: number } }[] }>('/articles?limit=200');
  const article = [...busiest.items].sort((a, b) => b.counts.events - a.counts.events)[0]!;
  await view('04-article-busiest', `/articles/${encodeURIComponent(article.id)}`, (p) => p.locator('.event-item').first().waitFor());
  await view('05-events-table', '/events?type=CONSULT&from=2021-06-01&to=2021-06-30', status(/\d+ events/));
  await view('06-events-network', '/events?type=CONSULT&from=2021-06-01&to=2021-07-31&view=network', allEvents('.network-canvas canvas'));
  await view('07-events-timeline', '/events?view=timeline', allEvents('.bar'));
  await view('08-events-map', '/events?view=map', allEvents('path.country.hit'));
  await view('09-actors', '/actors?country=JPN', status(/\d+ actors/));
  await view('10-actor-blinken', '/actors/Q7821917', (p) => p.locator('h1').waitFor());
  await view('11-actor-motegi', '/actors/Q1655453', (p) => p.locator('h1').waitFor());
  await view('12-name-checks', '/checks', status(/flagged/));
  console.log(JSON.stringify(problems));
} finally {
  await page.context().close();
  await close();
  await server.close();
}
