/**
 * Country words as actors. A demonym or a country's name right before a
 * generic agent says whose agent it is: "a Tunisian court" → TUNJUD, "US and
 * British activists" → USAOPP and GBROPP, "UN troops" → IGOUNOMIL, an owner: "Israel's high court" → ISRJUD; the country
 * words join the agent's span and give it its codes. A demonym before a plural
 * or collective noun that no mention took stands for its country ("Palestinian
 * officials demanded" → PSE, "Iraqi Kurds"), and so does a plural demonym standing alone ("Nigerians"); any other demonym only describes
 * ("the Chinese Communist threat") and is no actor. One pass over the spans,
 * each scan bounded by a few tokens.
 */
import type { ActorSpan, ViewToken } from './sentence-view.js';

/** Adjectives or noun modifiers skipped between country words and their agent ("a Nigerian *young* student", "French *paper* workers"). */
const MAX_ADJECTIVES = 2;
/** Words between a demonym and the noun it describes ("Palestinian *security* officials"). */
const MAX_NOUN_PHRASE = 3;
/** Country words coordinated before one agent ("US, British and French activists"). */
const MAX_COUNTRIES = 4;
/** Singular nouns that still name a body of people ("the Japanese government", "Egyptian police"). */
const COLLECTIVE_NOUNS: ReadonlySet<string> = new Set([
  'government', 'army', 'military', 'navy', 'police', 'parliament', 'court', 'people', 'leadership', 'authorities',
  'opposition', 'regime', 'junta', 'administration', 'delegation', 'cabinet', 'ministry', 'embassy', 'consulate', 'legislature',
]);
const NOUN_PHRASE_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PROPN']);

export type CodeOf = (entity: string) => string | null;

/** A regular English plural: "officials", "Kurds", "forces"; not "press", "us", "Congress". */
function looksPlural(t: ViewToken): boolean {
  const w = t.normal;
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is') && !w.endsWith("'s");
}

/** The agent's sector when its code has no country ("~JUD" → "JUD"), else null. */
function sectorOf(span: ActorSpan, codeOf: CodeOf): string | null {
  if (span.kind !== 'agent' || span.entities.length !== 1) return null;
  const code = codeOf(span.entities[0]!);
  return code?.startsWith('~') && code.length > 1 ? code.slice(1) : null;
}

/** A country or organisation word that can qualify an agent: one entity with a code of its own, not an owner. */
function qualifierCode(span: ActorSpan, codeOf: CodeOf, owner = false): string | null {
  if ((span.type !== 'GPE' && span.type !== 'ORG') || span.possessive !== owner || span.indirect || span.entities.length !== 1) return null;
  const code = codeOf(span.entities[0]!);
  return code && !code.startsWith('~') ? code : null;
}

