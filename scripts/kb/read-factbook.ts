import { readFileSync } from 'node:fs';
import { csvRecords } from './csv.js';
import type { KbDraft } from './draft.js';
import type { CountryIndex } from './countries.js';
import { parseEnglishDate } from '../../src/kb/dates.js';
import { titleCaseWord } from '../../src/kb/normalize.js';

/**
 * The CIA World Factbook's executive branch (Jan 2026): "President Donald J. TRUMP
 * (since 20 January 2025)". The family name is in capitals; the title is the run
 * of title words before the name.
 */
const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'premier', 'chancellor', 'federal', 'king', 'queen', 'emperor', 'sultan', 'emir',
  'amir', 'grand', 'duke', 'prince', 'supreme', 'leader', 'chief', 'executive', 'head', 'of', 'state', 'government',
  'the', 'council', 'chairman', 'chairperson', 'sovereign', 'co-prince', 'taoiseach', 'interim', 'acting',
  'transitional', 'captain', 'regent', 'sheikh', 'shaykh', 'governor', 'general', 'chair', 'presidential', 'pope',
  'his', 'her', 'majesty', 'highness', 'holiness', 'crown', 'monarch', 'prime-minister', 'premier,', 'republic',
]);

export function readFactbook(path: string, draft: KbDraft, countries: CountryIndex): void {
  csvRecords(readFileSync(path, 'utf8')).forEach((r, i) => {
    const where = `executive_branch.csv:${i + 2}`;
    const iso3 = countries.byLabel(r.country_short ?? '');
    if (!iso3) {
      draft.problems.push(`${where}: unknown country '${r.country_short}'`);
      return;
    }
    for (const field of [r.chief_of_state ?? '', r.head_of_government ?? '']) {
      for (const holder of parseHolders(field)) {
        const post = draft.post({ country: iso3, title: holder.title });
        // The Factbook spells names its own way ("Kasym-Zhomart TOKAYEV"); a holder of the
        // same post with the same family name is the same person.
        const person = draft.findPersonByName(holder.name) ?? draft.holderWithFamilyName(post, holder.family) ?? draft.person({ name: holder.name, source: 'factbook' });
        draft.occupancy({ person, post, start: holder.since, end: null, source: 'factbook', where });
      }
    }
  });
}

export interface FactbookHolder {
  title: string;
  name: string;
  since: string | null;
  /** The word(s) in capitals: the family name. */
  family: string;
}

/** Each "Title Name (since date)" in a field; notes and representatives are skipped. */
export function parseHolders(field: string): FactbookHolder[] {
  const out: FactbookHolder[] = [];
  const body = field.split(/;\s*note\b|\bnote -|\brepresented by\b/i)[0] ?? '';
  for (const segment of body.split(/;|\band\b(?=\s+(?:Vice|First|Deputy|Prime|President))/)) {
    const open = segment.indexOf('(since');
    if (open < 0) continue;
    const close = segment.indexOf(')', open);
    const sinceText = segment.slice(open + 6, close < 0 ? undefined : close).trim();
    const words = segment.slice(0, open).trim().split(/\s+/).filter(Boolean);
    let t = 0;
    while (t < words.length && TITLE_WORDS.has((words[t] ?? '').toLowerCase()) && !isCaps(words[t] ?? '')) t++;
    const title = words.slice(0, t).join(' ');
    const nameWords = words.slice(t);
    if (!title || nameWords.length === 0 || !nameWords.some(isCaps)) continue;
    const name = nameWords.map((w) => (isCaps(w) ? titleCaseWord(w) : w)).join(' ').replace(/,$/, '');
    const family = nameWords.filter(isCaps).map(titleCaseWord).join(' ');
    out.push({ title, name, since: parseEnglishDate(sinceText)?.date ?? null, family });
  }
  return out;
}

function isCaps(word: string): boolean {
  return word.length >= 2 && /\p{Lu}/u.test(word) && word === word.toUpperCase() && /\p{L}/u.test(word);
}
