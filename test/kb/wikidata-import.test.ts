import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { importWikidata } from '../../src/kb/importers/wikidata.js';
import { openKnowledgeBase } from '../../src/kb/open.js';
import type { KnowledgeBase } from '../../src/kb/knowledge-base.js';
import { bundledKb, fixture, tempDir } from './helpers.js';

const tmp = tempDir();
let bundled: KnowledgeBase;
before(() => {
  bundled = bundledKb();
});
after(() => {
  bundled.close();
  tmp.cleanup();
});

/** Today's dump shape: "id" on entity references, one entity a line inside [ ]. */
function modernLine(entity: Record<string, unknown>): string {
  const s = JSON.stringify(entity, (k, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v) && 'numeric-id' in v) {
      const { ['numeric-id']: n, ...rest } = v as Record<string, unknown>;
      return { ...rest, id: `Q${String(n)}` };
    }
    return v;
  });
  return s;
}

describe('Wikidata import of the 2015-shape fixture (Andrus Ansip, Q57640)', () => {
  const userKb = join(tmp.dir, 'ansip.db');
  it('reads its 7 positions, all 55 labels, and year-precision dates', async () => {
    const report = await importWikidata(fixture('Q57640.full.json'), { userKb, kb: bundled });
    assert.equal(report.failed, null);
    assert.deepEqual(report.problems, []);
    assert.equal(report.persons, 1);
    assert.equal(report.statements, 7);
    const kb = openKnowledgeBase({ userKb });
    try {
      const p = kb.personById('Q57640');
      assert.ok(p);
      assert.equal(p.name, 'Andrus Ansip');
      const labels = p.names.filter((n) => n.kind === 'label' && n.source.startsWith('user:'));
      assert.equal(labels.length, 55);
      assert.equal(new Set(labels.map((n) => n.lang)).size, 55);
      // 13 aliases, one of which repeats the Russian label.
      assert.equal(p.names.filter((n) => n.kind === 'alias').length, 12);
      assert.ok(p.names.some((n) => n.text === 'アンドルス・アンシプ' && n.lang === 'ja'));
      const offices = kb.officesOf('Q57640');
      const posts = new Set(offices.map((o) => o.postId));
      // Seven statements about five positions: the three on Prime Minister of Estonia overlap and merge.
      assert.equal(posts.size, 5);
      const q6627739 = offices.find((o) => o.postId === 'Q6627739');
      assert.equal(q6627739?.start, '1998');
      assert.equal(q6627739?.end, '2004');
      const month = offices.find((o) => o.postId === 'Q21121665');
      assert.equal(month?.start, '2004-09');
      assert.equal(month?.end, '2005-04');
      const pm = offices.filter((o) => o.postId === 'EST:head_of_government');
      assert.deepEqual(pm.map((o) => [o.start, o.end]), [['2005-04-12', '2014-03-26']]);
      // Year precision covers the whole year on a query.
      assert.ok(kb.officesOf('Q57640', '1998-06-30').some((o) => o.postId === 'Q6627739'));
      // The user layer's statements answer holders queries of the bundled post.
      assert.equal(kb.holders({ country: 'EST', post: 'Prime Minister', date: '2010-01-01' })[0]?.wikidata, 'Q57640');
    } finally {
      kb.close();
    }
  });
});

