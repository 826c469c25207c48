/**
 * Which mentions are actors of events, and for which entities. Demonyms
 * ("Chinese" in "the Chinese Communist threat") modify rather than act;
 * regions with no country or code (the Indo-Pacific) cannot be coded; caption
 * mentions are not in the body.
 */
import type { Entity } from '../doc/attributes.js';
import type { Mention } from '../doc/layers.js';
import { resolvePluralRole, type PluralRoleContext } from './plural-roles.js';
import type { ActorResolver, ViewToken } from './sentence-view.js';

/** The CAMEO actor code of an entity: its own, else its country's (a city stands for its country). */
export function actorCode(e: Entity): string | null {
  return e.cameo ?? e.country ?? null;
}

/**
 * Can the entity act in events? Anything coded but a bare location; and a person even without a code: a
 * named person the KB does not know (or could not link) still meets, calls and protests, and the event
 * names them by entity while its actor code stays null.
 */
export function canAct(e: Entity): boolean {
  return e.type !== 'LOC' && (actorCode(e) !== null || e.type === 'PERSON');
}

/**
 * The mention's entity when the mention can be an actor of events, else undefined. A demonym passes here
 * only to be judged in its noun phrase (country-words.ts): it acts for its country before "officials", not
 * in "the Chinese Communist threat".
 */
export function eventActor(m: Mention, entities: ReadonlyMap<string, Entity>): Entity | undefined {
  if (m.caption || m.entity === null) return undefined;
  const e = entities.get(m.entity);
  if (!e || !canAct(e)) return undefined;
  return m.kind !== 'demonym' || actorCode(e) !== null ? e : undefined;
}

export function actorResolver(entities: ReadonlyMap<string, Entity>, roles: PluralRoleContext, tokensBefore: (m: Mention) => readonly ViewToken[]): ActorResolver {
  return (m) => {
    const e = eventActor(m, entities);
    if (!e) return null;
    if (m.kind === 'agent' && e.type === 'AGENT') {
      const people = resolvePluralRole(m, tokensBefore(m), roles);
      if (people) return { entities: people, indirect: true };
    }
    return { entities: [e.id], indirect: m.kind === 'pronoun' };
  };
}
