import type { Proposal } from '../doc/annotation.js';
import type { NameCheck, NameCheckKind } from '../doc/layers.js';
import type { Holder } from '../kb/model.js';
import { classifyTitle } from '../kb/post-kinds.js';
import { normalizeName } from '../kb/normalize.js';
import type { EntityDraft } from './entity-builder.js';
import type { KbLinker } from './kb-link.js';
import type { WrongPart } from './name-match.js';

function titleCase(s: string): string {
  return s.replace(/(^|[\s-])(\p{L})/gu, (_m, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Where the wrong words stand inside the mention: the first run of tokens that normalises to them. */
function locate(text: string, start: number, wrong: string): { start: number; end: number; text: string } | null {
  const words = [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)];
  const target = wrong.split(' ');
  for (let i = 0; i + target.length <= words.length; i++) {
    const run = words.slice(i, i + target.length);
    if (run.map((w) => normalizeName(w[0])).join(' ') === wrong) {
      const s = run[0]!.index!;
      const last = run[run.length - 1]!;
      const e = last.index! + last[0].length;
      return { start: start + s, end: start + e, text: text.slice(s, e) };
    }
  }
  return null;
}

const SPELLINGS: Readonly<Record<string, string>> = { adviser: 'advisor', defense: 'defence', councillor: 'councilor' };
const words = (t: string): string[] => t.toLowerCase().split(/[^a-z]+/).filter(Boolean).map((w) => SPELLINGS[w] ?? w);

/**
 * The title in the text names the post in the record: the same kind of office and its head word in the post's
 * title ("Foreign Minister" ~ "Minister for Foreign Affairs"), not just any post the KB filed under that kind
 * ("Foreign Secretary", a civil servant in Dhaka, is not the Minister of Foreign Affairs).
 */
/** Ranks and courtesy words name no post: "General Abbas Ibrahim" is no Chief of the General Staff. */
const RANKS = new Set(['general', 'admiral', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'marshal', 'commander', 'officer', 'official', 'chief', 'head', 'leader', 'director']);

function titleNamesPost(offices: readonly string[], holder: Holder): boolean {
  const post = new Set(words(holder.post));
  return offices.some((o) => {
    const w = words(o);
    const head = w[w.length - 1];
    if (head === undefined || (RANKS.has(head) && w.length === 1)) return false;
    const kind = classifyTitle(o).kind;
    return head !== undefined && post.has(head) && (kind === holder.kind || kind === 'other');
  });
}

/** "the United States", "the Philippines", but "Japan". */
export function countryWithArticle(name: string): string {
  return /^(united|republic|kingdom|federated|democratic|people|islamic|czech|dominican|central african|holy)\b|s$|\b(islands|republic|emirates|states|kingdom|federation)\b/i.test(name) &&
    !/^the /i.test(name) && !/^(laos|belarus|cyprus|mauritius|barbados|honduras|kiribati|seychelles|comoros|marshall islands)$/i.test(name)
    ? `the ${name}`
    : name;
}

function officeLabel(h: Holder, countryName: string): string {
  return h.post.toLowerCase().includes(countryName.toLowerCase()) ? h.post : `${h.post} of ${countryWithArticle(countryName)}`;
}

function span(h: Pick<Holder, 'start' | 'end'>): string {
  return `${h.start ?? '?'}–${h.end ?? 'now'}`;
}

/**
 * The editor's view: one check for each distinct wrong part of an entity's
 * names, at its first occurrence, with the right name and the evidence.
 */
export function nameChecks(drafts: readonly EntityDraft[], ids: ReadonlyMap<EntityDraft, string>, linker: KbLinker, date: string | null): Proposal<NameCheck>[] {
  const out: Proposal<NameCheck>[] = [];
  for (const d of drafts) {
    // Only a person the article ties to an office on its date is checked against the record: a name alone
    // that matches someone in part is more likely someone else than a wrong name.
    if (!d.person || !d.holder) continue;
    const holder0 = d.holder;
    if (!d.mentions.some((m) => titleNamesPost(m.candidate.offices, holder0))) continue;
    const person = d.person;
    const holder = d.holder;
    const countryName = holder ? (linker.country(holder.country)?.name ?? holder.country) : '';
    const office = holder ? officeLabel(holder, countryName) : null;
    const seen = new Map<string, number>();
    for (const m of d.mentions) {
      for (const w of m.wrongParts) {
        const key = `${w.part}:${w.wrong}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
        if (seen.get(key)! > 1) continue;
        const c = m.candidate;
        const where = locate(c.text, c.start, w.wrong);
        if (!where) continue;
        const right = rightName(person.name, w);
        const { kind, why, reading } = explain(w, person.name, right, office, holder, date, linker);
        const repeats = d.mentions.filter((o) => o.wrongParts.some((x) => x.part === w.part && x.wrong === w.wrong)).length - 1;
        out.push({
          start: c.start, end: c.end, text: c.text, entity: ids.get(d)!, wrong: where, right, kind,
          why: repeats > 0 ? `${why} (the same name comes ${repeats} more time${repeats > 1 ? 's' : ''})` : why,
          evidence: { post: office, date, source: holder?.source ?? null, reading },
          confidence: confidenceOf(w, d.link.score),
          rule: `name-check-${kind}`,
        });
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The right form of the wrong part, cased as the record writes it. */
function rightName(recordName: string, w: WrongPart): string {
  const words = recordName.split(/\s+/);
  const found = words.find((x) => normalizeName(x) === w.right) ?? words.filter((x) => w.right.split(' ').includes(normalizeName(x))).join(' ');
  return found || titleCase(w.right);
}

function explain(
  w: WrongPart, recordName: string, right: string, office: string | null, holder: Holder | null, date: string | null, linker: KbLinker,
): { kind: NameCheckKind; why: string; reading: string | null } {
  const onDate = office && date ? `the ${office} on ${date} was ${recordName}` : `the record names ${recordName}`;
  if (w.part === 'given') {
    if (w.how === 'reading') return { kind: 'given-reading', why: `${titleCase(w.wrong)} is another reading of the given name ${w.native}; ${onDate}`, reading: w.native ?? null };
    const native = w.native ?? null;
    return { kind: 'given-name', why: native ? `given name ${native} is ${right}; ${onDate}` : onDate, reading: native };
  }
  if (w.how === 'reading') {
    const wrong = titleCase(w.wrong);
    // Someone else of that name held the office: the commonest way a translation picks the wrong reading.
    if (holder) {
      const others = linker.holders(holder.country, holder.postId, true);
      const other = others.find((h) => h.personId !== holder.personId && normalizeName(h.name).split(' ').includes(w.wrong));
      if (other) {
        const otherPerson = linker.person(other.personId);
        const otherNative = otherPerson?.readings[0]?.native;
        return {
          kind: 'other-holder',
          why: `${onDate}; ${w.native} also reads ${wrong}, and ${other.name}${otherNative ? ` (${otherNative})` : ''} held the office ${span(other)}`,
          reading: w.native ?? null,
        };
      }
    }
    return { kind: 'family-reading', why: `${wrong} is another reading of the surname ${w.native}; ${onDate}`, reading: w.native ?? null };
  }
  return { kind: 'spelling', why: `${titleCase(w.wrong)} is a misspelling of ${right}; ${onDate}`, reading: null };
}

function confidenceOf(w: WrongPart, linkScore: number): number {
  const base = w.how === 'reading' ? 0.9 : w.how === 'spelling' ? 0.7 : 0.85;
  return Math.round(Math.min(1, base * (0.6 + 0.4 * Math.min(1, linkScore))) * 100) / 100;
}
