/**
 * Events: who did what to whom, when and where, in CAMEO and PLOVER.
 * Candidate generators (verbs of the CAMEO dictionary, event nouns, quotes
 * as verbal events) work sentence by sentence over the tokens and actors
 * already found; ordered refiners then set modality, date and place, merge
 * what is one occurrence, code the sides and drop what cannot be coded.
 * Only title and body sentences yield events: captions, boilerplate,
 * headings, bylines and datelines never do.
 */
import { defaultCodebooks } from '../codebooks/index.js';
import type { Proposal } from '../doc/annotation.js';
import type { Entity } from '../doc/attributes.js';
import type { Doc } from '../doc/doc.js';
import type { EventAnnotation, Mention, Quote } from '../doc/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { firstStartingAt, lowerBound } from '../util/sorted.js';
import { actorCode, actorResolver, canAct, eventActor } from './actor-resolver.js';
import { nounDrafts } from './candidates/nouns.js';
import { obligationDrafts } from './candidates/obligations.js';
import { accusationDrafts } from './candidates/accusations.js';
import { quoteDrafts } from './candidates/quotes.js';
import { verbDrafts } from './candidates/verbs.js';
import { withCountryWords } from './country-words.js';
import { quoteCueIndex } from './cue-lexicon.js';
import type { Draft } from './draft.js';
import { ploverOf } from './plover-map.js';
import { confidenceOf } from './refiners/confidence.js';
import { withoutContent } from './refiners/content.js';
import { withDates } from './refiners/date.js';
import { mergeInSentence, mergeRestatements } from './refiners/merge.js';
import { withIntents } from './refiners/intent.js';
import { withModality } from './refiners/modality.js';
import { titleNamesCall, withModes } from './refiners/mode.js';
import { withInheritedPlaces, withSentencePlaces, type Place } from './refiners/place.js';
import { withProtestTargets } from './refiners/protest-target.js';
import { withForcesObstructing, withoutOfficialRallies } from './refiners/obstruction.js';
import { codeSides } from './refiners/sides.js';
import { actorSpans, indexActors, viewTokens, type SentenceView } from './sentence-view.js';

const EVENT_BLOCKS: ReadonlySet<string> = new Set(['title', 'body']);
/** A text with no body ("The US, Russia, and Switzerland met yesterday", one line, no stop) is all heading: read it as body. */
const BODYLESS_BLOCKS: ReadonlySet<string> = new Set(['title', 'body', 'heading']);
/** Built once when the module loads; read-only afterwards. */
const QUOTE_CUES = quoteCueIndex();

function firstMentions(mentions: readonly Mention[]): Map<string, number> {
  const first = new Map<string, number>();
  for (const m of mentions) if (m.entity && !m.caption && !first.has(m.entity)) first.set(m.entity, m.start);
  return first;
}

/** The dateline's place, if the dateline names a known one. */
function datelinePlace(doc: Doc, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): Place | null {
  const block = doc.layer('blocks').find((b) => b.kind === 'dateline');
  if (!block) return null;
  for (let i = firstStartingAt(mentions, block.start); i < mentions.length && mentions[i]!.end <= block.end; i++) {
    const e = mentions[i]!.entity ? entities.get(mentions[i]!.entity!) : undefined;
    if (e?.type === 'GPE') return { name: e.name, country: e.country, entity: e.id };
  }
  return null;
}

function sentenceViews(doc: Doc, mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): SentenceView[] {
  const blocks = doc.layer('blocks');
  const tokens = doc.layer('tokens');
  const roles = { entities: doc.attribute('entities'), firstMention: firstMentions(mentions) };
  const codeOf = (id: string) => { const e = entities.get(id); return e ? actorCode(e) : null; };
  const views: SentenceView[] = [];
  const kinds = blocks.some((b) => b.kind === 'body') ? EVENT_BLOCKS : BODYLESS_BLOCKS;
  doc.layer('sentences').forEach((s, index) => {
    if (!kinds.has(blocks[s.block]?.kind ?? '')) return;
    const inSentence = mentions.slice(firstStartingAt(mentions, s.start), firstStartingAt(mentions, s.end)).filter((m) => m.end <= s.end && eventActor(m, entities));
    // No actor, no event: most sentences stop here, before their tokens are read.
    if (inSentence.length === 0) return;
    const vt = viewTokens(tokens, doc.text, s.start, s.end);
    const before = (m: Mention) => vt.slice(Math.max(0, firstStartingAt(vt, m.start) - 3), firstStartingAt(vt, m.start));
    const spans = actorSpans(vt, inSentence, actorResolver(entities, roles, before)).actors;
    const actors = withCountryWords(vt, spans, codeOf);
    if (actors.length === 0) return;
    views.push({ index, start: s.start, end: s.end, tokens: vt, actors, actorAt: indexActors(vt.length, actors) });
  });
  return views;
}

/** Does the article's title name a call ("Secretary Blinken’s Call with …")? */
function titleCall(doc: Doc): boolean {
  const title = doc.layer('blocks').find((b) => b.kind === 'title');
  return title !== undefined && titleNamesCall(viewTokens(doc.layer('tokens'), doc.text, title.start, title.end));
}

/** The quotes that overlap each view (views and quotes are in text order). */
function quotesByView(views: readonly SentenceView[], quotes: readonly Quote[]): Quote[][] {
  const out = views.map((): Quote[] => []);
  for (const q of quotes) {
    for (let k = Math.max(0, lowerBound(views, q.start + 1, (v) => v.end)); k < views.length && views[k]!.start < q.end; k++) {
      if (views[k]!.end > q.start) out[k]!.push(q);
    }
  }
  return out;
}

