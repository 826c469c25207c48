import type { Token } from '../doc/layers.js';
import { speakersIn, type QuoteContext, type SpeakerMention } from './context.js';
import type { Cue } from './cues.js';
import { firstStartingAtOrAfter, spanAt, trimSpan, type TextSpan } from './spans.js';
import { subjectBefore } from './subjects.js';

/** Reported speech without marks: "Blinken also said that working together …". */
export interface IndirectSpeech extends TextSpan {
  readonly cue: Cue;
  /** The subject's mention; null for a subject that names no entity ("Both sides"). */
  readonly speaker: SpeakerMention | null;
  /** 'that-clause' ("said that …") or 'bare-clause' ("said the alliance is …"). */
  readonly rule: 'that-clause' | 'bare-clause';
}

export interface IndirectOptions {
  /**
   * Direct quotes and transcript turns, sorted, marks included: a cue inside
   * one is the quoted person's, not the narrator's, and a reported clause
   * stops where one begins.
   */
  readonly quoted: readonly TextSpan[];
  /** Cues already used to attribute a marked quote. */
  readonly used: ReadonlySet<number>;
  /** Whether reported speech may be taken from the sentence at this offset (body and title text). */
  readonly inScope: (offset: number) => boolean;
}

// Words that may stand between subject and verb: "Blinken also said", "has told".
const BETWEEN_POS = new Set(['ADV', 'AUX', 'PART']);
const MODALS = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', '’ll', "'ll", 'let']);
const NOT_SUBJECTS = new Set(['i', 'me', 'we', 'us', 'you', 'who', 'whom', 'which', 'what', 'that']);
// What can start a bare reported clause: "said the alliance is …", "said it would …".
const CLAUSE_START_POS = new Set(['DET', 'PROPN', 'NOUN', 'PRON', 'NUM', 'ADJ']);
// How far to look for "that" after the verb ("said in a statement on Monday that").
const THAT_WINDOW = 8;
// How far into the clause its verb must appear; a bound keeps every cue's work constant.
const VERB_WINDOW = 40;
const POSSESSIVES = new Set(['my', 'our', 'your', 'his', 'her', 'its', 'their']);
// A bare clause's subject is short; its verb comes within this many tokens.
const BARE_VERB_WINDOW = 12;
// A reported clause of a few characters is noise; one of thousands means the
// sentence splitter failed (no punctuation), and the clause's end is unknown.
const MIN_CLAUSE = 8;
const MAX_CLAUSE = 1000;

/**
 * Indirect speech: a reporting verb with a subject before it and a reported
 * clause after it, in the narrator's own text. The clause runs to the end of
 * the sentence. A cue whose clause would begin with a colon or a quote mark
 * introduces a direct quote instead, and a cue inside an earlier clause is
 * part of it, so each sentence is read once.
 */
export function findIndirectSpeech(ctx: QuoteContext, options: IndirectOptions): IndirectSpeech[] {
  const out: IndirectSpeech[] = [];
  let coveredUntil = -1;
  for (const cue of ctx.cues) {
    if (cue.reports === 'none' || cue.role !== 'verb' || cue.start < coveredUntil || options.used.has(cue.start)) continue;
    if (spanAt(options.quoted, cue.start) || !options.inScope(cue.start)) continue;
    const sentence = spanAt(ctx.sentences, cue.start);
    if (!sentence) continue;
    const subject = findSubject(ctx, cue, sentence);
    if (subject === undefined) continue;
    const next = options.quoted[firstStartingAtOrAfter(options.quoted, cue.end)];
    const clause = reportedClause(ctx, cue, { start: sentence.start, end: Math.min(sentence.end, next ? next.start : Infinity) });
    if (!clause) continue;
    out.push({ start: clause.start, end: clause.end, cue, speaker: subject, rule: clause.rule });
    coveredUntil = clause.end;
  }
  return out;
}

/**
 * The verb's subject: a speaker mention right before it (adverbs and
 * auxiliaries aside), or across a comma-closed aside; null for a plain noun or
 * pronoun subject with no mention ("Both sides said"); undefined when the verb
 * has no subject before it at all (so it is not reporting anything here).
 */
function findSubject(ctx: QuoteContext, cue: Cue, sentence: TextSpan): SpeakerMention | null | undefined {
  let i = cue.first - 1;
  for (let steps = 0; i >= 0 && steps < 3 && BETWEEN_POS.has(ctx.tokens[i]!.pos); steps++, i--) {
    const w = word(ctx, i);
    // "can say", "will announce", "to say": what someone may say is not what
    // was said; "Russia’s claimed commitment": a possessive, not a subject.
    if (MODALS.has(w) || w === '’s' || w === "'s" || w === 'to') return undefined;
  }
  const t = ctx.tokens[i];
  if (t === undefined || t.start < sentence.start) return undefined;
  // "let me say", "what we said": a speaker talking of their own words, and
  // "who said what": no subject at all.
  if (NOT_SUBJECTS.has(word(ctx, i))) return undefined;
  if (ctx.text.slice(t.start, t.end) === ',') return subjectBefore(ctx, sentence.start, cue) ?? undefined;
  const mention = speakersIn(ctx, sentence.start, t.end + 1).find((m) => m.from <= t.start && t.end <= m.to);
  if (mention) return mention;
  if (POSSESSIVES.has(ctx.text.slice(t.start, t.end).toLowerCase())) return undefined; // "our recently announced plan"
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' ? null : undefined;
}

