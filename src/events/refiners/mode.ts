/**
 * How a consultation was held, as CAMEO codes it (and PLOVER's mode follows
 * from the code): by telephone (041, mode phone), as a visit (042, mode
 * visit), as a host (043, mode visit) or in a third country (044).
 *
 * - Phone: the sentence says so ("spoke by phone", "in a telephone call",
 *   "a videoconference"); or the event is a talk ("spoke with", "discussed")
 *   in an article whose title names a call ("Secretary Blinken’s Call with
 *   …"). Readouts of calls say "spoke today with X" and leave the medium to the
 *   title; a talk in such an article is that call. A meeting verb ("met") is
 *   never made a call by the title alone.
 * - Place: an in-person meeting (040, 046) placed in the target's country is
 *   the source's visit, in the source's country its hosting, elsewhere a
 *   meeting in a third place; without a place, or with an unknown country on
 *   either side, the code stays.
 */
import type { Entity } from '../../doc/attributes.js';
import type { Draft } from '../draft.js';
import type { ViewToken } from '../sentence-view.js';

const PHONE_WORDS: ReadonlySet<string> = new Set([
  'phone', 'phoned', 'telephone', 'telephoned', 'videoconference', 'teleconference', 'video-conference', 'videocall', 'virtually',
]);
const CALL_NOUNS: ReadonlySet<string> = new Set(['call', 'calls']);
/** Forms of talking verbs (the dictionary's CONFER block): a talk may be a call, a "met" may not. */
const TALK_VERBS: ReadonlySet<string> = new Set([
  'speak', 'speaks', 'spoke', 'spoken', 'speaking', 'talk', 'talks', 'talked', 'talking', 'discuss', 'discusses', 'discussed',
  'discussing', 'confer', 'confers', 'conferred', 'conferring', 'converse', 'conversed', 'consult', 'consulted', 'consults',
]);
/** In-person meetings whose place may tell a visit from a hosting. */
const IN_PERSON: ReadonlySet<string> = new Set(['040', '046']);

/** A phone word, or "call" as a noun ("a call", "their call"; not "called for"). */
function isPhoneCue(t: ViewToken): boolean {
  return PHONE_WORDS.has(t.normal) || (CALL_NOUNS.has(t.normal) && t.pos === 'NOUN');
}

/** Does a title name a call? "Call(s) with", or a phone word; "Calls for" is an appeal. */
export function titleNamesCall(tokens: readonly ViewToken[]): boolean {
  return tokens.some((t, i) => PHONE_WORDS.has(t.normal) || (CALL_NOUNS.has(t.normal) && tokens[i + 1]?.normal === 'with'));
}

function sentenceSaysPhone(d: Draft): boolean {
  return d.view.tokens.some(isPhoneCue);
}

function isTalk(d: Draft): boolean {
  const t = d.view.tokens[d.trigger.first]!;
  return d.kind === 'verb' && TALK_VERBS.has(t.normal);
}

/** 042/043/044 from the place's country against the sides' countries, or null. */
function byPlace(d: Draft, entities: ReadonlyMap<string, Entity>): string | null {
  const where = d.place?.country;
  if (!where) return null;
  const countries = (ids: readonly string[]) => new Set(ids.map((id) => entities.get(id)?.country ?? null));
  const src = countries(d.source);
  const tgt = countries(d.target);
  if (src.has(null) || tgt.has(null) || src.size !== 1 || tgt.size !== 1) return null;
  if (tgt.has(where) && !src.has(where)) return '042';
  if (src.has(where) && !tgt.has(where)) return '043';
  return src.has(where) ? null : '044';
}

export function withModes(drafts: readonly Draft[], entities: ReadonlyMap<string, Entity>, callTitle: boolean): Draft[] {
  return drafts.map((d) => {
    if (!d.code.startsWith('04') || d.kind === 'quote') return d;
    if (d.code !== '041' && (sentenceSaysPhone(d) || (callTitle && isTalk(d)))) return { ...d, code: '041' };
    const placed = IN_PERSON.has(d.code) ? byPlace(d, entities) : null;
    return placed ? { ...d, code: placed } : d;
  });
}
