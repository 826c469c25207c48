import { doubleMetaphone } from 'double-metaphone';
import type { KnowledgeBase } from './knowledge-base.js';
import type { SearchCandidate } from './model.js';
import { normalizeName, osaDistance } from './normalize.js';
import type { Layer } from './store/layer.js';
import { termCovers } from './dates.js';

export interface SearchOptions {
  /** Prefer people who held office in this country (ISO3 or a name). */
  readonly country?: string;
  /** Prefer people in office on this day; offices listed are those on the day. */
  readonly date?: string;
  readonly limit?: number;
  /** Candidates scoring below this are dropped (default 0.6). */
  readonly minScore?: number;
}

/** Candidates considered per query at most, so a common token ("Li", "Kim") stays fast. */
const MAX_CANDIDATES = 120;

/**
 * Finds people by name, tolerant of spelling (edit distance with transpositions),
 * accents (normalised keys), romanisation (stored readings and transliterations)
 * and sound (Double Metaphone of each name token).
 */
export function searchPersons(kb: KnowledgeBase, layers: readonly Layer[], query: string, options: SearchOptions = {}): SearchCandidate[] {
  const qNorm = normalizeName(query);
  if (!qNorm) return [];
  const qTokens = qNorm.split(' ');
  const hits = new Map<string, number>();
  const bump = (id: string, by: number): void => {
    hits.set(id, (hits.get(id) ?? 0) + by);
  };
  // Rare tokens weigh more: "Blinken" narrows the field far more than "John".
  for (const l of layers) {
    for (const r of l.namesByNorm(qNorm)) bump(r.person_id, 100);
    // "茂木 敏充" and "Xi Jin-ping": the same name with its words broken differently.
    if (qTokens.length > 1) for (const r of l.namesByNorm(qTokens.join(''))) bump(r.person_id, 100);
    for (const t of qTokens) {
      if (t.length < 2) continue;
      const exact = l.personsByToken(t);
      for (const id of exact) bump(id, 10 / (1 + Math.log(1 + exact.length)));
      const [code] = doubleMetaphone(t);
      if (!code) continue;
      const similar = l.personsByPhonetic(code);
      for (const r of similar) bump(r.person_id, 4 / (1 + Math.log(1 + similar.length)));
    }
  }
  const ids = [...hits.entries()].sort((a, b) => b[1] - a[1]).slice(0, MAX_CANDIDATES).map(([id]) => id);
  const country = options.country ? kb.countryCode(options.country) : null;
  const phonetic = memoPhonetic();
  // Names first (cheap), offices only for the best few.
  const scored: { id: string; score: number; matched: string; kind: SearchCandidate['matchKind'] }[] = [];
  const bestById = new Map<string, { id: string; score: number; matched: string; kind: SearchCandidate['matchKind'] }>();
  for (const l of layers) {
    for (const n of l.namesOfMany(ids)) {
      const viaReading = n.kind === 'reading' || n.kind === 'transliteration';
      const s = scoreName(qTokens, qNorm, n.norm, phonetic);
      // A reading of the native name is a weaker witness than a name the person goes by.
      if (viaReading) s.score *= 0.95;
      const old = bestById.get(n.person_id);
      if (s.score > 0 && (!old || s.score > old.score)) {
        bestById.set(n.person_id, { id: n.person_id, score: s.score, matched: n.text, kind: viaReading && s.kind !== 'fuzzy' ? 'reading' : s.kind });
      }
    }
  }
  scored.push(...bestById.values());
  scored.sort((a, b) => b.score - a.score);
  const limit = options.limit ?? 10;
  const out: SearchCandidate[] = [];
  // Country and date move a score by at most 0.15, so a candidate further behind the best cannot overtake it.
  const floor = (scored[0]?.score ?? 0) - 0.16;
  const contenders = scored.filter((c, i) => i < limit || c.score >= floor).slice(0, Math.max(limit * 2, 20));
  for (const c of contenders) {
    const person = kb.personById(c.id);
    if (!person) continue;
    let score = c.score;
    // The country counts whenever they served it; the date only for offices held on it.
    const everOffices = kb.officesOf(person.id);
    let offices = options.date ? everOffices.filter((o) => termCovers(o.start, o.end, options.date as string)) : everOffices;
    if (country) {
      const inCountry = everOffices.some((o) => o.country === country);
      score = inCountry ? Math.min(1, score + 0.05) : score - 0.1;
      if (inCountry) offices = offices.filter((o) => o.country === country);
    }
    if (options.date) score = offices.length > 0 ? Math.min(1, score + 0.05) : score - 0.05;
    out.push({ person, score: round(score), matched: c.matched, matchKind: c.kind, offices });
  }
  const min = options.minScore ?? 0.6;
  return out
    .filter((c) => c.score >= min)
    .sort((a, b) => b.score - a.score || b.offices.length - a.offices.length || Number(!!b.person.wikidata) - Number(!!a.person.wikidata) || a.person.id.localeCompare(b.person.id))
    .slice(0, limit);
}

