import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeText } from './pipeline.js';

describe('captions and boilerplate', () => {
  it('yield no events, while the same words in the body do', () => {
    const body = 'Secretary of State Antony Blinken met with Chinese Foreign Minister Wang Yi in Beijing.';
    const caption = 'Secretary of State Antony Blinken meets Chinese Foreign Minister Wang Yi in Beijing (Reuters file photo, Jan. 8, 2021)';
    const doc = analyzeText(`${body}\n${caption}\nThe two sides did not comment.\nRecent Comments\nShare this article`);
    const captionBlock = doc.blocks.find((b) => b.kind === 'caption');
    assert.ok(captionBlock, 'the caption is recognised');
    assert.equal(doc.events.length, 1);
    assert.ok(doc.events[0]!.evidence.end <= body.length);
  });
});
