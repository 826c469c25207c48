import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readFixture, sharedAnalyzer } from '../helpers.js';

interface GoldPerson {
  name: string;
  wikidata: string | null;
  country: string;
  sector: string;
  surfaces: string[];
  name_checks: { surface: string; wrong: string; right: string }[];
}

const gold = JSON.parse(readFixture('us-japan-2021-03-16', 'expected.json')) as { persons: GoldPerson[]; date: string };
const out = sharedAnalyzer().analyze({ text: readFixture('us-japan-2021-03-16', 'article.txt') }, { date: gold.date });

function entityWith(surface: string) {
  return out.entities.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text === surface));
}

describe('actors in the reference article', () => {
  for (const p of gold.persons) {
    it(`${p.name}: linked, with every surface attached`, () => {
      const found = entityWith(p.surfaces[0]!);
      assert.equal(found.length, 1, `one entity mentions '${p.surfaces[0]}'`);
      const e = found[0]!;
      if (p.wikidata) assert.equal(e.wikidata, p.wikidata);
      assert.equal(e.country, p.country);
      assert.equal(e.sector, p.sector);
      for (const s of p.surfaces) assert.ok(e.mentions.some((m) => m.text === s), `${p.name} has '${s}'`);
    });
  }

  it('raises the five name checks with the right names, and no other', () => {
    const expected = gold.persons.flatMap((p) => p.name_checks.map((c) => `${c.surface} | ${c.wrong} → ${c.right}`)).sort();
    const actual = out.entities.flatMap((e) => e.nameChecks.map((c) => `${c.surface} | ${c.wrong} → ${c.right}`)).sort();
    assert.deepEqual(actual, expected);
  });

  it('explains the Kan check with the other holder of the office', () => {
    const kan = out.entities.flatMap((e) => e.nameChecks).find((c) => c.surface === 'Kan')!;
    assert.equal(kan.kind, 'other-holder');
    assert.match(kan.why, /Yoshihide Suga/);
    assert.match(kan.why, /Naoto Kan/);
    assert.match(kan.why, /菅/);
  });

  it('resolves "He said" and "In his remarks" to Blinken', () => {
    const blinken = entityWith('Blinken')[0]!;
    const he = out.text.indexOf('He said, “We believe');
    assert.ok(blinken.mentions.some((m) => m.start === he && m.kind === 'pronoun'));
    const his = out.text.indexOf('his remarks');
    assert.ok(blinken.mentions.some((m) => m.start === his));
  });

  it('marks the caption mention as a caption', () => {
    const motegi = entityWith('Toshimichi Mogi')[0]!;
    assert.ok(motegi.mentions.find((m) => m.text === 'Toshimichi Mogi')!.caption);
    assert.ok(!motegi.mentions.find((m) => m.text === 'Toshimichi Motegi')!.caption);
  });

  it('codes the actors in CAMEO, with MIL on defence posts', () => {
    assert.equal(entityWith('Blinken')[0]!.cameo, 'USAGOV');
    assert.equal(entityWith('Austin')[0]!.cameo, 'USAGOVMIL');
    assert.equal(entityWith('Nobuo Kishi')[0]!.cameo, 'JPNGOVMIL');
    assert.equal(entityWith('Wang Yi')[0]!.cameo, 'CHNGOV');
  });

  it('finds the organisations and metonyms', () => {
    const orgWith = (s: string) => out.entities.find((e) => e.mentions.some((m) => m.text === s));
    assert.equal(orgWith('Chinese Communist Party')?.country, 'CHN');
    assert.equal(orgWith('Chinese Communist Party'), orgWith('Communist Party'));
    assert.equal(orgWith('Pentagon')?.country, 'USA');
    assert.equal(orgWith('White House')?.country, 'USA');
    assert.equal(orgWith('Biden administration')?.cameo, 'USAGOV');
    assert.equal(orgWith('Burma')?.country, 'MMR');
    assert.equal(orgWith('Indo-Pacific')?.type, 'LOC');
  });
});
