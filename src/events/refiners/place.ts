/**
 * Where: "in Tokyo", "at Camp David" when the KB knows the place (a GPE
 * entity), "in Anchorage, Alaska" (an unknown town before a known place: the
 * town's name, the known place's country), "a visit to Tokyo" framing the
 * event. Verbal events from quotes get none: a quote says where its words
 * point, not where they were said. Then an event with no place of its own
 * takes the place of an earlier event it continues (same type and date, two
 * participants shared), and, failing that, an event involving the dateline's
 * country takes the dateline's place.
 */
import type { Entity } from '../../doc/attributes.js';
import type { Draft } from '../draft.js';
import { participants } from '../draft.js';
import type { SentenceView } from '../sentence-view.js';
import { CLAUSE_ENDS } from '../words.js';

export type Place = NonNullable<Draft['place']>;

const PLACE_PREPOSITIONS = new Set(['in', 'at']);
const VISIT_NOUNS = new Set(['visit', 'visits', 'trip', 'trips', 'tour']);
/** Longest run of capitalised words taken as an unknown town's name. */
const MAX_TOWN_WORDS = 3;

function placeOf(entity: Entity | undefined): Place | null {
  return entity && entity.type === 'GPE' ? { name: entity.name, country: entity.country, entity: entity.id } : null;
}

/** The place a phrase starting at token `i` (after its preposition) names, if any. */
function placeAt(view: SentenceView, i: number, entities: ReadonlyMap<string, Entity>): Place | null {
  if (view.tokens[i]?.normal === 'the') i++;
  const a = view.actorAt[i] ?? -1;
  if (a >= 0) return view.actors[a]!.first === i && view.actors[a]!.entities.length === 1 ? placeOf(entities.get(view.actors[a]!.entities[0]!)) : null;
  // "Anchorage, Alaska": capitalised words the KB does not know, a comma, then a known place.
  let k = i;
  while (k < view.tokens.length && k - i < MAX_TOWN_WORDS && view.tokens[k]!.pos === 'PROPN' && view.actorAt[k]! < 0) k++;
  if (k === i || view.tokens[k]?.normal !== ',') return null;
  const b = view.actorAt[k + 1] ?? -1;
  const known = b >= 0 && view.actors[b]!.entities.length === 1 ? placeOf(entities.get(view.actors[b]!.entities[0]!)) : null;
  if (!known) return null;
  const name = view.tokens.slice(i, k).map((t) => t.text).join(' ');
  return { name, country: known.country, entity: null };
}

/** The first place phrase of the trigger's clause. */
export function sentencePlace(view: SentenceView, trigger: number, entities: ReadonlyMap<string, Entity>): Place | null {
  let from = trigger;
  while (from > 0 && !CLAUSE_ENDS.has(view.tokens[from - 1]!.normal)) from--;
  for (let i = from; i < view.tokens.length - 1; i++) {
    const w = view.tokens[i]!.normal;
    if (CLAUSE_ENDS.has(w) && i > trigger) break;
    const prep = PLACE_PREPOSITIONS.has(w) || (w === 'to' && VISIT_NOUNS.has(view.tokens[i - 1]?.normal ?? ''));
    if (!prep) continue;
    const place = placeAt(view, i + 1, entities);
    if (place) return place;
  }
  return null;
}

export function withSentencePlaces(drafts: readonly Draft[], entities: ReadonlyMap<string, Entity>): Draft[] {
  return drafts.map((d) => (d.kind === 'quote' ? d : { ...d, place: sentencePlace(d.view, d.trigger.first, entities) }));
}

function sameDate(a: Draft, b: Draft): boolean {
  return a.date?.start === b.date?.start && a.date?.end === b.date?.end;
}

/** Places carried over from earlier events of the same occasion, then from the dateline. */
export function withInheritedPlaces(drafts: readonly Draft[], dateline: Place | null): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (d.place || d.kind === 'quote') {
      out.push(d);
      continue;
    }
    const mine = new Set(participants(d));
    const earlier = out.find((e) => e.place && e.kind !== 'quote' && e.code.slice(0, 2) === d.code.slice(0, 2) && sameDate(e, d)
      && participants(e).filter((p) => mine.has(p)).length >= Math.min(2, mine.size));
    out.push({ ...d, place: earlier?.place ?? null });
  }
  return dateline ? out.map((d) => (d.place || d.kind === 'quote' || d.modality !== 'asserted' || d.date?.from !== 'article' || !d.codes
    || ![d.codes.source, d.codes.target].some((c) => c?.startsWith(dateline.country ?? '\u0000')) ? d : { ...d, place: dateline })) : out;
}