function reportedClause(ctx: QuoteContext, cue: Cue, sentence: TextSpan): (TextSpan & { rule: IndirectSpeech['rule'] }) | null {
  const tokens = ctx.tokens;
  let start = -1;
  let rule: IndirectSpeech['rule'] = 'bare-clause';
  for (let k = cue.last + 1; k <= cue.last + THAT_WINDOW && k < tokens.length && tokens[k]!.start < sentence.end; k++) {
    const w = ctx.text.slice(tokens[k]!.start, tokens[k]!.end);
    if (w.toLowerCase() === 'that') {
      if (!complementThat(ctx, cue, k)) break;
      start = k + 1;
      rule = 'that-clause';
      break;
    }
    if (tokens[k]!.pos === 'PUNCT' && w !== ',') break;
  }
  const next = tokens[cue.last + 1];
  if (start < 0) {
    // Without "that", only verbs that take bare clauses report one ("told him
    // to …", "underscored the commitment" do not).
    if (cue.reports !== 'any' || next === undefined || !CLAUSE_START_POS.has(next.pos)) return null;
    start = cue.last + 1;
  }
  // "noted that, to date, …": the clause starts after the comma.
  if (tokens[start] !== undefined && ctx.text.slice(tokens[start]!.start, tokens[start]!.end) === ',') start++;
  const first = tokens[start];
  if (first === undefined || first.start >= sentence.end) return null;
  // "what Heiko was saying that’s most important": a clitic cannot start a clause.
  if (first.pos === 'PUNCT' || /^['’]/u.test(ctx.text[first.start]!)) return null;
  if (rule === 'that-clause' ? !hasVerb(tokens, start, sentence.end, VERB_WINDOW) : !hasFiniteVerb(ctx, start, sentence.end)) return null;
  const span = trimSpan(ctx.text, first.start, sentence.end);
  let end = span.end;
  while (end > span.start && '.!?"”’»'.includes(ctx.text[end - 1]!)) end--;
  const clause = trimSpan(ctx.text, span.start, end);
  if (clause.end - clause.start < MIN_CLAUSE || clause.end - clause.start > MAX_CLAUSE) return null;
  if (/[:"“„«]/u.test(ctx.text.slice(cue.end, clause.start))) return null;
  if ('"“„«‘'.includes(ctx.text[clause.start]!)) return null;
  return { ...clause, rule };
}

/**
 * "that" at token `k` opens the verb's reported clause, not a relative clause
 * on its object: only adverbs or a prepositional phrase stand between ("said
 * on Monday that", "said in a statement that"), or, after "told", the person
 * told ("told Bigelow that"). "noted the critical role that Botswana plays" is
 * a relative clause.
 */
function complementThat(ctx: QuoteContext, cue: Cue, k: number): boolean {
  const first = ctx.tokens[cue.last + 1];
  if (first === undefined || k === cue.last + 1) return true;
  if (first.pos === 'ADP' || first.pos === 'ADV') return true;
  return /^(tell|tells|told|telling)\b/iu.test(cue.text) && (first.pos === 'PROPN' || first.pos === 'PRON' || first.pos === 'NOUN' || first.pos === 'DET');
}

function hasVerb(tokens: readonly Token[], from: number, end: number, window: number): boolean {
  for (let k = from; k < tokens.length && k < from + window && tokens[k]!.start < end; k++) {
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  }
  return false;
}

/**
 * A bare clause needs its own finite verb soon ("said the alliance is …"):
 * the first verb within a few words, not an infinitive ("underscored the
 * commitment to work …") or an -ing form ("noted efforts including …"), which
 * make the words after the cue its object, not a reported clause.
 */
function hasFiniteVerb(ctx: QuoteContext, from: number, end: number): boolean {
  const tokens = ctx.tokens;
  for (let k = from; k < tokens.length && k < from + BARE_VERB_WINDOW && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const word = ctx.text.slice(t.start, t.end).toLowerCase();
    const prev = k > from ? tokens[k - 1]! : null;
    const before = prev ? ctx.text.slice(prev.start, prev.end).toLowerCase() : '';
    // After a determiner or possessive the verb form is an adjective ("the
    // United States’ continued commitment").
    const adjectival = prev !== null && (prev.pos === 'DET' || prev.pos === 'PART' || POSSESSIVES.has(before));
    return before !== 'to' && !word.endsWith('ing') && !adjectival;
  }
  return false;
}

function word(ctx: QuoteContext, i: number): string {
  const t = ctx.tokens[i]!;
  return ctx.text.slice(t.start, t.end).toLowerCase();
}
