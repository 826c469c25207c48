/** The articles the browser tests show: the reference article and the 40 State Department releases, analysed by the real analyzer. */
import { readFileSync } from 'node:fs';
import { createAnalyzer, type Analyzer } from '../../src/analyze.js';
import type { MockArticle } from './mock-api.js';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);
export const EXAMPLE_TEXT = readFileSync(new URL('us-japan-2021-03-16/article.txt', FIXTURES), 'utf8');
export const EXAMPLE_DATE = '2021-03-16';
/** The five wrong names of the reference article (expected.json's name checks). */
export const EXAMPLE_WRONG_NAMES = ['John Blinken', 'Toshimichi Motegi', 'Toshimichi Mogi', 'Toshimichi Shigeki', 'Kan'];

/** An article from the web that tries to run script in whoever shows it. */
export const HOSTILE_TEXT = [
  'Hostile page test: <script>window.__pwned = 1</script> Secretary of State Antony Blinken met Foreign Minister Motegi in Tokyo.',
  '',
  'The page then said <img src=x onerror="window.__pwned = 2"> and linked <a href="javascript:window.__pwned=3">click here</a> for more.',
  '',
  'Plain javascript:alert(1) text and a "<b onmouseover=alert(1)>quote</b>," Blinken said.',
].join('\n');

export function fixtureArticles(analyzer: Analyzer): MockArticle[] {
  const out: MockArticle[] = [{ doc: analyzer.analyze({ text: EXAMPLE_TEXT, title: 'U.S. and Japanese ministers meet in Tokyo' }, { date: EXAMPLE_DATE }), source: 'example' }];
  const lines = readFileSync(new URL('state-dept/press-releases-40.jsonl', FIXTURES), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const r = JSON.parse(line) as { url: string; title: string; published: string; text: string; creator: string };
    out.push({ doc: analyzer.analyze({ text: r.text, title: r.title, url: r.url, date: r.published.slice(0, 10) }), source: r.creator });
  }
  out.push({ doc: analyzer.analyze({ text: HOSTILE_TEXT, title: 'A <script>alert(1)</script> title', format: 'text' }, { date: '2021-03-17' }), source: 'hostile' });
  return out;
}

export { createAnalyzer };
