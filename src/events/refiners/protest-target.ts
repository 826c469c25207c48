/**
 * A protest with no one named as its target is aimed at the country where it
 * happens: "US and British activists staged a protest in Beijing" → USAOPP→CHN,
 * GBROPP→CHN, as the PETRARCH2 gold codes it (a demonstration addresses the
 * authorities of the place; CAMEO 14's target is "the actor protested
 * against"). Only a known place (a GPE entity, a city standing for its country)
 * in the trigger's clause counts; a place that is the protesters' own entity
 * does not.
 */
import type { Codebooks } from '../../codebooks/index.js';
import type { Draft } from '../draft.js';
import { ploverOf } from '../plover-map.js';

export function withProtestTargets(drafts: readonly Draft[], codebooks: Codebooks): Draft[] {
  return drafts.map((d) => {
    const place = d.place?.entity;
    if (!place || d.target.length > 0 || d.kind === 'quote' || d.source.includes(place) || ploverOf(codebooks, d.code)?.type !== 'PROTEST') return d;
    return { ...d, target: [place] };
  });
}
