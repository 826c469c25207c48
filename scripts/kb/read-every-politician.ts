import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvRecords } from './csv.js';
import type { KbDraft } from './draft.js';
import type { CountryIndex } from './countries.js';

/** every-politician holders (39 countries, mid-2022 snapshots): position,person,personID,start,end. */
export function readHolders(dir: string, draft: KbDraft): void {
  const files = readdirSync(dir).filter((f) => /^[A-Z]{3}\.csv$/.test(f)).sort();
  for (const file of files) {
    const iso3 = file.slice(0, 3);
    const positionIds = positionQids(join(dir, 'extra', `${iso3}__wikidata_wanted-positions.csv`));
    const rows = csvRecords(readFileSync(join(dir, file), 'utf8'));
    rows.forEach((r, i) => {
      const title = r.position ?? '';
      const name = r.person ?? '';
      if (!title || !name) {
        draft.problems.push(`${file}:${i + 2}: row without position or person`);
        return;
      }
      const person = draft.person({ wikidata: r.personID, name, source: 'ep-holders' });
      const post = draft.post({ country: iso3, title, wikidata: positionIds.get(title) ?? null });
      draft.occupancy({ person, post, start: r.start, end: r.end, source: 'ep-holders', where: `${file}:${i + 2}` });
    });
  }
}

function positionQids(path: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(path)) return out;
  for (const r of csvRecords(readFileSync(path, 'utf8'))) if (r.title && r.position) out.set(r.title, r.position);
  return out;
}

/** Heads of state and government of 205 states (Wikidata P1313/P1906), year precision. */
export function readWorldLeaders2021(path: string, draft: KbDraft, countries: CountryIndex): void {
  csvRecords(readFileSync(path, 'utf8')).forEach((r, i) => {
    const where = `world-leaders-2021__wikidata.csv:${i + 2}`;
    const iso3 = countries.byLabel(r.country ?? '');
    if (!iso3) {
      draft.problems.push(`${where}: unknown country '${r.country}'`);
      return;
    }
    if (!r.officeholderLabel || !r.positionLabel) return;
    const person = draft.person({ wikidata: r.officeholder, name: r.officeholderLabel, source: 'ep-world-leaders-2021' });
    const post = draft.post({ country: iso3, title: r.positionLabel, wikidata: r.position });
    draft.occupancy({ person, post, start: r.start_year, end: r.end_year, source: 'ep-world-leaders-2021', where });
  });
}

/** Foreign ministers of 213 states as of Dec 2022 (start only). */
export function readForeignMinisters(path: string, draft: KbDraft, countries: CountryIndex): void {
  csvRecords(readFileSync(path, 'utf8')).forEach((r, i) => {
    const where = `world__foreign_ministers_wikidata.csv:${i + 2}`;
    if (!r.person || !r.name) return;
    const iso3 = countries.byLabel(r.countryLabel ?? '');
    if (!iso3) {
      draft.problems.push(`${where}: unknown country '${r.countryLabel}'`);
      return;
    }
    const person = draft.person({ wikidata: r.person, name: r.name, source: 'ep-foreign-ministers' });
    // Titles vary ("Minister of External Relations"); all of them are the foreign post.
    const title = /foreign|external/i.test(r.positionLabel ?? '') ? r.positionLabel ?? 'Minister of Foreign Affairs' : 'Minister of Foreign Affairs';
    const post = draft.post({ country: iso3, title, wikidata: r.position });
    draft.occupancy({ person, post, start: r.start, end: null, source: 'ep-foreign-ministers', where });
  });
}

/** The organisation a post belongs to, as a CAMEO IGO code. */
const ORG_OF_TITLE: ReadonlyArray<[RegExp, string]> = [
  [/International Court of Justice/i, 'IGOUNOJUDICJ'],
  [/World Trade Organization/i, 'IGOWTO'],
  [/OSCE/i, 'IGOEUROSC'],
  [/Arab Parliament/i, 'IGOARBARL'],
  [/Council of Europe/i, 'IGOEURCOE'],
  [/United Nations/i, 'IGOUNO'],
];

/** Holders of posts in international organisations (UN Secretary-General, …). */
export function readIntlOrgs(path: string, draft: KbDraft): void {
  csvRecords(readFileSync(path, 'utf8')).forEach((r, i) => {
    const where = `world__intl_orgs_holders21.csv:${i + 2}`;
    const title = r.position ?? '';
    const org = ORG_OF_TITLE.find(([re]) => re.test(title))?.[1];
    if (!org || !r.person) {
      draft.problems.push(`${where}: no organisation known for '${title}'`);
      return;
    }
    const person = draft.person({ wikidata: r.personID, name: r.person, source: 'ep-intl-orgs' });
    const post = draft.post({ country: org, title });
    draft.occupancy({ person, post, start: r.start, end: r.end, source: 'ep-intl-orgs', where });
  });
}