/** The spans of country words qualifying the agent at `a`, in order, or []. */
function qualifiersOf(tokens: readonly ViewToken[], spans: readonly ActorSpan[], at: Int32Array, a: number, codeOf: CodeOf): number[] {
  let j = spans[a]!.first - 1;
  // Adjectives and noun modifiers: "a Nigerian *young* student", "French *paper* workers".
  for (let n = 0; j >= 0 && at[j]! < 0 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NOUN') && n < MAX_ADJECTIVES; n++) j--;
  // "Iranian-backed fighters", "Saudi-led forces": the country word is joined by the hyphen.
  if (j >= 2 && LEADING.has(tokens[j]!.normal) && tokens[j - 1]!.normal === '-' && tokens[j - 1]!.start === tokens[j - 2]!.end) j -= 2;
  // An owner: "Israel's high court" → ISRJUD, "Iraq's army" → IRQMIL.
  if (tokens[j]?.normal === "'s" || tokens[j]?.normal === "'") {
    const g = j > 0 ? at[j - 1]! : -1;
    return g >= 0 && spans[g]!.last === j && qualifierCode(spans[g]!, codeOf, true) !== null ? [g] : [];
  }
  const out: number[] = [];
  while (j >= 0 && out.length < MAX_COUNTRIES) {
    const g = at[j]!;
    if (g < 0 || spans[g]!.last !== j + 1 || qualifierCode(spans[g]!, codeOf) === null) break;
    out.unshift(g);
    j = spans[g]!.first - 1;
    const w = tokens[j]?.normal;
    if (w !== 'and' && w !== ',') break;
    j--;
    if (tokens[j]?.normal === ',') j--;
  }
  return out;
}

/** The last token of the noun phrase a demonym opens, when it names people ("Palestinian security officials"), else -1. */
function describedPeople(tokens: readonly ViewToken[], at: Int32Array, span: ActorSpan): number {
  let k = span.last;
  // "Vietnamese-led forces", "Saudi-backed fighters": the country leads or backs the people named after it.
  if (tokens[k]?.normal === '-' && LEADING.has(tokens[k + 1]?.normal ?? '') && tokens[k]!.start === tokens[k - 1]!.end) k += 2;
  const opened = k;
  while (k < tokens.length && k - opened < MAX_NOUN_PHRASE && at[k]! < 0 && NOUN_PHRASE_POS.has(tokens[k]!.pos)) k++;
  // A name right after ("German Chancellor Merkel") makes the demonym part of a title, not a side of its own.
  if (k === opened || (k < tokens.length && at[k]! >= 0)) return -1;
  const head = tokens[k - 1]!;
  if (head.pos !== 'NOUN' && head.pos !== 'PROPN') return -1;
  return looksPlural(head) || COLLECTIVE_NOUNS.has(head.normal) ? k - 1 : -1;
}

/** Participles that make a country word the leader or backer of the people after it ("Vietnamese-*led* forces"). */
const LEADING: ReadonlySet<string> = new Set(['led', 'backed', 'sponsored', 'supported', 'trained', 'armed']);

export function withCountryWords(tokens: readonly ViewToken[], spans: readonly ActorSpan[], codeOf: CodeOf): ActorSpan[] {
  const at = new Int32Array(tokens.length).fill(-1);
  spans.forEach((s, k) => {
    for (let i = s.first; i < s.last; i++) at[i] = k;
  });
  const out: (ActorSpan | null)[] = [...spans];
  spans.forEach((s, k) => {
    const sector = sectorOf(s, codeOf);
    if (sector === null) return;
    const qs = qualifiersOf(tokens, spans, at, k, codeOf);
    if (qs.length === 0) return;
    const first = spans[qs[0]!]!;
    const codes = qs.map((q) => `${(qualifierCode(spans[q]!, codeOf) ?? qualifierCode(spans[q]!, codeOf, true))!}${sector}`);
    for (const q of qs) out[q] = null;
    out[k] = { ...s, first: first.first, start: first.start, codes: new Map([[s.entities[0]!, codes]]) };
  });
  spans.forEach((s, k) => {
    if (s.kind !== 'demonym' || out[k] === null) return;
    // A plural demonym standing alone names the people: "Thousands of Nigerians protested", "deported 168 Liberians".
    if (looksPlural(tokens[s.last - 1]!) && !NOUN_PHRASE_POS.has(tokens[s.last]?.pos ?? '')) return;
    const head = describedPeople(tokens, at, s);
    out[k] = head < 0 ? null : { ...s, last: head + 1, end: tokens[head]!.end };
  });
  withTitledPersons(tokens, spans, out, codeOf);
  withAgentTitledPersons(out, codeOf);
  withOrigins(tokens, spans, out, codeOf);
  return out.filter((s): s is ActorSpan => s !== null);
}

/**
 * A country's agent right before a name is the named person's title: "Nigerian junior foreign minister Dubem Oniya",
 * "Niger's ambassador Brah Mohamane". The person, when the KB does not code them, takes the agent's code (NGAGOV),
 * and the title's span joins theirs, as a country opening a title does (withTitledPersons).
 */
function withAgentTitledPersons(out: (ActorSpan | null)[], codeOf: CodeOf): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const agent = out[k];
    const person = out[k + 1];
    if (!agent || !person || agent.type !== 'AGENT' || person.type !== 'PERSON' || person.kind === 'pronoun' || person.first !== agent.last) continue;
    if (agent.entities.length !== 1 || person.entities.length !== 1 || codeOf(person.entities[0]!) !== null || person.codes !== undefined) continue;
    const code = agent.codes?.get(agent.entities[0]!)?.[0] ?? codeOf(agent.entities[0]!);
    if (!code || code.startsWith('~')) continue;
    out[k] = null;
    out[k + 1] = { ...person, first: agent.first, start: agent.start, codes: new Map([[person.entities[0]!, [code]]]) };
  }
}

/** Describing words skipped between "from" and the country ("from military-ruled Myanmar"). */
const MAX_ORIGIN_WORDS = 4;
const ORIGIN_WORD_POS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'PUNCT', 'VERB', 'ADV']);