/**
 * How well a query matches one name. Each query token is paired with its best name
 * token (exact 1, sound-alike 0.85, else edit similarity); a query that names only
 * part of the name ("Blinken") scores a little lower than the whole name.
 */
export function scoreName(
  qTokens: readonly string[],
  qNorm: string,
  nNorm: string,
  codeOf: (token: string) => string = primaryCode,
): { score: number; kind: SearchCandidate['matchKind'] } {
  if (!nNorm) return { score: 0, kind: 'fuzzy' };
  if (qNorm === nNorm) return { score: 1, kind: 'exact' };
  // "Xi Jin-ping" and "Xi Jinping" differ only in where the words break.
  if (qNorm.replace(/ /g, '') === nNorm.replace(/ /g, '')) return { score: 0.98, kind: 'exact' };
  const nTokens = nNorm.split(' ');
  let total = 0;
  let exact = 0;
  let phonetic = 0;
  const used = new Set<number>();
  let lastScore = 0;
  for (let qi = 0; qi < qTokens.length; qi++) {
    const q = qTokens[qi] ?? '';
    let bestScore = 0;
    let bestIdx = -1;
    let bestKind: 'exact' | 'phonetic' | 'fuzzy' = 'fuzzy';
    for (let i = 0; i < nTokens.length; i++) {
      const n = nTokens[i] ?? '';
      if (used.has(i)) continue;
      let s: number;
      let k: 'exact' | 'phonetic' | 'fuzzy' = 'fuzzy';
      if (q === n) {
        s = 1;
        k = 'exact';
      } else {
        const maxLen = Math.max(q.length, n.length);
        const d = osaDistance(q, n, 3);
        s = d > 3 ? 0 : 1 - d / maxLen;
        if (s < 0.85 && q.length >= 3 && n.length >= 3) {
          const qa = codeOf(q);
          if (qa && qa === codeOf(n)) {
            s = 0.85;
            k = 'phonetic';
          }
        }
      }
      if (s > bestScore) {
        bestScore = s;
        bestIdx = i;
        bestKind = k;
      }
    }
    if (bestIdx >= 0) used.add(bestIdx);
    if (qi === qTokens.length - 1) lastScore = bestScore;
    if (bestKind === 'exact') exact++;
    else if (bestKind === 'phonetic') phonetic++;
    total += bestScore;
  }
  // The last token is usually the family name, the part an article gets right most often.
  const tokenScore = qTokens.length > 1 ? (total + lastScore) / (qTokens.length + 1) : total / qTokens.length;
  const coverage = Math.min(1, qTokens.length / nTokens.length);
  const score = tokenScore * (0.88 + 0.12 * coverage);
  const kind: SearchCandidate['matchKind'] = exact === qTokens.length ? 'token' : phonetic > 0 && exact + phonetic === qTokens.length ? 'phonetic' : 'fuzzy';
  return { score, kind };
}

function primaryCode(token: string): string {
  return doubleMetaphone(token)[0];
}

/** Double Metaphone codes remembered for one query (the same tokens recur across candidates). */
function memoPhonetic(): (token: string) => string {
  const memo = new Map<string, string>();
  return (token) => {
    let code = memo.get(token);
    if (code === undefined) {
      code = primaryCode(token);
      memo.set(token, code);
    }
    return code;
  };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
