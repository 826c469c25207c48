import type { SpeakerEvidence } from './confidence.js';
import type { QuoteContext, SpeakerMention } from './context.js';
import { lastStartingAtOrBefore } from './spans.js';

export interface ResolvedSpeaker {
  readonly entity: string | null;
  readonly evidence: SpeakerEvidence;
}

// A pronoun left unresolved looks back over its own sentence and this many
// before it, and over at most this many mentions (a bound, so the look stays constant).
const PRONOUN_SENTENCES_BACK = 3;
const PRONOUN_MENTIONS = 50;

/**
 * The entity a speaker mention stands for. Pronouns and titles carry the id of
 * the entity the actors stage tied them to ("He said" → Blinken). A pronoun it
 * left unresolved falls back to the nearest named person in the few sentences
 * before — the journalistic habit of naming a speaker and then writing "he" —
 * with lower confidence.
 */
export function resolveSpeaker(ctx: QuoteContext, s: SpeakerMention | null): ResolvedSpeaker {
  if (s === null) return { entity: null, evidence: 'none' };
  const m = s.mention;
  if (m.kind === 'pronoun') {
    if (m.entity !== null) return { entity: m.entity, evidence: 'pronoun' };
    const near = nearestPersonBefore(ctx, s);
    return near ? { entity: near, evidence: 'pronoun-nearest' } : { entity: null, evidence: 'subject-without-entity' };
  }
  if (m.entity === null) return { entity: null, evidence: 'subject-without-entity' };
  return { entity: m.entity, evidence: m.type === 'PERSON' ? 'named' : 'organisation' };
}

function nearestPersonBefore(ctx: QuoteContext, s: SpeakerMention): string | null {
  const sentence = lastStartingAtOrBefore(ctx.sentences, s.from);
  const limit = sentence >= 0 ? ctx.sentences[Math.max(0, sentence - PRONOUN_SENTENCES_BACK)]!.start : 0;
  let i = indexOfSpeaker(ctx.speakers, s) - 1;
  for (let steps = 0; i >= 0 && steps < PRONOUN_MENTIONS; i--, steps++) {
    const m = ctx.speakers[i]!;
    if (m.from < limit) break;
    const mention = m.mention;
    if (mention.type === 'PERSON' && mention.kind !== 'pronoun' && mention.entity !== null) return mention.entity;
  }
  return null;
}

/** Position of `s` in the sorted list: a binary search on `from`, then the few ties. */
function indexOfSpeaker(list: readonly SpeakerMention[], s: SpeakerMention): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.from < s.from) lo = mid + 1;
    else hi = mid;
  }
  while (lo < list.length && list[lo] !== s) lo++;
  return lo;
}
