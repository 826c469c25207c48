import type { Analyzer } from '../../src/analyze.js';
import type { AnalysisDocument } from '../../src/output/document.js';
import { sharedPath } from '../../src/util/paths.js';
import { findCounterparts, fold, nameWords } from './counterparts.js';
import { clip, entitiesCovering, eventsOf, EventsSeen, missLimit, missingInput, mostConfident, pct, ratio, type EventOutput } from './events.js';
import { analysedCorpus, releaseId, type Release } from './state-dept.js';
import { table } from './table.js';

export interface Readout {
  readonly kind: 'call' | 'meeting';
  /** The US official as the title names them ("Secretary Blinken") and the word to find them by. */
  readonly official: string;
  readonly officialName: string;
  /** The first counterpart the title names ("Turkish Foreign Minister Cavusoglu") and the word to find them by. */
  readonly counterpart: string;
  readonly counterpartName: string;
}

const READOUT = /^(?<official>.+?)['’]s (?:(?:Trilateral|Virtual|Video|Phone|Telephone) )?(?<kind>Meetings?|Calls?) with (?<with>.+)$/u;

/** Words of posts, not names: "Crown Prince of Abu Dhabi …" keeps its "of", "Foreign Minister Solano of Costa Rica" does not. */
const POST_WORDS = new Set(['Minister', 'President', 'Secretary', 'Prince', 'Princess', 'Chair', 'Chairperson', 'Head', 'Director', 'Commissioner', 'Governor', 'Advisor', 'Adviser', 'Envoy', 'Representative', 'King', 'Queen', 'Pope', 'General', 'Assistant', 'Ambassador', 'Cabinet', 'PM', 'Secretary-General', 'Director-General']);
/** Last words of a title item that belong to a post or a place, not a name ("State Secretary for Foreign and Global Affairs …"). */
const NOT_NAME_WORDS = new Set(['Foreign', 'Affairs', 'Department', 'Ministry', 'Republic', 'State', 'States', 'East', 'Europe', 'Africa', 'America', 'Study']);
/** Last words of a with-part's items that name a group, not one person: such readouts are left out. */
const GROUP_WORDS = new Set(['Counterparts', 'Leaders', 'Agencies', 'Ministers', 'Representatives', 'Parties', 'Activists', 'Society', 'Delegation', 'Delegations', 'Members', 'Families', 'Officials', 'Conference', 'Abroad']);
const ROMAN = /^[IVX]+\.?$/;

/** The last name word of a phrase: not a suffix ("Jr."), not a roman numeral ("Abdullah II"). */
function lastNameWord(phrase: string): string | null {
  const words = phrase.split(' ').filter((w) => w !== '' && !/^(?:Jr|Sr)\.?$/.test(w) && !ROMAN.test(w));
  const last = words.at(-1)?.replace(/[’']s$/u, '').replace(/[.,;:]$/, '');
  return last !== undefined && /^\p{Lu}/u.test(last) ? last : null;
}

const lastWord = (s: string) => s.split(' ').at(-1) ?? '';

/**
 * The name word of one item of a title's with-part, or null when the item holds none: "Foreign Minister
 * Solano of Costa Rica" → Solano (a place after "of" with no post in it is dropped), "Republic of Korea
 * Foreign Minister Chung" → Chung, "Special Assistant to the Prime Minister of Pakistan" → null (a post of a place).
 */
function itemName(item: string): string | null {
  const of = /^(?<left>.*\S) (?:of|for) (?:the )?(?<tail>\p{Lu}.*)$/u.exec(item);
  let phrase = item;
  if (of?.groups) {
    const { left = '', tail = '' } = of.groups;
    const tailHasPost = tail.split(' ').some((w) => POST_WORDS.has(w));
    if (!tailHasPost && POST_WORDS.has(lastWord(left)) && !tail.includes(' ')) return null;
    if (!tailHasPost && !POST_WORDS.has(lastWord(left))) phrase = left;
  }
  const w = lastNameWord(phrase);
  return w === null || POST_WORDS.has(w) || NOT_NAME_WORDS.has(w) ? null : w;
}

/**
 * A readout of a call or meeting from its title ("Secretary Blinken’s Call with Turkish Foreign Minister
 * Cavusoglu"), or null. The counterpart is the first person of the with-part: the eval's titled-counterpart
 * pattern when it matches there, else the first item (split at ", ", " and ", " during …") with a name word,
 * so that "Israeli Alternate Prime Minister and Foreign Minister Lapid" gives Lapid. Null for groups
 * ("… with French, German and UK Counterparts") and titles with no name word.
 */
export function parseReadoutTitle(title: string): Readout | null {
  const t = title.replace(/\s+/gu, ' ').trim();
  const m = READOUT.exec(t);
  if (!m?.groups) return null;
  const official = m.groups.official!;
  const officialName = lastNameWord(official);
  const withPart = m.groups.with!;
  const items = withPart.split(/, | and | (?:During|during|on the|at the|from|in) /u).filter((x) => x !== '');
  if (officialName === null || items.some((x) => GROUP_WORDS.has(lastWord(x)))) return null;
  const cp = findCounterparts(withPart).find((c) => c.start <= 4);
  const kind = m.groups.kind!.startsWith('Call') ? 'call' : 'meeting';
  if (cp) {
    const name = lastNameWord(cp.name);
    if (name !== null) return { kind, official, officialName, counterpart: withPart.slice(cp.start, cp.nameEnd), counterpartName: name };
  }
  for (const item of items) {
    const name = itemName(item);
    if (name !== null) return { kind, official, officialName, counterpart: item, counterpartName: name };
  }
  return null;
}

/** Ids of the entities with a mention covering a word of the text equal to `word` (accents and case aside). */
export function entitiesNamed(out: AnalysisDocument, word: string): Set<string> {
  const w = fold(word);
  const ids = new Set<string>();
  for (const m of out.text.matchAll(/[\p{L}\p{M}]+(?:[-’'][\p{L}\p{M}]+)*/gu)) {
    if (fold(m[0]) !== w) continue;
    for (const id of entitiesCovering(out.entities, { start: m.index, end: m.index + m[0].length })) ids.add(id);
  }
  return ids;
}

/** The CONSULT event that joins the two: one of them among its sources, the other among its sources or targets; the most confident. */
export function joiningConsult(events: readonly EventOutput[], a: ReadonlySet<string>, b: ReadonlySet<string>): EventOutput | null {
  const joins = (e: EventOutput) => {
    const either = [...e.source, ...e.target];
    const pair = (x: ReadonlySet<string>, y: ReadonlySet<string>) => e.source.some((s) => x.has(s) && either.some((o) => o !== s && y.has(o)));
    return e.plover.type === 'CONSULT' && (pair(a, b) || pair(b, a));
  };
  return mostConfident(events.filter(joins));
}

type Outcome = 'joined by a CONSULT event' | 'CONSULT events, none joining both' | 'no CONSULT event' | 'official not an entity' | 'counterpart not an entity';
const OUTCOMES: readonly Outcome[] = ['joined by a CONSULT event', 'CONSULT events, none joining both', 'no CONSULT event', 'official not an entity', 'counterpart not an entity'];

interface Scored {
  readonly release: Release;
  readonly readout: Readout;
  readonly outcome: Outcome;
  readonly event: EventOutput | null;
  readonly consults: number;
}

/** State Department readouts of calls and meetings: does a CONSULT event join the US official and the counterpart, with which mode? */
export function evalEventsReadouts(analyzer: Analyzer): string {
  const skip = missingInput(sharedPath('corpus', 'state-dept-press-releases.jsonl'));
  if (skip) return skip;
  const corpus = analysedCorpus(analyzer);
  const seen = new EventsSeen();
  let titled = 0;
  const skipped: string[] = [];
  const scored: Scored[] = [];
  for (const { release, out } of corpus.analysed) {
    const events = eventsOf(out, seen);
    if (!READOUT.test(release.title.replace(/\s+/gu, ' ').trim())) continue;
    titled++;
    const readout = parseReadoutTitle(release.title);
    if (!readout) {
      skipped.push(release.title);
      continue;
    }
    const official = entitiesNamed(out, readout.officialName);
    const counterpart = entitiesNamed(out, readout.counterpartName);
    const event = joiningConsult(events, official, counterpart);
    const consults = events.filter((e) => e.plover.type === 'CONSULT').length;
    const outcome: Outcome =
      official.size === 0 ? 'official not an entity'
      : counterpart.size === 0 ? 'counterpart not an entity'
      : event ? 'joined by a CONSULT event'
      : consults > 0 ? 'CONSULT events, none joining both'
      : 'no CONSULT event';
    scored.push({ release, readout, outcome, event, consults });
  }
  const n = scored.length;
  const count = (xs: readonly Scored[], o: Outcome) => xs.filter((s) => s.outcome === o).length;
  const kinds = (['call', 'meeting'] as const).map((k) => {
    const xs = scored.filter((s) => s.readout.kind === k);
    const joined = xs.filter((s) => s.event !== null);
    const mode = (p: (m: string | null) => boolean) => joined.filter((s) => p(s.event!.plover.mode || null)).length;
    return { k, xs, joined, phone: mode((m) => m === 'phone'), visit: mode((m) => m === 'visit'), notPhone: mode((m) => m !== 'phone') };
  });
  const [calls, meetings] = kinds as [(typeof kinds)[0], (typeof kinds)[0]];
  const joined = scored.filter((s) => s.event !== null).length;
  const misses = scored.filter((s) => s.event === null);
  const wrongMode = [
    ...calls.joined.filter((s) => s.event!.plover.mode !== 'phone'),
    ...meetings.joined.filter((s) => s.event!.plover.mode === 'phone'),
  ];
  const describe = (s: Scored) => `${releaseId(s.release)}: ${s.readout.officialName} + ${s.readout.counterpartName} ("${clip(s.readout.counterpart, 60)}")`;
  return [
    `What: State Department releases titled "<US official>’s Call(s)/Meeting(s) with <counterpart>" (${titled} of ${corpus.analysed.length} analysed; ${skipped.length} left out because the title names a group or no single person), each analysed whole. The official is found by the last name word of the title's official ("Blinken"), the counterpart by the last name word of the first person after "with" (the titled-counterpart pattern of the readout suites where it matches, else the first item of the list). Each is the set of entities with a mention covering that word anywhere in the text (accents and case aside). A readout is joined when a CONSULT event has one of them among its sources and the other (a different entity) among its sources or targets; goal ≥ 80% (90%). Modes are those of the joining event (the most confident one): calls should be "phone", meetings "visit" or at least not "phone"; shares are of all readouts of the kind and of the joined ones.`,
    seen.note(),
    table(['outcome', 'readouts', 'share'], [...OUTCOMES.map((o) => [o, count(scored, o), pct(count(scored, o), n)]), ['total', n, '']]),
    `Joined by a CONSULT event: ${ratio(joined, n)} (goal ≥ 80%, 90%).`,
    table(
      ['kind', 'readouts', 'joined', 'share', 'mode phone', 'of all', 'of joined', 'mode visit', 'of joined', 'not phone', 'of joined'],
      [calls, meetings].map((x) => [
        x.k, x.xs.length, x.joined.length, pct(x.joined.length, x.xs.length),
        x.phone, pct(x.phone, x.xs.length), pct(x.phone, x.joined.length),
        x.visit, pct(x.visit, x.joined.length), x.notPhone, pct(x.notPhone, x.joined.length),
      ]),
    ),
    `Calls with mode phone: ${ratio(calls.phone, calls.xs.length)}; meetings with mode visit: ${ratio(meetings.visit, meetings.xs.length)}, not phone: ${ratio(meetings.notPhone, meetings.xs.length)}.`,
    `Misses (${misses.length}; ${missLimit() >= misses.length ? 'all' : `first ${missLimit()}`}):`,
    misses.slice(0, missLimit()).map((s) => `  ${describe(s)} → ${s.outcome}${s.consults > 0 ? ` (${s.consults} CONSULT events)` : ''}`).join('\n') || '  none',
    `False alarms: joined with the wrong mode (${wrongMode.length}; first 8):`,
    wrongMode.slice(0, 8).map((s) => `  ${describe(s)} [${s.readout.kind}] → mode ${s.event!.plover.mode || 'none'}: "${clip(s.event!.evidence.text, 70)}"`).join('\n') || '  none',
    `Titles left out (${skipped.length}; first 5):`,
    skipped.slice(0, 5).map((t) => `  ${clip(t, 110)}`).join('\n') || '  none',
  ].join('\n\n');
}
