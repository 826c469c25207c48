import type { Analyzer } from '../../src/analyze.js';
import type { AnalysisDocument, EntityOutput } from '../../src/output/document.js';
import { findCounterparts, fold, nameWords, type Counterpart } from './counterparts.js';
import { analyseRelease, analysedCorpus, releaseId, type Release } from './state-dept.js';
import { table } from './table.js';

type Outcome = 'linked, country right' | 'linked, other country' | 'person not in KB' | 'not a person' | 'no mention';
const OUTCOMES: readonly Outcome[] = ['linked, country right', 'linked, other country', 'person not in KB', 'not a person', 'no mention'];

interface Scored {
  readonly release: Release;
  readonly out: AnalysisDocument;
  readonly cp: Counterpart;
  readonly outcome: Outcome;
  readonly entity: EntityOutput | null;
  /** The linked person's name shares a word with the name in the text (catches a right-country wrong person). */
  readonly nameAgrees: boolean;
}

const pct = (n: number, d: number) => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/** The entity whose mention covers most of the span, with that mention. */
function entityAt(out: AnalysisDocument, span: { start: number; end: number }): EntityOutput | null {
  let best: EntityOutput | null = null;
  let most = 0;
  for (const e of out.entities) {
    for (const m of e.mentions) {
      const o = overlap(m, span);
      if (o > most) [best, most] = [e, o];
    }
  }
  return best;
}

function score(release: Release, out: AnalysisDocument, cp: Counterpart): Scored {
  const entity = entityAt(out, { start: cp.nameStart, end: cp.nameEnd });
  const inKb = entity !== null && (entity.wikidata !== null || entity.kbId !== null);
  const outcome: Outcome =
    entity === null ? 'no mention'
    : entity.type !== 'PERSON' ? 'not a person'
    : !inKb ? 'person not in KB'
    : entity.country === cp.country ? 'linked, country right'
    : 'linked, other country';
  const linked = entity ? new Set(nameWords(entity.name)) : new Set<string>();
  const nameAgrees = nameWords(cp.name).some((w) => linked.has(w));
  return { release, out, cp, outcome, entity, nameAgrees };
}

/** Every counterpart occurrence, and one per (article, person): the first full-name occurrence, else the first. */
function counterparts(analyzer: Analyzer): { occurrences: Scored[]; people: Scored[]; articles: number; total: number; ms: number } {
  const corpus = analysedCorpus(analyzer);
  const occurrences: Scored[] = [];
  const people: Scored[] = [];
  for (const { release, out } of corpus.analysed) {
    const groups = new Map<string, Scored[]>();
    for (const cp of findCounterparts(out.text)) {
      const s = score(release, out, cp);
      occurrences.push(s);
      const key = `${cp.country}|${nameWords(cp.name).at(-1)}`;
      groups.set(key, [...(groups.get(key) ?? []), s]);
    }
    for (const g of groups.values()) people.push(g.find((s) => nameWords(s.cp.name).length >= 2) ?? g[0]!);
  }
  return { occurrences, people, articles: corpus.analysed.length, total: corpus.total, ms: corpus.ms };
}

const describe = (s: Scored) =>
  `${releaseId(s.release)}: "${s.cp.adjective} ${s.cp.title} ${s.cp.name}" (${s.cp.country}) → ${s.outcome}` +
  (s.entity ? `: ${s.entity.type} "${s.entity.name}" ${s.entity.wikidata ?? s.entity.kbId ?? 'no KB id'} country ${s.entity.country ?? '-'}` : '');

