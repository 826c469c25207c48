import * as chrono from 'chrono-node';
import type { ArticleDate } from '../doc/attributes.js';
import type { Doc } from '../doc/doc.js';
import type { Stage } from '../pipeline/stage.js';

/** Only datelines near the top speak for the article's date. */
const DATELINE_BLOCKS_SCANNED = 6;

function fullDateIn(text: string): { value: string; index: number; length: number } | null {
  for (const r of chrono.strict.parse(text)) {
    const s = r.start;
    if (s.isCertain('year') && s.isCertain('month') && s.isCertain('day')) {
      const y = s.get('year')!;
      const m = String(s.get('month')).padStart(2, '0');
      const d = String(s.get('day')).padStart(2, '0');
      return { value: `${y}-${m}-${d}`, index: r.index, length: r.text.length };
    }
  }
  return null;
}

/** --date, then the record's date, then the page's metadata, then a dateline with a full date. */
export function articleDateOf(doc: Doc): ArticleDate | null {
  const { optionDate, inputDate, metadataDate } = doc.meta;
  if (optionDate) return { value: optionDate, source: 'option' };
  if (inputDate) return { value: inputDate, source: 'input' };
  if (metadataDate) return { value: metadataDate, source: 'metadata' };
  const blocks = doc.layer('blocks').slice(0, DATELINE_BLOCKS_SCANNED);
  for (const b of blocks) {
    if (b.kind !== 'dateline') continue;
    const found = fullDateIn(doc.slice(b));
    if (found) return { value: found.value, source: 'dateline', span: { start: b.start + found.index, end: b.start + found.index + found.length } };
  }
  return null;
}

export const articleDateStage: Stage = {
  name: 'article-date',
  description: "settles the article's date: --date, the record's date, page metadata, or a dateline",
  requires: ['blocks'],
  adds: ['articleDate'],
  run(doc) {
    return { attributes: { articleDate: articleDateOf(doc) } };
  },
};