describe('Wikidata dump shapes and compression', () => {
  const ansip = JSON.parse(readFileSync(fixture('Q57640.full.json'), 'utf8')) as Record<string, unknown>;
  const parts = JSON.parse(readFileSync(fixture('Q312894.full.json'), 'utf8')) as Record<string, unknown>;
  const dumpText = `[\n${modernLine(ansip)},\n${modernLine(parts)}\n]\n`;

  it('reads today\'s dump layout, gzipped, entity by entity', async () => {
    const file = join(tmp.dir, 'dump.json.gz');
    writeFileSync(file, gzipSync(dumpText));
    const userKb = join(tmp.dir, 'modern.db');
    const report = await importWikidata(file, { userKb, kb: bundled });
    assert.equal(report.failed, null);
    assert.equal(report.persons, 2);
    assert.equal(report.statements, 9);
  });

  it('reads .bz2 through the system bzip2', async (t) => {
    if (spawnSync('bzip2', ['--help']).error) {
      t.skip('bzip2 is not installed');
      return;
    }
    const file = join(tmp.dir, 'dump.json.bz2');
    const bz = spawnSync('bzip2', ['-c'], { input: dumpText });
    writeFileSync(file, bz.stdout);
    const report = await importWikidata(file, { userKb: join(tmp.dir, 'bz.db'), kb: bundled });
    assert.equal(report.failed, null);
    assert.equal(report.persons, 2);
  });

  it('reports a non-JSON line and an entity with no labels by line, and imports the rest', async () => {
    const noLabels = { ...parts, id: 'Q999999999', labels: {} };
    const file = join(tmp.dir, 'bad-lines.json');
    writeFileSync(file, `[\n${modernLine(ansip)},\n{"type": "item", "id": "Q1", "labels": {\n${modernLine(noLabels)},\n${modernLine(parts)}\n]\n`);
    const report = await importWikidata(file, { userKb: join(tmp.dir, 'bad-lines.db'), kb: bundled });
    assert.equal(report.failed, null);
    assert.equal(report.persons, 2);
    assert.deepEqual(report.problems, [
      { position: 'line 3', message: 'not valid JSON' },
      { position: 'line 4', message: 'entity Q999999999 has no labels' },
    ]);
  });

  it('a truncated gzip fails the import and leaves the user KB as it was', async () => {
    const userKb = join(tmp.dir, 'keep.db');
    const first = await importWikidata(fixture('Q57640.full.json'), { userKb, kb: bundled });
    assert.equal(first.failed, null);
    const before = readFileSync(userKb);
    const gz = gzipSync(`[\n${modernLine(parts)},\n${modernLine(parts).replace('Q312894', 'Q312895')},\n${'x'.repeat(100000)}\n]\n`);
    const file = join(tmp.dir, 'truncated.json.gz');
    writeFileSync(file, gz.subarray(0, Math.floor(gz.length / 2)));
    const report = await importWikidata(file, { userKb, kb: bundled });
    assert.ok(report.failed, 'the import should fail');
    assert.match(report.failed ?? '', /truncated.*after line \d+, \d+ bytes read/);
    assert.deepEqual(readFileSync(userKb), before);
    const kb = openKnowledgeBase({ userKb });
    try {
      assert.equal(kb.personById('Q312894')?.sources.some((s) => s.startsWith('user:')) ?? false, false);
    } finally {
      kb.close();
    }
  });

  it('a failed first import leaves no user KB file behind', async () => {
    const userKb = join(tmp.dir, 'never.db');
    const file = join(tmp.dir, 'truncated2.json.gz');
    writeFileSync(file, gzipSync(dumpText).subarray(0, 40));
    const report = await importWikidata(file, { userKb, kb: bundled });
    assert.ok(report.failed);
    assert.equal(existsSync(userKb), false);
  });

  it('a missing file is an error, not an empty import', async () => {
    await assert.rejects(importWikidata(join(tmp.dir, 'nope.json'), { userKb: join(tmp.dir, 'x.db') }), /no such file/);
    assert.equal(existsSync(join(tmp.dir, 'x.db')), false);
  });
});

describe('re-importing a file', () => {
  it('replaces what the earlier import of the same file brought, without duplicates', async () => {
    const dir = tempDir();
    try {
      const userKb = join(dir.dir, 'again.db');
      const file = join(dir.dir, 'ansip.json');
      const entity = JSON.parse(readFileSync(fixture('Q57640.full.json'), 'utf8')) as { claims: { P39: unknown[] } };
      writeFileSync(file, JSON.stringify(entity));
      await importWikidata(file, { userKb });
      // The newer version of the file has one statement fewer.
      entity.claims.P39 = entity.claims.P39.slice(1);
      writeFileSync(file, JSON.stringify(entity));
      const again = await importWikidata(file, { userKb });
      assert.equal(again.statements, 6);
      const kb = openKnowledgeBase({ userKb });
      try {
        const offices = kb.officesOf('Q57640');
        assert.equal(offices.length, 4);
        assert.equal(offices.some((o) => o.postId === 'Q6627739'), false);
        assert.equal(kb.personById('Q57640')?.names.filter((n) => n.lang === 'en').length, 1);
      } finally {
        kb.close();
      }
    } finally {
      dir.cleanup();
    }
  });
});

