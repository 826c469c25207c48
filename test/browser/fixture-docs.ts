/** What the browser tests show: the reference article, the 40 State Department releases, and an article that tries to run script. */
import { readFileSync } from 'node:fs';

const FIXTURES = new URL('../../../test/fixtures/', import.meta.url);
export const EXAMPLE_TEXT = readFileSync(new URL('us-japan-2021-03-16/article.txt', FIXTURES), 'utf8');
export const EXAMPLE_DATE = '2021-03-16';
export const EXAMPLE_ID = 'us-japan-2021-03-16';
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
export const HOSTILE_TITLE = 'A <script>window.__pwned = 4</script> title';
export const HOSTILE_ID = 'hostile-page';
export const HOSTILE_URL = 'javascript:window.__pwned=5';

/** The records as `attache ingest` reads them from JSONL. */
export function fixtureRecords(): object[] {
  const stateDept = readFileSync(new URL('state-dept/press-releases-40.jsonl', FIXTURES), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as object);
  return [
    { id: EXAMPLE_ID, date: EXAMPLE_DATE, title: 'U.S. and Japanese ministers meet in Tokyo', text: EXAMPLE_TEXT },
    ...stateDept,
    { id: HOSTILE_ID, date: '2021-03-17', title: HOSTILE_TITLE, url: HOSTILE_URL, text: HOSTILE_TEXT },
  ];
}