/** Prepositions that give a generic agent its body ("ministers *from* the Georgian government", "officials *of* Iran"). */
const ORIGIN_PREPOSITIONS: ReadonlySet<string> = new Set(['from', 'of']);
/**
 * Sectors of groups that act where they live, so that "in X" gives them X ("rebels *in* the Ivory Coast", "protesters
 * in Minsk", "the opposition in Venezuela"). Not soldiers, police or officials: "troops in Afghanistan" are as often
 * another country's.
 */
const LOCAL_SECTORS: ReadonlySet<string> = new Set(['REB', 'OPP', 'CVL', 'PPL', 'LAB', 'EDU', 'REF', 'UAF', 'INS']);

/**
 * A generic agent no country word qualified, followed by "from/of (the) X" where X is a country or a country's
 * body ("ministers from the Georgian government", "officials of Iran", "troops from Chad"), or a local group "in X"
 * ("rebels in the Ivory Coast"), is X's agent: it takes
 * X's country with its own sector (GEOGOV), as a country word before it would give. X stays an actor of its own.
 */
function withOrigins(tokens: readonly ViewToken[], spans: readonly ActorSpan[], out: (ActorSpan | null)[], codeOf: CodeOf): void {
  const at = new Int32Array(tokens.length).fill(-1);
  spans.forEach((x, k) => {
    for (let i = x.first; i < x.last; i++) at[i] = k;
  });
  out.forEach((s, k) => {
    if (s === null || s.codes !== undefined) return;
    const sector = sectorOf(s, codeOf);
    const prep = tokens[s.last]?.normal ?? '';
    if (sector === null || !(ORIGIN_PREPOSITIONS.has(prep) || (prep === 'in' && LOCAL_SECTORS.has(sector)))) return;
    let start = tokens[s.last + 1]?.pos === 'DET' ? s.last + 2 : s.last + 1;
    // Past a few describing words: "dissidents from *military-ruled* Myanmar".
    for (let n = 0; n < MAX_ORIGIN_WORDS && start < tokens.length && at[start]! < 0 && ORIGIN_WORD_POS.has(tokens[start]!.pos); n++) start++;
    const next = out.find((x): x is ActorSpan => x !== null && x.first === start);
    const code = next ? (qualifierCode(next, codeOf) ?? next.codes?.get(next.entities[0]!)?.[0] ?? null) : null;
    if (code === null || code.startsWith('~')) return;
    out[k] = { ...s, codes: new Map([[s.entities[0]!, [`${code.slice(0, 3)}${sector}`]]]) };
  });
}

/** Words of a title between a country or organisation and its person ("Republic of Cyprus (ROC) *Foreign Minister* Nikos …"). */
const TITLE_POS: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);
const TITLE_WORDS: ReadonlySet<string> = new Set(['of', 'for', 'and', '(', ')', '-']);
/** Longest such title ("UAE Minister of Foreign Affairs and International Cooperation Sheikh …"). */
const MAX_TITLE = 10;

/**
 * A country or organisation opening a person's title ("Republic of Cyprus (ROC) Foreign Minister Nikos
 * Christodoulides", "NATO Secretary General Jens Stoltenberg") describes the person: its span joins the person's,
 * and a person the KB does not code takes its code (IGOWSTNAT for Stoltenberg). The title must start with a title
 * word, so that "China and President Biden" stays two actors. Organisations met on the way ("… and International
 * Cooperation", an ORG mention) are part of the title.
 */
function withTitledPersons(tokens: readonly ViewToken[], spans: readonly ActorSpan[], out: (ActorSpan | null)[], codeOf: CodeOf): void {
  spans.forEach((q, k) => {
    if (out[k] !== q || qualifierCode(q, codeOf) === null || !TITLE_POS.has(tokens[q.last]?.pos ?? '') && tokens[q.last]?.normal !== '(') return;
    let j = k + 1;
    for (let i = q.last; i < tokens.length && i - q.last < MAX_TITLE; i++) {
      const next = spans[j];
      if (next && next.first === i) {
        if (next.type === 'PERSON' && next.kind !== 'pronoun' && out[j] === next) {
          const own = next.entities.length === 1 && codeOf(next.entities[0]!) !== null;
          for (let m = k; m < j; m++) out[m] = null;
          out[j] = { ...next, first: q.first, start: q.start, codes: own ? next.codes : new Map([[next.entities[0]!, [qualifierCode(q, codeOf)!]]]) };
          return;
        }
        if (next.type !== 'ORG' && next.type !== 'GPE') return;
        i = next.last - 1;
        j++;
        continue;
      }
      if (!TITLE_POS.has(tokens[i]!.pos) && !TITLE_WORDS.has(tokens[i]!.normal)) return;
    }
  });
}
