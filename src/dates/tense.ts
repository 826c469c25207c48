/**
 * Is the text around an expression about the future? News reports the past,
 * so expressions whose year or week the text leaves open are read as past
 * unless a future word stands before them in the sentence ("will meet on
 * Friday", "plans to visit in early April", "is due to resume Monday",
 * "until June" right before) or right after them ("Monday will see…"), in
 * the same clause.
 */
const FUTURE_BEFORE =
  /(?<![\p{L}])(?:will|won['’]t|shall|['’]ll|(?:is|are|was|were)\s+(?:to|due|set|scheduled|expected|slated)|plans?\s+to|planning\s+to|going\s+to|intends?\s+to|expects?\s+to|set\s+for|slated\s+for|scheduled\s+for|upcoming|ahead\s+of)(?![\p{L}])/iu;
/**
 * "until Saturday", "till June", "this coming Friday": only right before the
 * expression ("lasted until June" is rarer than a deadline).
 */
const UNTIL_BEFORE = /(?<![\p{L}])(?:until|till|coming|this\s+coming)\s{1,3}$/iu;
const FUTURE_AFTER = /^['’]?s?\s{1,3}(?:will|shall|is\s+(?:to|due|set|scheduled|expected))(?![\p{L}])/iu;
const BEFORE = 72;
const AFTER = 40;

/** `start`/`end`: the expression's offsets in `text` (its text may end on a comma chrono took). */
export function futureCue(text: string, start: number, end: number): boolean {
  let before = text.slice(Math.max(0, start - BEFORE), start);
  // Only the expression's own sentence or clause: cut at the last . ; ! ? before it.
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf(';'), before.lastIndexOf('!'), before.lastIndexOf('?'));
  if (cut >= 0) before = before.slice(cut + 1);
  if (FUTURE_BEFORE.test(before) || UNTIL_BEFORE.test(before)) return true;
  // "Saturday, will continue": the comma starts another clause.
  if (/[,)）]\s*$/.test(text.slice(start, end))) return false;
  return FUTURE_AFTER.test(text.slice(end, end + AFTER));
}
