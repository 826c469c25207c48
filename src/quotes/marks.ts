/**
 * The quote-mark table: every character that can open or close a quotation in
 * news text, with the role it has when its context does not decide otherwise.
 *
 * Roles are defaults only. Many marks serve two conventions ("“" opens in
 * English and closes in German „…“; "”" closes in English and opens in Swedish)
 * and scraped or machine-translated text mixes them, so the pairing code decides
 * each mark from its neighbours and the quotes still open (see pairing.ts).
 */

export type MarkWeight = 'double' | 'single';

/** What a mark does by default: open, close, or either (straight ASCII marks). */
export type MarkDefault = 'open' | 'close' | 'either';

export interface MarkInfo {
  readonly weight: MarkWeight;
  readonly default: MarkDefault;
  /** Marks that close a quote this mark opened, when it opens one. */
  readonly closers: string;
}

export const QUOTE_MARKS: ReadonlyMap<string, MarkInfo> = new Map<string, MarkInfo>([
  ['"', { weight: 'double', default: 'either', closers: '"”“' }],
  ['“', { weight: 'double', default: 'open', closers: '”"“' }],
  ['”', { weight: 'double', default: 'close', closers: '”"' }],
  ['„', { weight: 'double', default: 'open', closers: '“”"' }],
  ['‟', { weight: 'double', default: 'open', closers: '”"' }],
  ['«', { weight: 'double', default: 'open', closers: '»' }],
  ['»', { weight: 'double', default: 'close', closers: '«' }],
  ['「', { weight: 'double', default: 'open', closers: '」' }],
  ['」', { weight: 'double', default: 'close', closers: '' }],
  ['『', { weight: 'double', default: 'open', closers: '』' }],
  ['』', { weight: 'double', default: 'close', closers: '' }],
  ["'", { weight: 'single', default: 'either', closers: "'" }],
  ['‘', { weight: 'single', default: 'open', closers: '’‘\'' }],
  ['’', { weight: 'single', default: 'close', closers: '’' }],
  ['‚', { weight: 'single', default: 'open', closers: '‘’' }],
  ['‹', { weight: 'single', default: 'open', closers: '›' }],
  ['›', { weight: 'single', default: 'close', closers: '‹' }],
]);

/** True for any character in the table: the scanner's one-character test. */
export function isQuoteMark(ch: string): boolean {
  return QUOTE_MARKS.has(ch);
}

/** Whether `mark` may close a quote opened by `opener` (by the table above). */
export function closes(opener: string, mark: string): boolean {
  const info = QUOTE_MARKS.get(opener);
  return info !== undefined && info.closers.includes(mark);
}
