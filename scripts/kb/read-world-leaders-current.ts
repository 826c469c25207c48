import { readFileSync } from 'node:fs';
import type { KbDraft } from './draft.js';
import type { CountryIndex } from './countries.js';

/**
 * world-leaders-current (CC BY-SA 4.0, 2026-08-22): heads of state and government
 * of 30 states and unions with since-dates. Its facts are written to a folder of
 * their own under that licence; see build.ts.
 */
export const WLC_SOURCE = 'world-leaders-current';

interface Holder {
  name_en?: string;
  wikidata_id?: string | null;
  since?: string | null;
}
interface Position {
  title_en?: string;
  current_holder?: Holder | null;
  is_same_as_head_of_state?: boolean;
}
interface Entity {
  snapshot_date?: string;
  country?: { iso_code?: string; name_en?: string };
  positions?: Record<string, Position>;
}

const UNIONS: Readonly<Record<string, string>> = { european_union: 'IGOEUREEC', african_union: 'IGOAFRAU' };

export function readWorldLeadersCurrent(path: string, draft: KbDraft, countries: CountryIndex): void {
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Entity>;
  for (const key of Object.keys(data).sort()) {
    const entity = data[key];
    const where = `countries_current_merged.json:${key}`;
    const iso2 = entity?.country?.iso_code ?? '';
    const country = UNIONS[key] ?? countries.fromIso2(iso2) ?? countries.byLabel(entity?.country?.name_en ?? '');
    if (!country) {
      draft.problems.push(`${where}: unknown country '${iso2}'`);
      continue;
    }
    const hog = entity?.positions?.head_of_government;
    for (const kind of ['head_of_state', 'head_of_government']) {
      const pos = entity?.positions?.[kind];
      const h = pos?.current_holder;
      if (!pos?.title_en || !h?.name_en) continue;
      // "Same as head of state" is sometimes set wrongly (Saudi Arabia's crown prince shown as
      // King); believe it only where the head of government's own title is a head of state's.
      if (kind === 'head_of_state' && hog?.is_same_as_head_of_state && hog.title_en && draft.kindOf(hog.title_en, country) !== 'head_of_state') {
        draft.problems.push(`${where}: head of state given as the head of government under '${hog.title_en}'; not used`);
        continue;
      }
      const known = h.wikidata_id && draft.persons.has(h.wikidata_id) ? h.wikidata_id : draft.findPersonByName(h.name_en);
      const person = known ?? draft.person({ wikidata: h.wikidata_id ?? null, name: h.name_en, source: WLC_SOURCE });
      const post = draft.post({ country, title: pos.title_en });
      // Without a since-date the snapshot only says they held it on the snapshot's day.
      draft.occupancy({ person, post, start: h.since ?? entity?.snapshot_date ?? null, end: null, source: WLC_SOURCE, where });
    }
  }
}
