/** Where an article's entity leads: its actor page when the store knows it by Wikidata id, else the actor list searched by name. */
import type { Entity } from '../../api/analysis.js';
import { href } from '../../lib/router.js';

export function actorHref(entity: Entity): string {
  return entity.wikidata ? href(['actors', entity.wikidata]) : href(['actors'], { actor: entity.name });
}

export const TYPE_LABELS: Record<string, string> = {
  PERSON: 'person', ORG: 'organisation', GPE: 'country or city', LOC: 'place', AGENT: 'agent', NORP: 'group',
};

export function typeClass(type: string): string {
  return `t-${type.toLowerCase().replace(/[^a-z]/g, '')}`;
}