/** Words inside a date expression are no verbs ("March 16"). */
function inDates(doc: Doc): (view: SentenceView, token: number) => boolean {
  const dates = doc.layer('dates');
  return (view, token) => {
    const t = view.tokens[token]!;
    const k = firstStartingAt(dates, t.end) - 1;
    return k >= 0 && dates[k]!.start <= t.start && t.end <= dates[k]!.end;
  };
}

/**
 * An event noun inside a verb's dictionary pattern is that verb's event, not one more: "imposed *sanctions*" is
 * the imposition (163), "said it would impose *sanctions*" the threat the verb's draft becomes (1312).
 */
function withoutCoveredNouns(drafts: readonly Draft[]): Draft[] {
  const covers = drafts.flatMap((d) => (d.covers ? [d.covers] : []));
  if (covers.length === 0) return [...drafts];
  return drafts.filter((d) => d.kind !== 'noun' || !covers.some((c) => c.first <= d.trigger.first && d.trigger.last <= c.last));
}

export function findEvents(doc: Doc): Proposal<EventAnnotation>[] {
  const codebooks = defaultCodebooks();
  const entityList = doc.attribute('entities');
  const entities = new Map(entityList.map((e) => [e.id, e]));
  const mentions = [...doc.layer('mentions')].sort((a, b) => a.start - b.start);
  const skip = inDates(doc);

  const views = sentenceViews(doc, mentions, entities);
  const quotesIn = quotesByView(views, doc.layer('quotes'));
  let drafts: Draft[] = [];
  views.forEach((view, k) => {
    // Every view has an actor: a verb or noun event may need no other ("rebels protested"), a quote event's
    // speaker may stand elsewhere.
    const here = quotesIn[k]!;
    const found = [
      ...verbDrafts(view, codebooks, skip),
      ...nounDrafts(view, codebooks),
      ...obligationDrafts(view),
      ...accusationDrafts(view, codebooks),
      ...quoteDrafts({ view, quotes: here, entities, cues: QUOTE_CUES, isActor: canAct }),
    ].sort((a, b) => a.trigger.first - b.trigger.first);
    drafts.push(...withoutCoveredNouns(found));
  });
  drafts = withoutContent(drafts, codebooks);
  drafts = withModality(drafts);
  drafts = withIntents(drafts);
  drafts = withDates(drafts, doc.layer('dates'), doc.attribute('articleDate')?.value ?? null);
  drafts = withSentencePlaces(drafts, entities);
  drafts = withProtestTargets(drafts, codebooks);
  drafts = mergeInSentence(drafts, codebooks);
  drafts = codeSides(drafts, entities);
  drafts = withForcesObstructing(drafts);
  drafts = withoutOfficialRallies(drafts);
  drafts = mergeRestatements(drafts, codebooks);
  drafts = withInheritedPlaces(drafts, datelinePlace(doc, mentions, entities));
  drafts = withModes(drafts, entities, titleCall(doc));
  return drafts.flatMap((d) => toProposal(d, doc, codebooks, entities));
}

/** Civilians of no country ("girls who have escaped", "residents") code no political actor on their own. */
const UNPLACED_CIVILIANS: ReadonlySet<string> = new Set(['~CVL', '~PPL']);
const actorCoded = (code: string | null) => code !== null && !UNPLACED_CIVILIANS.has(code);

/**
 * An event neither side of which has an actor code — people the knowledge base does not know, of no known country
 * and with no title, on both sides or alone ("Richard and Lisa Parry made a drive to the rally", "McArthur pleaded
 * guilty") — is no political event: CAMEO and PLOVER code actors, and PETRARCH drops such sentences. One coded side
 * is enough (an unknown foreign minister met by the Secretary of State is still a meeting), and so is a person the
 * text gives an office ("President Bouteflika" on a date the knowledge base does not cover).
 */
function political(d: Draft, entities: ReadonlyMap<string, Entity>): boolean {
  if (actorCoded(d.codes?.source ?? null) || actorCoded(d.codes?.target ?? null)) return true;
  return [...d.source, ...d.target].some((id) => {
    const e = entities.get(id);
    return e !== undefined && (e.description !== null || e.offices.length > 0);
  });
}

function toProposal(d: Draft, doc: Doc, codebooks: ReturnType<typeof defaultCodebooks>, entities: ReadonlyMap<string, Entity>): Proposal<EventAnnotation>[] {
  const cameo = codebooks.cameo(d.code);
  const plover = ploverOf(codebooks, d.code);
  if (!cameo || !plover || d.source.length === 0 || (d.target.length === 0 && !d.alone) || !political(d, entities)) return [];
  const first = d.view.tokens[d.trigger.first]!;
  const last = d.view.tokens[d.trigger.last - 1]!;
  const start = Math.min(first.start, ...d.spans.map((s) => s.start));
  const end = Math.max(last.end, ...d.spans.map((s) => s.end));
  return [{
    start, end, text: doc.text.slice(start, end), rule: d.rule, score: d.score,
    trigger: { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) },
    plover: { type: plover.type, mode: plover.mode, context: [...plover.context] },
    cameo: { code: cameo.code, root: cameo.root, quad: cameo.quad, goldstein: cameo.goldstein, source: d.codes?.source ?? null, target: d.codes?.target ?? null },
    source: [...d.source], target: [...d.target], date: d.date, place: d.place, modality: d.modality,
    confidence: confidenceOf(d, entities),
  }];
}

export const eventsStage: Stage = {
  name: 'events',
  description: 'codes who did what to whom, when and where (CAMEO and PLOVER) from verbs, event nouns and quotes',
  requires: ['blocks', 'sentences', 'tokens', 'dates', 'mentions', 'entities', 'quotes', 'articleDate'],
  adds: ['events'],
  run(doc) {
    return { layers: { events: findEvents(doc) } };
  },
};
