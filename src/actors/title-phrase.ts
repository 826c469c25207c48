import { COMPLEMENT_WORDS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS, WEAK_HEADS } from './title-words.js';
import { isCapitalised, type TokenInfo } from './token-view.js';

export interface TitleLookups {
  /** ISO3 of a country named, adjectivised or stood for by the text ("U.S.", "Japanese", "White House"), else null. */
  countryOf(text: string, norm: string): string | null;
  /** Whether any country or seat of power can start with this word: lets most tokens skip the look-up. */
  startsName?(word: string): boolean;
  /** Whether the gazetteer holds this key at all: a miss skips joining the words for countryOf. */
  knows?(norm: string): boolean;
}

export interface TitlePhrase {
  /** Token index range [start, end) of the whole title, country prefix included. */
  readonly titleStart: number;
  readonly titleEnd: number;
  /** The country the title names ("U.S.", "Japanese", "of France"), or null for a bare title. */
  readonly country: string | null;
  /** Each office in the title ("State Councilor", "Foreign Minister"), as written. */
  readonly offices: readonly string[];
  /** Token range [start, end) of the name after the title, or null for a title-only mention. */
  readonly name: { readonly start: number; readonly end: number } | null;
  /** Preceded by "the": a title-only mention such as "the foreign minister". */
  readonly definite: boolean;
  readonly plural: boolean;
  /** Only a courtesy title (Mr., Dr.): names no office. */
  readonly honorificOnly: boolean;
}

const NAME_PARTICLES = new Set(['bin', 'bint', 'ibn', 'al', 'al-', 'el', 'abu', 'de', 'da', 'das', 'dos', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'mac', 'y']);
const PLURAL_HEADS = new Set(['ministers', 'secretaries', 'presidents', 'premiers', 'ambassadors', 'envoys', 'senators', 'leaders', 'diplomats', 'lawmakers', 'officials', 'legislators']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

export function isTitleWord(t: TokenInfo): boolean {
  return TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower);
}

/** A name token: capitalised, not a title word, not a function word; initials allowed. Computed once per token. */
export function isNameToken(t: TokenInfo): boolean {
  return t.nameLike;
}

