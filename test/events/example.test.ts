import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { EventOutput } from '../../src/output/document.js';
import { readFixture, sharedAnalyzer } from '../helpers.js';

/** The gold's events (test/fixtures/us-japan-2021-03-16/expected.json, copied from the shared fixtures). */
interface GoldEvent {
  what: string;
  plover: string;
  cameo?: string;
  cameo_root?: string;
  participants?: string[];
  source?: string;
  target_country?: string;
  date?: string;
  date_between?: [string, string];
  place?: string;
  modality: string;
}

const gold = JSON.parse(readFixture('us-japan-2021-03-16', 'expected.json')) as { events: GoldEvent[]; date: string };
const out = sharedAnalyzer().analyze({ text: readFixture('us-japan-2021-03-16', 'article.txt'), origin: 'article.txt' }, { date: gold.date });
const entity = new Map(out.entities.map((e) => [e.id, e]));
const nameOf = (id: string) => entity.get(id)!.name;

/** "04 or 036" → ['04', '036']; an event matches one of them by its code's prefix. */
function codesOf(g: GoldEvent): string[] {
  return g.cameo ? [g.cameo] : (g.cameo_root ?? '').split(' or ');
}

function matches(e: EventOutput, g: GoldEvent): boolean {
  if (e.plover.type !== g.plover || !codesOf(g).some((c) => e.cameo.code.startsWith(c))) return false;
  const people = [...e.source, ...e.target].map(nameOf).sort();
  if (g.participants) return JSON.stringify(people) === JSON.stringify([...g.participants].sort());
  return e.source.map(nameOf).includes(g.source!) && e.target.some((id) => entity.get(id)!.country === g.target_country);
}

describe('events of the reference article (us-japan-2021-03-16)', () => {
  for (const g of gold.events) {
    it(g.what, () => {
      const found = out.events.filter((e) => matches(e, g));
      assert.equal(found.length, 1, `one event for '${g.what}' among:\n${out.events.map((e) => `${e.plover.type} ${e.cameo.code} ${[...e.source, '→', ...e.target].map((x) => (x === '→' ? x : nameOf(x))).join(' ')}`).join('\n')}`);
      const e = found[0]!;
      assert.equal(e.modality, g.modality);
      if (g.date) assert.deepEqual([e.date?.start, e.date?.end], [g.date, g.date]);
      if (g.date_between) assert.deepEqual([e.date?.start, e.date?.end], g.date_between);
      if (g.place) assert.equal(e.place?.name, g.place);
      assert.ok(e.cameo.source && e.cameo.target, 'both sides coded');
    });
  }

  it('codes compound sides by what they share (USAGOV → CHNGOV), never as a run-on code', () => {
    const anchorage = out.events.find((e) => e.place?.name === 'Anchorage')!;
    assert.deepEqual([anchorage.cameo.source, anchorage.cameo.target], ['USAGOV', 'CHNGOV']);
    for (const e of out.events) for (const code of [e.cameo.source, e.cameo.target]) assert.ok(code && code.length <= 9, String(code));
  });

  it('links participants to Wikidata', () => {
    const anchorage = out.events.find((e) => e.place?.name === 'Anchorage')!;
    assert.deepEqual([...anchorage.source, ...anchorage.target].map((id) => entity.get(id)!.wikidata), ['Q7821917', 'Q16730147', 'Q58211', 'Q701801']);
  });

  it('yields nothing from the captions and the boilerplate, and no more than one event beyond the gold', () => {
    const outside = out.blocks.filter((b) => b.kind !== 'body');
    for (const e of out.events) assert.ok(!outside.some((b) => b.start <= e.evidence.start && e.evidence.end <= b.end), e.evidence.text);
    // The one beyond the gold: "Washington has demonstrated a willingness to engage in dialogue with Beijing" (hypothetical).
    assert.ok(out.events.length <= gold.events.length + 1, `${out.events.length} events`);
  });
});
