/**
 * An event's confidence: its rule's score, less where an actor was reached
 * indirectly (pronoun, plural role) or is a generic agent ("police"), or the
 * event is only hypothetical.
 */
import type { Entity } from '../../doc/attributes.js';
import type { Draft } from '../draft.js';

export function confidenceOf(d: Draft, entities: ReadonlyMap<string, Entity>): number {
  let c = d.score;
  if (d.indirect) c -= 0.1;
  if ([...d.source, ...d.target].some((id) => entities.get(id)?.type === 'AGENT')) c -= 0.1;
  if (d.modality === 'hypothetical') c -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0.05, c)) * 100) / 100;
}
