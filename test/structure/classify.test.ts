import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DocMeta } from '../../src/doc/meta.js';
import { classifyParagraphs } from '../../src/structure/classify.js';
import { splitParagraphs } from '../../src/structure/paragraphs.js';
import { BOILERPLATE_LINES, BYLINE, CAPTION_CREDIT, DATE_LINE, DATELINE_PREFIX } from '../../src/structure/patterns.js';

const meta: DocMeta = { id: 't', title: null, url: null, byline: null, optionDate: null, inputDate: null, metadataDate: null, origin: 't', format: 'text', hints: [] };

function kinds(text: string, m: DocMeta = meta): [string, string][] {
  return classifyParagraphs(splitParagraphs(text), m).map((b) => [b.kind, text.slice(b.start, b.end)]);
}

const BODY = 'The minister said the talks had gone well and would continue next month.';

describe('paragraphs', () => {
  it('trims each non-blank line', () => {
    assert.deepEqual(splitParagraphs('  a b \n\n\t c\n').map((p) => p.text), ['a b', 'c']);
  });
});

describe('block rules', () => {
  it('photo credits make captions', () => {
    for (const line of [
      'Japanese Foreign Minister Toshimichi Mogi (Reuters file photo, Jan. 8, 2021)',
      'Protesters march in Yangon on Saturday. (AP Photo/Eugene Hoshiko)',
      'Photo: Xinhua',
      'The ministers shake hands. (Photo by Jane Doe/Getty Images)',
    ]) {
      assert.ok(CAPTION_CREDIT.test(line), line);
      assert.deepEqual(kinds(`${BODY}\n${line}\n${BODY}`)[1], ['caption', line]);
    }
  });
  it('a descriptive title-case line with a date or place between paragraphs is a caption', () => {
    const line = 'U.S. and Japanese Foreign Ministers and Defense Ministers 2+2 Talks in Tokyo on March 16, 2021';
    assert.deepEqual(kinds(`${BODY}\n${line}\n${BODY}`)[1], ['caption', line]);
  });
  it('a short line without final punctuation is a heading', () => {
    assert.deepEqual(kinds(`${BODY}\nWhat comes next\n${BODY}`)[1], ['heading', 'What comes next']);
  });
  it('page furniture is boilerplate', () => {
    for (const line of ['Recent Comments', 'Share on Facebook', 'Share Tweet Email', 'Leave a Reply', '12 Comments', 'Subscribe to our newsletter', 'Advertisement', '© 2021 World News Daily. All rights reserved.', 'Related Articles', 'Home > World > Asia', 'Tags: Japan, United States, diplomacy', 'We use cookies to improve your experience. Accept']) {
      assert.ok(BOILERPLATE_LINES.some(({ re }) => re.test(line)), line);
      assert.equal(kinds(`${BODY}\n${line}\n${BODY}`)[1]![0], 'boilerplate', line);
    }
  });
  it('does not take sentences about sharing or comments for boilerplate', () => {
    for (const line of ['Share prices fell sharply on Monday after the announcement.', 'Comments by the minister drew criticism from the opposition.']) {
      assert.equal(kinds(`${BODY}\n${line}\n${BODY}`)[1]![0], 'body', line);
    }
  });
  it('everything after a comment-section heading in the second half is boilerplate', () => {
    const text = `${BODY}\n${BODY}\n${BODY}\nComments\nGreat article, thanks.\nI disagree with the minister.`;
    assert.deepEqual(kinds(text).slice(3).map((k) => k[0]), ['boilerplate', 'boilerplate', 'boilerplate']);
  });
  it('bylines', () => {
    for (const line of ['By Jane Doe', 'By Jane Doe and John Roe, Reuters', 'Reporting by Kiyoshi Takenaka; Editing by Michael Perry']) {
      assert.ok(BYLINE.test(line), line);
      assert.equal(kinds(`Headline Of The Day\n${line}\n${BODY}`)[1]![0], 'byline', line);
    }
    assert.equal(kinds(`${BODY}\nBy Thursday, the two sides had agreed on a text.\n${BODY}`)[1]![0], 'body');
  });
  it('date lines and dateline prefixes', () => {
    for (const line of ['March 16, 2021', 'Published: 16 March 2021 10:02 GMT', '2021-03-16', 'Tuesday, March 16, 2021']) {
      assert.ok(DATE_LINE.test(line), line);
    }
    const text = `WASHINGTON, March 16 (Reuters) - ${BODY}`;
    assert.ok(DATELINE_PREFIX.test(text));
    assert.deepEqual(kinds(text), [['dateline', 'WASHINGTON, March 16 (Reuters) -'], ['body', BODY]]);
    assert.deepEqual(kinds(`TOKYO — ${BODY}`)[0], ['dateline', 'TOKYO —']);
    assert.equal(kinds(`U.S. and Japan - ${BODY}`)[0]![0], 'body');
  });
  it('a turn of a transcript is body even without final punctuation', () => {
    assert.deepEqual(kinds(`${BODY}\nPREMIER EGEDE: Yeah. So —\n${BODY}`)[1], ['body', 'PREMIER EGEDE: Yeah. So —']);
    assert.deepEqual(kinds(`${BODY}\nMR PRICE: John Hudson\n${BODY}`)[1], ['body', 'MR PRICE: John Hudson']);
  });
  it('a short unpunctuated first line of plain text is the title', () => {
    assert.deepEqual(kinds(`Blinken meets Motegi in Tokyo\n${BODY}`)[0], ['title', 'Blinken meets Motegi in Tokyo']);
  });
  it('hints from the input win', () => {
    const text = `A Title Given By The Page\n${BODY}`;
    const m = { ...meta, hints: [{ start: 0, end: 25, kind: 'title' as const }] };
    assert.deepEqual(kinds(text, m)[0], ['title', 'A Title Given By The Page']);
  });
});

describe('block patterns resist backtracking', () => {
  // Inputs shaped to make a careless pattern explode; each must simply finish.
  const adversarial = [
    'A'.repeat(50_000),
    'By ' + 'Aa '.repeat(20_000),
    '('.repeat(20_000) + 'photo',
    'share '.repeat(20_000) + 'x!',
    'TOKYO '.repeat(10_000),
    'a > '.repeat(20_000),
    'cookies '.repeat(10_000) + 'accept',
    'March 16, '.repeat(10_000),
  ];
  it('classifying adversarial lines finishes', () => {
    for (const line of adversarial) {
      const text = `${BODY}\n${line}\n${line.slice(0, 399)}\n${BODY}`;
      assert.ok(kinds(text).length >= 3);
    }
  });
});