describe('input quirks', () => {
  it('reads a dump with a byte-order mark and CRLF line ends', async () => {
    const dir = tempDir();
    try {
      const entity = readFileSync(fixture('Q312894.full.json'), 'utf8');
      const file = join(dir.dir, 'bom.json');
      writeFileSync(file, `\uFEFF[\r\n${JSON.stringify(JSON.parse(entity))}\r\n]\r\n`);
      const r = await importWikidata(file, { userKb: join(dir.dir, 'bom.db') });
      assert.deepEqual(r.problems, []);
      assert.equal(r.persons, 1);
    } finally {
      dir.cleanup();
    }
  });
});

describe('positions described in the dump', () => {
  it('give their label, country and kind to the posts they name', async () => {
    const dir = tempDir();
    try {
      const person = JSON.parse(readFileSync(fixture('Q312894.full.json'), 'utf8')) as Record<string, unknown>;
      const position = {
        type: 'item', id: 'Q21100241', labels: { en: { language: 'en', value: 'Minister of Finance of Estonia' } },
        claims: { P31: [{ mainsnak: { snaktype: 'value', property: 'P31', datavalue: { value: { 'entity-type': 'item', id: 'Q4164871' }, type: 'wikibase-entityid' } }, type: 'statement', rank: 'normal' }] },
      };
      const file = join(dir.dir, 'with-position.json');
      writeFileSync(file, `[\n${JSON.stringify(person)},\n${JSON.stringify(position)}\n]\n`);
      const userKb = join(dir.dir, 'pos.db');
      const r = await importWikidata(file, { userKb, kb: bundled });
      assert.deepEqual(r.problems, []);
      const kb = openKnowledgeBase({ userKb });
      try {
        const post = kb.post('Q21100241');
        assert.equal(post?.title, 'Minister of Finance of Estonia');
        assert.equal(post?.country, 'EST');
        assert.equal(post?.kind, 'finance');
      } finally {
        kb.close();
      }
    } finally {
      dir.cleanup();
    }
  });
});

describe('readings from labels in their own script', () => {
  it('splits a Japanese label with ENAMDICT and reads it (茂木敏充 → Motegi, Mogi, Shigeki)', async () => {
    const dir = tempDir();
    try {
      const entity = JSON.parse(readFileSync(fixture('Q312894.full.json'), 'utf8')) as Record<string, unknown> & { labels: Record<string, unknown> };
      entity.id = 'Q999000001';
      entity.labels = {
        en: { language: 'en', value: 'Test Person' },
        ja: { language: 'ja', value: '茂木敏充' },
        zh: { language: 'zh', value: '蔡英文' },
        uk: { language: 'uk', value: 'Володимир Зеленський' },
      };
      const file = join(dir.dir, 'native.json');
      writeFileSync(file, JSON.stringify(entity));
      const userKb = join(dir.dir, 'native.db');
      const r = await importWikidata(file, { userKb });
      assert.deepEqual(r.problems, []);
      const kb = openKnowledgeBase({ userKb });
      try {
        const p = kb.personById('Q999000001');
        const ja = p?.readings.find((x) => x.lang === 'ja');
        assert.deepEqual([ja?.family, ja?.given], ['茂木', '敏充']);
        for (const reading of ['Motegi', 'Mogi', 'Shigeki']) assert.ok(ja?.familyReadings.includes(reading), reading);
        assert.ok(p?.readings.find((x) => x.lang === 'zh')?.familyReadings.includes('Tsai'));
        assert.ok(p?.readings.find((x) => x.lang === 'uk')?.familyReadings.includes('Zelenskyy'));
        assert.equal(kb.search('Toshimitsu Shigeki', { limit: 1 })[0]?.person.id, 'Q1655453');
        assert.ok(kb.search('Cai Yingwen').some((c) => c.person.id === 'Q999000001'));
      } finally {
        kb.close();
      }
    } finally {
      dir.cleanup();
    }
  });
});
