import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { extractHtml } from '../../src/ingest/html.js';
import { readHtmlMeta } from '../../src/ingest/html-meta.js';
import { readFixture, sharedAnalyzer } from '../helpers.js';

function bodyTexts(doc: { text: string; blocks: readonly { start: number; end: number; kind: string }[] }): string[] {
  return doc.blocks.filter((b) => b.kind === 'body').map((b) => doc.text.slice(b.start, b.end));
}

describe('HTML ingest', () => {
  it('a news page around the example gives the same body text as the plain text', () => {
    const analyzer = sharedAnalyzer();
    const fromText = analyzer.analyze({ text: readFixture('us-japan-2021-03-16', 'article.txt'), origin: 'article.txt' });
    const fromPage = analyzer.analyze({ html: readFixture('us-japan-2021-03-16', 'page.html'), origin: 'page.html' });
    assert.deepEqual(bodyTexts(fromPage), bodyTexts(fromText));
    assert.ok(!fromPage.text.includes('Recent Comments'), 'the comments section is dropped');
    assert.ok(!fromPage.text.includes('Share on Facebook'), 'share buttons are dropped');
    assert.ok(!fromPage.text.includes('Quad leaders meet virtually'), 'related links are dropped');
  });
  it('takes title, date, URL and byline from the page metadata', () => {
    const doc = sharedAnalyzer().analyze({ html: readFixture('us-japan-2021-03-16', 'page.html'), origin: 'page.html' });
    assert.equal(doc.title, 'Blinken and Motegi reaffirm US-Japan alliance in Tokyo');
    assert.equal(doc.date, '2021-03-16');
    assert.equal(doc.dateSource, 'metadata');
    assert.equal(doc.url, 'https://news.example.org/world/2021/03/16/us-japan-talks');
    assert.equal(doc.byline, 'World News Daily staff');
    const title = doc.blocks[0]!;
    assert.equal(title.kind, 'title');
    assert.equal(doc.text.slice(title.start, title.end), doc.title);
    assert.deepEqual(
      doc.blocks.filter((b) => b.kind === 'caption').map((b) => doc.text.slice(b.start, b.end).slice(0, 30)),
      ['Japanese Foreign Minister Tosh', 'U.S. and Japanese Foreign Mini'],
    );
  });
  it('reads dates from JSON-LD and <time> when no meta tag has one', () => {
    assert.equal(readHtmlMeta('<script type="application/ld+json">{"datePublished": "2020-05-01T10:00:00Z"}</script>').date, '2020-05-01');
    assert.equal(readHtmlMeta('<p><time datetime="2019-12-31">New Year’s Eve</time></p>').date, '2019-12-31');
  });
  it('a page nested 10,000 levels deep is read without readability, with a warning', () => {
    const depth = 10_000;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep inside, the minister spoke to reporters in Paris on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;
    const page = extractHtml(html, 'deep.html');
    assert.equal(page.text, 'Deep inside, the minister spoke to reporters in Paris on Monday.');
    assert.match(page.warnings.join(' '), /nested 100\d\d levels/);
  });
  it('unclosed tags 100,000 deep do not overflow the stack', () => {
    const html = `<body>${'<span><b><i>'.repeat(35_000)}text`;
    const page = extractHtml(html, 'bomb.html');
    assert.equal(page.text, 'text');
  });
  it('a page with no text is a clear error', () => {
    assert.throws(() => extractHtml('<html><head><script>x=1</script></head><body><img src=a></body></html>', 'empty.html'), /empty\.html: the HTML page has no text/);
  });
});