/** Suite 1: the share of titled foreign counterparts linked to a KB person of the title's country. */
export function evalReadoutLinks(analyzer: Analyzer): string {
  const { occurrences, people, articles, total, ms } = counterparts(analyzer);
  const count = (xs: readonly Scored[], o: Outcome) => xs.filter((s) => s.outcome === o).length;
  const rows = OUTCOMES.map((o) => [o, count(people, o), pct(count(people, o), people.length), count(occurrences, o), pct(count(occurrences, o), occurrences.length)]);
  const right = people.filter((s) => s.outcome === 'linked, country right');
  const agree = right.filter((s) => s.nameAgrees).length;
  const byTitle = new Map<string, Scored[]>();
  for (const s of people) byTitle.set(s.cp.title, [...(byTitle.get(s.cp.title) ?? []), s]);
  const titleRows = [...byTitle].sort((a, b) => b[1].length - a[1].length).map(([t, xs]) => [t, xs.length, count(xs, 'linked, country right'), pct(count(xs, 'linked, country right'), xs.length)]);
  const misses = people.filter((s) => s.outcome !== 'linked, country right' || !s.nameAgrees);
  return [
    `What: "<country adjective> <top post> <Name>" (Turkish Foreign Minister Mevlut Cavusoglu; deputies, vice and acting holders and the US left out), found by the eval's own pattern and demonym table in ${articles} of ${total} State Department releases (${(ms / 1000).toFixed(1)} s to analyse them); counted once per article and person (the first full-name mention) and per occurrence. "Linked" = the mention's entity is a PERSON with a Wikidata id or KB id whose country is the title's.`,
    table(['outcome', 'people', 'share', 'occurrences', 'share'], [...rows, ['total', people.length, '', occurrences.length, '']]),
    `Linked to a KB person of the right country: ${right.length}/${people.length} = ${pct(right.length, people.length)} (per occurrence ${pct(count(occurrences, 'linked, country right'), occurrences.length)}); of those, the linked person's name shares a word with the text's: ${agree}/${right.length}.`,
    table(['title', 'people', 'linked right', 'share'], titleRows),
    `Misses (${misses.length}; first 12, including right-country links whose name does not agree):`,
    misses.slice(0, 12).map((s) => `  ${describe(s)}${s.outcome === 'linked, country right' ? ' [name disagrees]' : ''}`).join('\n'),
  ].join('\n\n');
}

/** Suite 2: name checks raised on the untouched corpus, which should be almost none. */
export function evalCleanNameChecks(analyzer: Analyzer): string {
  const corpus = analysedCorpus(analyzer);
  const checks = corpus.analysed.flatMap(({ release, out }) => out.entities.flatMap((e) => e.nameChecks.map((c) => ({ release, e, c }))));
  const n = corpus.analysed.length;
  const kinds = new Map<string, number>();
  for (const { c } of checks) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  const withAny = new Set(checks.map((x) => x.release.line)).size;
  // The same false alarm repeated across releases (a spokesperson's name) says more than the first few.
  const repeated = new Map<string, number>();
  for (const { c } of checks) repeated.set(`"${c.surface}" → ${c.right} (${c.kind})`, (repeated.get(`"${c.surface}" → ${c.right} (${c.kind})`) ?? 0) + 1);
  return [
    `What: name checks Attaché raises on the ${n} of ${corpus.total} State Department releases as published (official texts: every check is presumably a false alarm, so this should be near zero).`,
    table(['kind', 'checks', 'per 100 articles'], [...[...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v, (100 * v) / n]), ['all', checks.length, (100 * checks.length) / n]]),
    `Articles with at least one check: ${withAny}/${n} (${pct(withAny, n)}).`,
    table(['most frequent (surface → right)', 'checks'], [...repeated].sort((a, b) => b[1] - a[1]).slice(0, 10)),
    'First 15 (surface → right, kind, confidence, article; why):',
    checks.slice(0, 15).map(({ release, c }) => `  "${c.surface}" → ${c.right} (${c.kind}, ${c.confidence.toFixed(2)}) ${releaseId(release)}; ${c.why}`).join('\n'),
  ].join('\n\n');
}

// --- Suite 3: corrupted given names ---------------------------------------------------------

