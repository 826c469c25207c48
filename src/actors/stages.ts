import type { Proposal } from '../doc/annotation.js';
import type { Entity } from '../doc/attributes.js';
import type { Mention } from '../doc/layers.js';
import type { Stage } from '../pipeline/stage.js';
import { administrationCandidates } from './candidates/administration.js';
import { qualifyAgents, qualifyOrganisations } from './candidates/agent-country.js';
import { gazetteerCandidates } from './candidates/gazetteer.js';
import { nameShapeCandidates } from './candidates/name-shape.js';
import { pluralTitleCandidates } from './candidates/plural-titles.js';
import { pronounCandidates } from './candidates/pronouns.js';
import { titledCandidates } from './candidates/titled.js';
import { sentenceRanges, type Candidate, type GeneratorInput } from './candidates/types.js';
import { KbLinker } from './kb-link.js';
import { nameChecks } from './name-checks.js';
import { resolveEntities } from './resolve-entities.js';
import { selectMentions } from './select.js';
import { tokenView } from './token-view.js';
import { firstStartingAt } from '../util/sorted.js';

/** Index of the first token starting at or after an offset (tokens are sorted). */
function firstTokenAt(input: GeneratorInput, offset: number): number {
  return firstStartingAt(input.tokens, offset);
}

function claim(mask: Uint8Array, input: GeneratorInput, cands: readonly Candidate[], withTitle: boolean): void {
  claimRanges(mask, input, cands.map((c) => (withTitle && c.title ? { start: Math.min(c.start, c.title.start), end: Math.max(c.end, c.title.end) } : c)));
}

function claimRanges(mask: Uint8Array, input: GeneratorInput, ranges: readonly { readonly start: number; readonly end: number }[]): void {
  for (const r of ranges) {
    for (let i = firstTokenAt(input, r.start); i < input.tokens.length && input.tokens[i]!.end <= r.end; i++) mask[i] = 1;
  }
}

/** Every token of the span is marked. */
function covered(mask: Uint8Array, input: GeneratorInput, span: { readonly start: number; readonly end: number }): boolean {
  for (let i = firstTokenAt(input, span.start); i < input.tokens.length && input.tokens[i]!.end <= span.end; i++) if (!mask[i]) return false;
  return true;
}

export const mentionCandidatesStage: Stage = {
  name: 'mention-candidates',
  description: 'proposes actor mentions: titled names, KB names, capitalised names, leaders’ administrations, pronouns',
  requires: ['blocks', 'sentences', 'tokens', 'articleDate'],
  adds: ['mentionCandidates'],
  run(doc, { resources }) {
    const tokens = tokenView(doc, { skipBoilerplate: true });
    const full: GeneratorInput = { text: doc.text, tokens, sentences: sentenceRanges(tokens) };
    const date = doc.attribute('articleDate')?.value ?? null;
    const lookups = {
      startsName: (word: string) => resources.gazetteer.startsName(word),
      knows: (norm: string) => resources.gazetteer.has(norm),
      countryOf: (text: string, norm: string) => {
        if (!resources.gazetteer.has(norm)) return null;
        const hit = resources.gazetteer.lookup(text, date);
        return hit && (hit.type === 'GPE' || hit.kind === 'metonym') && hit.country ? hit.country : null;
      },
    };
    const titled = titledCandidates(full, lookups);
    const admin = administrationCandidates(full, (text, norm) => lookups.countryOf(text, norm) !== null);
    // The gazetteer may read a title's country prefix ("White House"); capitalised runs may not read any of a title.
    const forGazetteer = new Uint8Array(full.tokens.length);
    claim(forGazetteer, full, titled, false);
    claim(forGazetteer, full, admin.filter((a) => a.type === 'PERSON'), false);
    const inTitle = new Uint8Array(full.tokens.length);
    claimRanges(inTitle, full, titled.flatMap((t) => (t.title ? [t.title] : [])));
    const gazetteer = qualifyAgents(full, gazetteerCandidates(full, forGazetteer, resources.gazetteer, date).filter(
      // Inside a title only organisations and seats of power are mentions of their own.
      (g) => g.type === 'ORG' || !covered(inTitle, full, g),
    ));
    const forShapes = new Uint8Array(full.tokens.length);
    claim(forShapes, full, titled, true);
    claim(forShapes, full, admin, false);
    // Places and demonyms stay open to capitalised runs, so "Massachusetts Institute of Technology" can form; selection decides.
    claim(forShapes, full, gazetteer.filter((g) => g.type !== 'GPE'), false);
    const afterAgent = new Uint8Array(full.tokens.length);
    for (const g of gazetteer) {
      if (g.type !== 'AGENT') continue;
      const next = firstTokenAt(full, g.end);
      if (next < afterAgent.length) afterAgent[next] = 1;
    }
    const placeAt = new Map<number, string>();
    for (const g of gazetteer) if ((g.type === 'GPE' || g.type === 'LOC') && g.kind === 'name') placeAt.set(firstTokenAt(full, g.start), g.country ?? '');
    const known = new Uint8Array(full.tokens.length);
    claim(known, full, gazetteer, false);
    // Persons other generators named, so a list can spread their reading to its other members.
    const personAt = new Map<number, number>();
    for (const c of titled) if (c.type === 'PERSON' && c.kind === 'name') personAt.set(firstTokenAt(full, c.start), firstTokenAt(full, c.end));
    for (const g of gazetteer) if (g.type === 'PERSON') personAt.set(firstTokenAt(full, g.start), firstTokenAt(full, g.end));
    const shapes = nameShapeCandidates(full, forShapes, { isGivenName: (w) => resources.kbCache.givenNames.has(w), afterAgent, placeAt, known, personAt, isFamilyName: (w) => resources.kbCache.isFamilyName(w) });
    const pronouns = pronounCandidates(full);
    const plurals = pluralTitleCandidates(full);
    const all = qualifyOrganisations([...titled, ...admin, ...gazetteer, ...shapes, ...pronouns, ...plurals].sort((a, b) => a.start - b.start || b.end - a.end));
    return { layers: { mentionCandidates: all } };
  },
};