/** Tokens [i, end) of a personal name starting at i (up to 4 words, particles and hyphens inside), or i if none. */
export function nameEnd(tokens: readonly TokenInfo[], i: number, limit: number): number {
  let j = i;
  let words = 0;
  while (j < limit && words < 5) {
    const t = tokens[j]!;
    if (isNameToken(t)) {
      j++;
      words++;
      continue;
    }
    // "Jean-Yves", "Chung-tai": a hyphen glued on both sides joins the parts of one name, whatever their case.
    if ((t.value === '-' || t.value === '‐') && j > i && !t.spaceBefore && j + 1 < limit && !tokens[j + 1]!.spaceBefore && /^\p{L}+$/u.test(tokens[j + 1]!.value)) {
      j += 2;
      continue;
    }
    if (NAME_PARTICLES.has(t.lower) && j > i && j + 1 < limit && isNameToken(tokens[j + 1]!)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/** Longest country prefix at i (up to 3 tokens, maybe with a possessive), as [end, iso3]. */
function countryPrefix(tokens: readonly TokenInfo[], i: number, limit: number, lookups: TitleLookups): [number, string] | null {
  const first = tokens[i]!;
  if (!isCapitalised(first.value) || (lookups.startsName && !lookups.startsName(first.norm))) return null;
  for (let n = Math.min(3, limit - i); n >= 1; n--) {
    const last = tokens[i + n - 1]!;
    // A title word alone ("State", "National") is never the country.
    if (!isCapitalised(last.value) || (n === 1 && isTitleWord(first))) continue;
    let norm = '';
    for (let k = i; k < i + n; k++) if (tokens[k]!.norm) norm = norm ? `${norm} ${tokens[k]!.norm}` : tokens[k]!.norm;
    if (!norm || (lookups.knows && !lookups.knows(norm))) continue;
    const iso = lookups.countryOf(tokens.slice(i, i + n).map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.value).join(''), norm);
    if (!iso) continue;
    let end = i + n;
    if (end < limit && POSSESSIVE.has(tokens[end]!.value)) end++;
    return [end, iso];
  }
  return null;
}

/** One office: modifiers then a head, maybe "of/for" and complement words. Returns its end, or i. */
function officeEnd(tokens: readonly TokenInfo[], i: number, limit: number): { end: number; head: string | null } {
  let j = i;
  let head: string | null = null;
  let lastHeadEnd = i;
  while (j < limit && isTitleWord(tokens[j]!) && !HONORIFICS.has(tokens[j]!.lower)) {
    if (TITLE_HEADS.has(tokens[j]!.lower)) {
      head = tokens[j]!.lower;
      lastHeadEnd = j + 1;
    }
    j++;
  }
  if (!head) return { end: i, head: null };
  j = lastHeadEnd;
  // "Secretary of State", "Minister for Foreign Affairs", "Secretary-General of the United Nations" (complement words only).
  const prep = tokens[j];
  if (prep && (prep.lower === 'of' || prep.lower === 'for')) {
    let k = j + 1;
    while (k < limit && COMPLEMENT_WORDS.has(tokens[k]!.lower) && k - j <= 4) k++;
    // A complement ends on a content word, not on "the" or "and".
    while (k > j + 1 && (tokens[k - 1]!.lower === 'the' || tokens[k - 1]!.lower === 'and')) k--;
    if (k > j + 1) j = k;
  }
  return { end: j, head };
}

/**
 * A title phrase at token i: "[the] [Japanese|U.S.|White House] Foreign Minister [and …] [Name]".
 * Returns null when no office title starts here.
 */
export function parseTitlePhrase(tokens: readonly TokenInfo[], i: number, limit: number, lookups: TitleLookups): TitlePhrase | null {
  let j = i;
  let definite = false;
  if (tokens[j]?.lower === 'the') {
    definite = true;
    j++;
  }
  const titleStart = definite ? j : i;
  let country: string | null = null;
  const prefix = j < limit ? countryPrefix(tokens, j, limit, lookups) : null;
  if (prefix) {
    [j, country] = [prefix[0], prefix[1]];
  }
  const offices: string[] = [];
  let heads: string[] = [];
  let honorificOnly = false;
  if (j < limit && HONORIFICS.has(tokens[j]!.lower)) {
    honorificOnly = true;
    j++;
  } else {
    for (;;) {
      const { end, head } = officeEnd(tokens, j, limit);
      if (!head) break;
      offices.push(tokens.slice(j, end).map((t, k) => (k > 0 && t.spaceBefore ? ' ' : '') + t.value).join(''));
      heads.push(head);
      j = end;
      // "State Councilor and Foreign Minister", "President and CEO"
      const conj = tokens[j];
      if (conj && (conj.lower === 'and' || conj.value === ',') && j + 1 < limit && isTitleWord(tokens[j + 1]!)) {
        j++;
        continue;
      }
      break;
    }
    if (offices.length === 0) return null;
  }
  // "President of France": a country after the office.
  if (!country && j + 1 < limit && tokens[j]!.lower === 'of') {
    const after = countryPrefix(tokens, j + 1, limit, lookups);
    if (after) [j, country] = [after[0], after[1]];
  }
  const titleEnd = j;
  // "Iraqi Foreign Minister Dr. Fuad Hussein": a courtesy title between office and name belongs to neither.
  if (offices.length > 0 && j + 1 < limit && HONORIFICS.has(tokens[j]!.lower) && isNameToken(tokens[j + 1]!)) j++;
  const end = nameEnd(tokens, j, limit);
  const name = end > j ? { start: j, end } : null;
  const plural = heads.some((h) => PLURAL_HEADS.has(h));
  if (!name) {
    // Without a name a title must be definite or carry its country, name a single office and be more than a weak head alone.
    if (honorificOnly || plural) return null;
    if (!definite && !country) return null;
    if (offices.length === 1 && WEAK_HEADS.has(offices[0]!.toLowerCase()) && !country) return null;
  }
  if (name && !honorificOnly) {
    // Before a name, an office title is capitalised ("Prime Minister Kan"), or lower-case after "former", "then-".
    const firstOffice = tokens[prefix ? prefix[0] : titleStart]!;
    if (!isCapitalised(firstOffice.value) && !['former', 'then', 'acting', 'late'].includes(firstOffice.lower)) return null;
  }
  return { titleStart, titleEnd, country, offices, name, definite, plural, honorificOnly };
}