/** Countries whose names are written family name first, given name last, in English news. */
const FAMILY_FIRST = new Set(['CHN', 'TWN', 'HKG', 'KOR', 'PRK', 'VNM', 'KHM', 'MNG']);

/** Fixed lists of common given names; the replacement is picked from these by a hash, so runs agree. */
const GIVEN: Record<string, readonly string[]> = {
  default: ['John', 'Michael', 'David', 'Peter', 'Paul', 'Robert', 'James', 'Thomas', 'Daniel', 'Andrew', 'Martin', 'Stefan', 'Anna', 'Maria', 'Elena', 'Laura', 'Sarah', 'Ahmed', 'Omar', 'Hassan', 'Sergei', 'Ivan', 'Nikolai', 'Carlos', 'Luis', 'Jorge', 'Pierre', 'Jean', 'Hans', 'Mehmet'],
  CHN: ['Wei', 'Ming', 'Jun', 'Hao', 'Jian', 'Lei', 'Qiang', 'Hua'],
  TWN: ['Wei', 'Ming', 'Jun', 'Hao', 'Jian', 'Lei', 'Qiang', 'Hua'],
  KOR: ['Min-ho', 'Ji-hoon', 'Sung-min', 'Dong-hyun', 'Jae-won', 'Young-soo'],
  VNM: ['Hung', 'Dung', 'Tuan', 'Quang', 'Thanh', 'Long'],
  JPN: ['Hiroshi', 'Takeshi', 'Kenji', 'Taro', 'Ichiro', 'Akira', 'Yuki'],
};

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function fakeGiven(country: string, real: string, seed: string): string {
  const list = GIVEN[country] ?? GIVEN.default!;
  for (let i = fnv1a(seed), n = 0; n < list.length; i++, n++) {
    const candidate = list[i % list.length]!;
    // Different in more than diacritics or a shared stem, so the replacement is plainly wrong.
    if (fold(candidate).slice(0, 3) !== fold(real).slice(0, 3)) return candidate;
  }
  throw new Error(`no replacement for ${real}`);
}

/** The given name in the text's name, as [start, end) within it, or why it cannot be told. */
function givenSpan(cp: Counterpart, kbName: string): { start: number; end: number } | string {
  const words = [...cp.name.matchAll(/[^\s\u00a0]+/gu)].filter((w) => nameWords(w[0]).length > 0);
  const kb = nameWords(kbName);
  if (words.length < 2 || kb.length < 2) return 'one-word name';
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const f = fold(first[0]);
  const l = fold(last[0]);
  // Text and KB in opposite orders ("Hayashi Yoshimasa" / "Yoshimasa Hayashi"): the given name is last in the text.
  const reversed = f === kb[kb.length - 1] && l === kb[0];
  const familyFirst = reversed || FAMILY_FIRST.has(cp.country);
  const given = familyFirst ? last : first;
  // The given name must be the KB's (its first word, for names written given name first): else the text may hold only family names ("González Laya").
  if (familyFirst ? !kb.includes(fold(given[0])) : fold(given[0]) !== kb[0]) return 'given name not as in the KB';
  if (/^\p{Lu}\.?$/u.test(given[0])) return 'initial';
  return { start: given.index, end: given.index + given[0].length };
}

const occurrencesOf = (text: string, s: string): number[] => {
  const at: number[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) at.push(i);
  return at;
};

type Result = 'flagged with the right given name' | 'flagged, other right name' | 'not flagged, still linked' | 'not flagged, link lost';
const RESULTS: readonly Result[] = ['flagged with the right given name', 'flagged, other right name', 'not flagged, still linked', 'not flagged, link lost'];