export const actorsStage: Stage = {
  name: 'actors',
  description: 'chooses mentions, clusters them into entities, links them to the KB on the article’s date, checks their names',
  requires: ['mentionCandidates', 'articleDate'],
  adds: ['mentions', 'entities', 'nameChecks'],
  run(doc, { resources }) {
    const date = doc.attribute('articleDate')?.value ?? null;
    const chosen = selectMentions(doc.layer('mentionCandidates'));
    const linker = new KbLinker(resources.kbCache, date);
    const { drafts, assigned, replacements, alsoMeans } = resolveEntities(chosen, linker, date, doc.text);
    const order = [...drafts].sort((a, b) => a.mentions[0]!.candidate.start - b.mentions[0]!.candidate.start);
    const ids = new Map(order.map((d, i) => [d, `e${i + 1}`] as const));
    const mentions: Proposal<Mention>[] = [];
    for (const original of chosen) {
      if (!assigned.has(original)) continue;
      const d = assigned.get(original) ?? null;
      const c = replacements.get(original) ?? original;
      mentions.push({
        start: c.start, end: c.end, text: c.text, kind: c.kind, type: d?.type ?? c.type ?? 'PERSON', entity: d ? ids.get(d)! : null,
        title: c.title, caption: c.caption, rule: c.rule, score: c.score,
      });
      // A plural title is a mention of each person it stands for.
      for (const other of alsoMeans.get(original) ?? []) {
        mentions.push({
          start: c.start, end: c.end, text: c.text, kind: c.kind, type: 'PERSON', entity: ids.get(other)!,
          title: c.title, caption: c.caption, rule: c.rule, score: c.score,
        });
      }
    }
    const entities: Entity[] = order.map((d) => ({
      id: ids.get(d)!,
      type: d.type,
      name: d.name,
      wikidata: d.wikidata,
      kbId: d.kbId,
      country: d.country,
      sector: d.sector,
      cameo: d.cameo,
      offices: d.person && date
        ? linker.officesOn(d.person.id).map((h) => ({ post: h.post, country: h.country, start: h.start, end: h.end }))
        : [],
      description: d.description,
      link: d.link,
    }));
    return { layers: { mentions, nameChecks: nameChecks(order, ids, linker, date) }, attributes: { entities } };
  },
};
