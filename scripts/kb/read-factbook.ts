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
  'confederation', 'swiss', 'federation', 'union', 'commission', 'cabinet', 'ministers', 'assembly', 'affairs',
]);

const FACTBOOK_AS_OF = '2026-01';

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
        const post = draft.post({ country: iso3, title: mainTitle(holder.title, iso3, draft) });
        // The Factbook spells names its own way ("Kasym-Zhomart TOKAYEV"); a holder of the
        // same post with the same family name is the same person.
        const person = draft.findPersonByName(holder.name) ?? draft.holderWithFamilyName(post, holder.family, holder.name) ?? draft.person({ name: holder.name, source: 'factbook' });
        // Without a since-date the Factbook only says they held it in January 2026.
        draft.occupancy({ person, post, start: holder.since ?? FACTBOOK_AS_OF, end: null, source: 'factbook', where });
      }
    }
  });
}

/**
 * "State Affairs Commission President" is the President; "Chairman of the Cabinet of
 * Ministers" stays whole. The longest ending of the title that names a known kind wins.
 */
function mainTitle(title: string, iso3: string, draft: KbDraft): string {
  // A crown prince is not a prince who reigns.
  if (draft.kindOf(title, iso3) !== 'other' || /\bcrown\b/i.test(title)) return title;
  const words = title.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const tail = words.slice(words.length - k).join(' ');
    if (draft.kindOf(tail, iso3) !== 'other') return tail;
  }
  return title;
}

export interface FactbookHolder {
  title: string;
  name: string;
  since: string | null;
  /** The word(s) in capitals: the family name. */
  family: string;
}

// Ranks and honorifics that stand between a title and a name ("President Capt. Ibrahim TRAORE").
const RANKS = new Set(['gen.', 'gen', 'col.', 'col', 'capt.', 'capt', 'lt.', 'lt', 'maj.', 'maj', 'brig.', 'brig', 'dr.', 'dr', 'general', 'colonel', 'captain', 'lieutenant', 'major', 'marshal', 'field', 'sheikh', 'shaykh', 'mr.', 'mrs.', 'ms.', 'sr.', 'sir']);
// Lower-case parts of names ("Muhammad bin Abd al-Rahman AL THANI").
const PARTICLES = new Set(['bin', 'bint', 'ibn', 'abu', 'al', 'el', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'y', 'e']);

/** Each "Title Name (since date)" in a field; notes and representatives are skipped. */
export function parseHolders(field: string): FactbookHolder[] {
  const out: FactbookHolder[] = [];
  const body = field.split(/;\s*note\b|\bnote -|\brepresented by\b/i)[0] ?? '';
  for (const segment of body.split(';')) {
    const open = segment.indexOf('(since');
    if (open < 0) continue;
    const close = segment.indexOf(')', open);
    const sinceText = segment.slice(open + 6, close < 0 ? undefined : close).trim();
    const words = dropParentheses(segment.slice(0, open)).split(/\s+/).filter(Boolean);
    const caps = words.findIndex(isCaps);
    if (caps < 0) continue;
    let end = caps + 1;
    while (end < words.length && isNamePart(words[end] ?? '')) end++;
    let start = caps;
    // Back over the given names, but not into "… of China" (a title's own object).
    while (
      start > 0 && isNamePart(words[start - 1] ?? '') && !TITLE_WORDS.has((words[start - 1] ?? '').toLowerCase()) &&
      !['of', 'the'].includes((words[start - 2] ?? '').toLowerCase())
    ) start--;
    const nameWords = words.slice(start, end).filter((w) => !RANKS.has(w.toLowerCase()));
    const titleWords = words.slice(0, start).filter((w) => !RANKS.has(w.toLowerCase()));
    if (nameWords.length === 0 || titleWords.length === 0) continue;
    // A regnal number ("CHARLES III") stays in capitals, but not a first word ("XI Jinping").
    const numeral = (w: string, i: number): boolean => i > 0 && /^[IVX]+$/.test(w);
    const name = nameWords.map((w, i) => (isCaps(w) && !numeral(w, i) ? titleCaseWord(w) : w)).join(' ').replace(/,$/, '');
    const family = nameWords.filter((w, i) => isCaps(w) && !numeral(w, i)).map(titleCaseWord).join(' ');
    const since = parseEnglishDate(sinceText)?.date ?? null;
    // "Prime Minister and Foreign Minister …" holds both posts.
    for (const title of titleWords.join(' ').split(/ and /)) {
      const t = title.trim();
      if (t) out.push({ title: t, name, since, family });
    }
  }
  return out;
}

function dropParentheses(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

function isNamePart(word: string): boolean {
  if (isCaps(word)) return true;
  const lower = word.toLowerCase();
  if (TITLE_WORDS.has(lower) || RANKS.has(lower)) return RANKS.has(lower);
  return /^\p{Lu}/u.test(word) || PARTICLES.has(lower) || /^(al|el)-/.test(word);
}

/** A family name in capitals, also when only its first part is ("SASSOU-Nguesso"). */
function isCaps(word: string): boolean {
  const letters = (word.split('-')[0] ?? '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