/** Suite 3: a counterpart's given name replaced by a wrong one; is it flagged with the right one? */
export function evalCorruptedGivenNames(analyzer: Analyzer): string {
  const { people } = counterparts(analyzer);
  const eligible = people.filter((s) => s.outcome === 'linked, country right' && s.nameAgrees);
  const skipped = new Map<string, number>();
  const done: { s: Scored; corrupt: string; result: Result; note: string }[] = [];
  for (const s of eligible) {
    const span = givenSpan(s.cp, s.entity!.name);
    if (typeof span === 'string') {
      skipped.set(span, (skipped.get(span) ?? 0) + 1);
      continue;
    }
    const right = s.cp.name.slice(span.start, span.end);
    const wrong = fakeGiven(s.cp.country, right, `${s.release.line}|${s.cp.name}`);
    const corrupt = s.cp.name.slice(0, span.start) + wrong + s.cp.name.slice(span.end);
    // Every occurrence of the full name is corrupted alike, as a careless translation would: no right spelling is left to copy.
    const k = occurrencesOf(s.out.text, s.cp.name).indexOf(s.cp.nameStart);
    const out = analyseRelease(analyzer, s.release, { title: s.release.title.split(s.cp.name).join(corrupt), text: s.release.text.split(s.cp.name).join(corrupt) });
    const at = occurrencesOf(out.text, corrupt)[k];
    if (k < 0 || at === undefined) {
      skipped.set('name not found again after the change', (skipped.get('name not found again after the change') ?? 0) + 1);
      continue;
    }
    const wrongSpan = { start: at + span.start, end: at + span.start + wrong.length };
    const linked = entityAt(out, { start: at, end: at + corrupt.length });
    // Attaché raises one check per person and wrong name, at its first mention ("the same name comes n more times"): a check of
    // the mention's person whose wrong part holds the replaced name covers this mention too.
    const checks = out.entities.flatMap((e) => e.nameChecks.filter((c) => overlap(c.wrongSpan, wrongSpan) > 0 || (e === linked && nameWords(c.wrong).includes(fold(wrong)))));
    const good = checks.find((c) => nameWords(c.right).includes(fold(right)));
    const still = linked !== null && linked.wikidata === s.entity!.wikidata && linked.kbId === s.entity!.kbId;
    const result: Result = good ? RESULTS[0]! : checks.length > 0 ? RESULTS[1]! : still ? RESULTS[2]! : RESULTS[3]!;
    const note = good ? `${good.kind}` : checks.length > 0 ? `→ ${checks.map((c) => `${c.right} (${c.kind})`).join(', ')}` : linked ? `entity "${linked.name}" ${linked.wikidata ?? linked.kbId ?? 'no KB id'}` : 'no entity';
    done.push({ s, corrupt, result, note });
  }
  const n = done.length;
  const flagged = done.filter((d) => d.result === RESULTS[0]).length;
  const rows = RESULTS.map((r) => [r, done.filter((d) => d.result === r).length, pct(done.filter((d) => d.result === r).length, n)]);
  const misses = done.filter((d) => d.result !== RESULTS[0]);
  return [
    `What: for each counterpart of suite 1 linked to the right country under a name that agrees, the given name in its full name is replaced everywhere in the article by a different common given name (picked by an FNV-1a hash of line and name from fixed lists: reproducible), the article re-analysed, and the mention counted as flagged when a name check's wrong part covers the replaced given name (or, as Attaché checks each wrong name once per person, a check of the same person on the same wrong name elsewhere) and its right name contains the real one. Goal ≥ 90%.`,
    table(['result', 'mentions', 'share'], [...rows, ['tested', n, '']]),
    `Flagged with the right given name: ${flagged}/${n} = ${pct(flagged, n)} (goal ≥ 90%). Not tested: ${[...skipped].map(([k, v]) => `${v} ${k}`).join(', ') || 'none'} (of ${eligible.length} eligible).`,
    `Misses (${misses.length}; first 20):`,
    misses.slice(0, 20).map((d) => `  ${releaseId(d.s.release)}: "${d.s.cp.name}" → "${d.corrupt}": ${d.result}; ${d.note}`).join('\n'),
  ].join('\n\n');
}
