export interface Paragraph {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Each non-blank line is a paragraph, trimmed of surrounding whitespace; news text puts one paragraph on a line. */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let lineStart = 0;
  const n = text.length;
  while (lineStart <= n) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = n;
    let s = lineStart;
    let e = lineEnd;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
    lineStart = lineEnd + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0c || c === 0x0b || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}
