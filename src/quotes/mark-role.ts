import { isApostrophe, isPluralPossessive, leftFlanking, rightFlanking } from './flanking.js';
import { closes, type MarkInfo } from './marks.js';

/**
 * What one mark does where it stands: opens a quote, closes the pending one,
 * closes a quote whose opening mark is missing ('stray'), or nothing at all
 * (an apostrophe).
 */
export type MarkRole = 'open' | 'close' | 'stray' | 'skip';

/**
 * Decides a mark from the quote still open at its level (`pending`, the opening
 * mark's character, or null) and its neighbours. The same rule serves every
 * convention: a mark that can close the pending quote does so unless it plainly
 * opens (space before, word after); otherwise its flanking decides; only where
 * flanking is silent does the table's default apply. This is what lets "“"
 * close a German „quote“ and stop a sloppy “quote“ from nesting. `limit` is
 * the paragraph's end, for the bounded look-ahead past plural possessives.
 */
export function markRole(text: string, i: number, info: MarkInfo, pending: string | null, limit = text.length): MarkRole {
  const ch = text[i]!;
  if (info.weight === 'single' && isApostrophe(text, i)) return 'skip';
  if (ch === '’' && pending !== null && isPluralPossessive(text, i, limit)) return 'skip';
  const lf = leftFlanking(text, i);
  const rf = rightFlanking(text, i);
  const canClose = pending !== null && closes(pending, ch);
  if (canClose && !(lf && !rf)) return 'close';
  if (lf && !rf) return 'open';
  if (rf && !lf) return 'stray';
  if (info.default === 'open') return 'open';
  if (info.default === 'close') return canClose ? 'close' : 'stray';
  return canClose ? 'close' : 'open';
}
