import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPopolo, exportPopolo } from '../../src/kb/importers/popolo.js';
import { openKnowledgeBase } from '../../src/kb/open.js';
import { fixture, tempDir } from './helpers.js';

const tmp = tempDir();
after(() => tmp.cleanup());

type Membership = { person_id: string; post_id: string; role?: string; start_date?: string; end_date?: string };

describe('Popolo', () => {
  it('imports a person with a Wikidata identifier and names in several scripts', async () => {
    const userKb = join(tmp.dir, 'tuvalu.db');
    const report = await importPopolo(fixture('popolo-everypolitician-tuvalu.json'), { userKb });
    assert.equal(report.failed, null);
    assert.equal(report.persons, 1);
    const kb = openKnowledgeBase({ userKb });
    try {
      const p = kb.personById('Q330640');
      assert.equal(p?.name, 'Enele Sopoaga');
      assert.ok(p?.names.some((n) => n.text === 'エネレ・ソポアガ' && n.lang === 'ja'));
    } finally {
      kb.close();
    }
  });

  it('round-trips: import, export, import the export elsewhere, export again — the same document', async () => {
    const first = join(tmp.dir, 'first.db');
    for (const f of ['popolo-person.json', 'popolo-embedding-post.json', 'popolo-everypolitician-tuvalu.json']) {
      const r = await importPopolo(fixture(f), { userKb: first });
      assert.equal(r.failed, null);
      assert.deepEqual(r.problems, []);
    }
    const kb1 = openKnowledgeBase({ userKb: first });
    const doc1 = exportPopolo(kb1, { userOnly: true });
    kb1.close();
    assert.equal(doc1.persons.length, 2);
    assert.equal(doc1.memberships.length, 1);
    const m = doc1.memberships[0] as Membership;
    assert.deepEqual([m.person_id, m.role, m.start_date, m.end_date], ['popolo:john-q-public', "Chef at Joe's Diner", '1972-01-01', '1980-03-15']);

    const file = join(tmp.dir, 'export.json');
    writeFileSync(file, JSON.stringify(doc1));
    const second = join(tmp.dir, 'second.db');
    const r2 = await importPopolo(file, { userKb: second });
    assert.deepEqual(r2.problems, []);
    const kb2 = openKnowledgeBase({ userKb: second });
    const doc2 = exportPopolo(kb2, { userOnly: true });
    kb2.close();
    const strip = (d: typeof doc1) => ({
      persons: d.persons.map((p) => ({ ...p, other_names: (p.other_names as { name: string; lang?: string }[]).map((n) => `${n.lang ?? ''}:${n.name}`).sort() })),
      posts: d.posts,
      memberships: d.memberships.map((x) => ({ ...x, sources: undefined })),
    });
    assert.deepEqual(strip(doc2), strip(doc1));
  });

  it('reports a membership whose person is unknown, and invalid JSON fails without touching the KB', async () => {
    const userKb = join(tmp.dir, 'bad.db');
    const file = join(tmp.dir, 'orphan.json');
    writeFileSync(file, JSON.stringify({ memberships: [{ person_id: 'nobody', post_id: 'p1', start_date: '2020-01-01' }] }));
    const r = await importPopolo(file, { userKb });
    assert.deepEqual(r.problems.map((p) => p.position), ['memberships[0]']);
    const broken = join(tmp.dir, 'broken.json');
    writeFileSync(broken, '{"persons": [');
    const r2 = await importPopolo(broken, { userKb });
    assert.match(r2.failed ?? '', /not valid JSON/);
  });
});
