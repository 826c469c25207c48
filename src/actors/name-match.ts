import type { Person } from '../kb/model.js';
import { normalizeName, osaDistance } from '../kb/normalize.js';

/** One part of a surface that contradicts the record: "John" for Antony, "Mogi" for Motegi. */
export interface WrongPart {
  /** The wrong word(s) as normalised tokens, in surface order. */
  readonly wrong: string;
  readonly right: string;
  readonly part: 'given' | 'family';
  /** 'reading': another reading of the same written name; 'spelling': a near miss; 'different': another name. */
  readonly how: 'reading' | 'spelling' | 'different';
  /** For readings: the native written form the two readings share, and its language. */
  readonly native?: string;
  readonly lang?: string;
}

export interface NameMatch {
  /** 0 when the surface does not name the person at all. */
  readonly score: number;
  /** The surface's family name matched (exactly, by reading or by spelling). */
  readonly familyMatched: boolean;
  readonly wrongParts: readonly WrongPart[];
}

const NO_MATCH: NameMatch = { score: 0, familyMatched: false, wrongParts: [] };

/** Short forms a person is called by; neither is wrong for the other. */
const NICKNAMES: readonly (readonly string[])[] = [
  ['antony', 'anthony', 'tony'], ['joseph', 'joe'], ['william', 'bill', 'will'], ['michael', 'mike'], ['james', 'jim', 'jimmy'],
  ['robert', 'bob', 'rob', 'bobby'], ['richard', 'dick', 'rick'], ['jacob', 'jake'], ['alexander', 'alex', 'sasha'],
  ['elizabeth', 'liz', 'beth'], ['katherine', 'catherine', 'kate', 'cathy'], ['christopher', 'chris'], ['daniel', 'dan'],
  ['thomas', 'tom'], ['nicholas', 'nick'], ['edward', 'ed', 'ted'], ['lloyd', 'lloyd'], ['jonathan', 'jon'], ['samuel', 'sam'],
  ['benjamin', 'ben', 'bibi'], ['charles', 'charlie', 'chuck'], ['margaret', 'maggie', 'meg'], ['john', 'jack'],
  ['donald', 'don'], ['ronald', 'ron'], ['vladimir', 'volodymyr'], ['dmitry', 'dmitri', 'dmitriy'], ['benjamin', 'benny'],
  ['jeffrey', 'jeff'], ['stephen', 'steven', 'steve'], ['matthew', 'matt'], ['andrew', 'andy'], ['patrick', 'pat'],
  ['kenneth', 'ken'], ['gregory', 'greg'], ['timothy', 'tim'], ['zachary', 'zach'], ['nathaniel', 'nate'], ['ned', 'edward'],
];
const NICK_GROUP = new Map<string, number>();
NICKNAMES.forEach((g, i) => g.forEach((n) => NICK_GROUP.set(n, i)));

/** Articles and particles of Arabic, Romance, Dutch and German names: "Al Sisi" is "el-Sisi", "de Pascale" is "Pascale". */
const PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'as', 'ash', 'bin', 'ibn', 'bint', 'de', 'da', 'das', 'dos', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du']);

export function sameGiven(a: string, b: string): boolean {
  if (a === b) return true;
  const ga = NICK_GROUP.get(a);
  return ga !== undefined && ga === NICK_GROUP.get(b);
}

/** Near-miss spellings: one edit in short names, two in long ones. */
export function closeSpelling(a: string, b: string): boolean {
  const limit = Math.max(a.length, b.length) >= 7 ? 2 : 1;
  // Lengths apart by more than the limit cannot be within it: skip the distance.
  if (Math.abs(a.length - b.length) > limit || Math.min(a.length, b.length) < 4) return false;
  if (bagDistance(a, b) > limit) return false;
  return osaDistance(a, b, limit) <= limit;
}

/**
 * A lower bound of any edit distance, from letter counts alone (an edit changes at most one letter in and one
 * out; a transposition none): most pairs of different names fail it in one pass, before the full distance.
 */
function bagDistance(a: string, b: string): number {
  for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) >= 128) return 0;
  for (let i = 0; i < b.length; i++) if (b.charCodeAt(i) >= 128) return 0;
  const bag = new Int32Array(128);
  for (let i = 0; i < a.length; i++) bag[a.charCodeAt(i)]!++;
  for (let i = 0; i < b.length; i++) bag[b.charCodeAt(i)]!--;
  let more = 0;
  let less = 0;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i);
    if (bag[c]! > 0) more += bag[c]!;
    else if (bag[c]! < 0) less -= bag[c]!;
    bag[c] = 0;
  }
  for (let i = 0; i < b.length; i++) {
    const c = b.charCodeAt(i);
    if (bag[c]! < 0) less -= bag[c]!;
    bag[c] = 0;
  }
  return Math.max(more, less);
}

interface PersonParts {
  readonly given: string[];
  readonly family: string;
  readonly familyReadings: { reading: string; native: string; lang: string }[];
  readonly givenReadings: { reading: string; native: string; lang: string }[];
  /** Names the person goes by (labels, aliases, transliterations), normalised. */
  readonly accepted: Set<string>;
  /** The first word of the record's name as a key (whether the family name comes first). */
  readonly nameFirstWord: string;
}

