import type { Mention, Token } from '../doc/layers.js';
import type { Cue } from './cues.js';
import { firstStartingAtOrAfter, type TextSpan } from './spans.js';
import { lowerBound } from '../util/sorted.js';

/**
 * A mention that can speak: a person, organisation, place-as-government or
 * agent, named, titled, by pronoun or by metonym. `from` includes the title
 * words before a name ("Secretary Austin" starts at "Secretary"), since the
 * title is what stands next to the cue.
 */
export interface SpeakerMention {
  readonly mention: Mention;
  readonly from: number;
  readonly to: number;
}

/** What attribution reads, each list sorted by start. */
export interface QuoteContext {
  readonly text: string;
  readonly sentences: readonly TextSpan[];
  readonly tokens: readonly Token[];
  readonly cues: readonly Cue[];
  readonly speakers: readonly SpeakerMention[];
}

const SPEAKING_KINDS = new Set(['name', 'title', 'pronoun', 'metonym', 'agent']);
const SPEAKING_TYPES = new Set(['PERSON', 'ORG', 'GPE', 'AGENT']);
// Only subject pronouns can say something; "his remarks", "told him" cannot.
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

export function speakerMentions(mentions: readonly Mention[]): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  for (const m of mentions) {
    if (!SPEAKING_KINDS.has(m.kind) || !SPEAKING_TYPES.has(m.type)) continue;
    if (m.kind === 'pronoun' && !SUBJECT_PRONOUNS.has(m.text.toLowerCase())) continue;
    const from = m.title && m.title.end <= m.start ? Math.min(m.title.start, m.start) : m.start;
    out.push({ mention: m, from, to: m.end });
  }
  return out.sort((a, b) => a.from - b.from || a.to - b.to);
}

/** Cues lying wholly inside [a, b). */
export function cuesIn(ctx: QuoteContext, a: number, b: number): Cue[] {
  const out: Cue[] = [];
  for (let i = firstStartingAtOrAfter(ctx.cues, a); i < ctx.cues.length && ctx.cues[i]!.start < b; i++) {
    if (ctx.cues[i]!.end <= b) out.push(ctx.cues[i]!);
  }
  return out;
}

/** Speaker mentions lying wholly inside [a, b). */
export function speakersIn(ctx: QuoteContext, a: number, b: number): SpeakerMention[] {
  const out: SpeakerMention[] = [];
  const list = ctx.speakers;
  for (let i = lowerBound(list, a, (s) => s.from); i < list.length && list[i]!.from < b; i++) {
    if (list[i]!.to <= b) out.push(list[i]!);
  }
  return out;
}
