import { Parser } from 'htmlparser2';

export type HintKind = 'title' | 'caption' | 'byline' | 'heading';

export interface Paragraph {
  readonly text: string;
  readonly hint: HintKind | null;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'li', 'ul', 'ol',
  'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'hr',
  'address', 'form', 'fieldset', 'details', 'summary', 'caption',
]);
const SKIP_TAGS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'head', 'select', 'button', 'textarea']);
/** Page furniture that a plain extraction drops (readability has already dropped it when it ran). */
const CHROME_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'form', 'menu']);
const HINT_TAGS: Record<string, HintKind> = {
  figcaption: 'caption', caption: 'caption', h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
};

export interface HtmlTextOptions {
  /** Also drop nav/header/footer/aside/form content (for pages readability could not handle). */
  readonly dropChrome: boolean;
}

/**
 * HTML to paragraphs with a streaming parser: no DOM and no recursion, so a
 * page nested 100,000 levels deep costs time linear in its size and no stack.
 */
export function htmlToParagraphs(html: string, options: HtmlTextOptions): Paragraph[] {
  const out: Paragraph[] = [];
  let buf = '';
  let skipDepth = 0;
  const hintStack: HintKind[] = [];
  const flush = (): void => {
    const text = buf.replace(/\s+/g, ' ').trim();
    buf = '';
    if (text) out.push({ text, hint: hintStack.length > 0 ? hintStack[hintStack.length - 1]! : null });
  };
  const skips = (name: string): boolean => SKIP_TAGS.has(name) || (options.dropChrome && CHROME_TAGS.has(name));
  const parser = new Parser(
    {
      onopentag(name) {
        if (skips(name)) {
          skipDepth++;
          return;
        }
        if (skipDepth > 0) return;
        if (BLOCK_TAGS.has(name)) flush();
        const hint = HINT_TAGS[name];
        if (hint) hintStack.push(hint);
      },
      ontext(text) {
        if (skipDepth === 0) buf += text;
      },
      onclosetag(name) {
        if (skips(name)) {
          if (skipDepth > 0) skipDepth--;
          return;
        }
        if (skipDepth > 0) return;
        if (BLOCK_TAGS.has(name)) flush();
        if (HINT_TAGS[name]) {
          flush();
          hintStack.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return out;
}