const PARTS = new WeakMap<Person, PersonParts>();

/** Given and family names of a KB person (computed once per person object); East Asian names put the family name first. */
export function personParts(person: Person): PersonParts {
  let parts = PARTS.get(person);
  if (!parts) {
    parts = computeParts(person);
    PARTS.set(person, parts);
  }
  return parts;
}

function computeParts(person: Person): PersonParts {
  const tokens = normalizeName(person.name).split(' ').filter((t) => (t.length > 1 || person.name.length <= 3) && !PARTICLES.has(t));
  const zhKo = person.readings.some((r) => r.lang.startsWith('zh') || r.lang === 'ko');
  const familyFirst = zhKo && tokens.length >= 2;
  const family = (familyFirst ? tokens[0] : tokens[tokens.length - 1]) ?? '';
  const given = familyFirst ? tokens.slice(1) : tokens.slice(0, -1);
  const familyReadings: { reading: string; native: string; lang: string }[] = [];
  const givenReadings: { reading: string; native: string; lang: string }[] = [];
  for (const r of person.readings) {
    for (const f of r.familyReadings) familyReadings.push({ reading: normalizeName(f), native: r.family, lang: r.lang });
    for (const g of r.givenReadings) givenReadings.push({ reading: normalizeName(g), native: r.given, lang: r.lang });
  }
  const accepted = new Set<string>();
  for (const n of person.names) if (n.kind !== 'reading') accepted.add(normalizeName(n.text));
  return { given, family, familyReadings, givenReadings, accepted, nameFirstWord: normalizeName(person.name).split(' ')[0]! };
}

/**
 * How a surface ("John Blinken", "Toshimichi Mogi", "Kan") names a KB person,
 * and which of its parts contradict the record.
 */
export function matchName(surface: string, person: Person, parts: PersonParts = personParts(person)): NameMatch {
  const norm = normalizeName(surface);
  if (!norm) return NO_MATCH;
  if (parts.accepted.has(norm)) return { score: 1, familyMatched: true, wrongParts: [] };
  // Initials ("Antony J. Blinken") say nothing either way.
  const tokens = norm.split(' ').filter((t) => t.length > 1 && !PARTICLES.has(t));
  if (tokens.length === 0) return NO_MATCH;
  const familyOrders = [tokens.length - 1];
  // Family name first only for people whose own name is written so (Wang Yi, Chung Eui-yong).
  if (tokens.length >= 2 && parts.nameFirstWord === parts.family) familyOrders.push(0);
  let best: NameMatch = NO_MATCH;
  for (const fi of familyOrders) {
    const fam = tokens[fi]!;
    const givenTokens = tokens.filter((_, i) => i !== fi);
    const wrong: WrongPart[] = [];
    let score: number;
    if (fam === parts.family) score = 1;
    else {
      const reading = parts.familyReadings.find((r) => r.reading === fam);
      if (reading) {
        // Only Japanese kanji read as other names: Chinese, Korean and Cyrillic "readings" are romanisations
        // of one name (Zelensky, Zelenskyy; Pak, Park), none of them wrong.
        if (reading.lang === 'ja') wrong.push({ wrong: fam, right: parts.family, part: 'family', how: 'reading', native: reading.native, lang: reading.lang });
        score = 0.85;
      } else if (closeSpelling(fam, parts.family)) {
        // Transliterations differ by a letter or two (Garibashvili, Gharibashvili): the same person, not an error to flag.
        score = 0.75;
      } else continue;
    }
    if (givenTokens.length > 0) {
      if (parts.given.length === 0) {
        score *= 0.8;
      } else {
        const g = givenTokens.join(' ');
        const right = parts.given.join(' ');
        // Extra or missing middle names and one-letter transliterations are no contradiction: the first
        // given names agree (Ahmed/Ahmad), or the record's given names all appear (Teodoro Obiang Nguema).
        const first = parts.given[0]!;
        const ok =
          givenTokens.every((t) => parts.given.some((pg) => sameGiven(t, pg))) ||
          sameGiven(givenTokens[0]!, first) || closeSpelling(givenTokens[0]!, first) ||
          parts.given.every((pg) => givenTokens.includes(pg));
        if (!ok) {
          const reading = parts.givenReadings.find((r) => r.reading === g);
          const how = reading ? 'reading' : closeSpelling(g, right) ? 'spelling' : 'different';
          // The native given name, where the record has one, is the evidence an editor can check.
          const native = reading?.native ?? parts.givenReadings[0]?.native;
          // A one-letter difference in a given name is a transliteration (Abdullah, Abdallah), not an error to flag.
          if (how !== 'spelling') wrong.push({ wrong: g, right, part: 'given', how, ...(native ? { native } : {}) });
          score *= how === 'different' ? 0.8 : 0.9;
        }
      }
    } else {
      score *= 0.95;
    }
    if (score > best.score) best = { score, familyMatched: true, wrongParts: wrong };
  }
  return best;
}
