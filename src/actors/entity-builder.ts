import type { EntityType } from '../doc/layers.js';
import type { Holder, Person } from '../kb/model.js';
import type { Candidate } from './candidates/types.js';
import type { WrongPart } from './name-match.js';

/** A mention as the linker resolved it. */
export interface ResolvedMention {
  readonly candidate: Candidate;
  /** Wrong parts of this mention's name against the entity's record. */
  readonly wrongParts: readonly WrongPart[];
}

/** An entity while the article is being read: mentions gather here before it is written out. */
export interface EntityDraft {
  readonly key: string;
  type: EntityType;
  name: string;
  kbId: string | null;
  wikidata: string | null;
  person: Person | null;
  /** The office that linked the entity (a titled mention on the article's date). */
  holder: Holder | null;
  country: string | null;
  sector: string | null;
  cameo: string | null;
  description: string | null;
  link: { rule: string; score: number };
  readonly mentions: ResolvedMention[];
}

export function newDraft(key: string, type: EntityType, name: string, link: { rule: string; score: number }): EntityDraft {
  return {
    key, type, name, kbId: null, wikidata: null, person: null, holder: null, country: null, sector: null, cameo: null,
    description: null, link, mentions: [],
  };
}

/** How much a post matters when two people share a surname ("Biden": the President before the First Lady). */
export const KIND_RANK: Readonly<Record<string, number>> = {
  head_of_state: 0, head_of_government: 1, foreign: 2, defence: 3, national_security: 4, finance: 5, interior: 6,
  justice: 7, deputy_head_of_state: 8, deputy_head_of_government: 9, legislature: 10, judiciary: 11, other: 12,
};
