import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { ingest, inlinePool, openStore, type AnalysisPool, type IngestSummary, type Store } from '../../src/store/index.js';
import { runJob, type AnalysisJob, type AnalysisResult } from '../../src/store/ingest/job.js';
import { sharedAnalyzer } from '../helpers.js';
import { STATE_DEPT_40, stateDeptLines, tempDir } from './helpers.js';

const dir = tempDir('attache-ingest-');

function run(store: Store, paths: string[], pool: AnalysisPool = inlinePool(sharedAnalyzer())): Promise<IngestSummary> {
  return ingest({ store, pool, paths, cwd: dir, stdin: Readable.from([]), maxBytes: 10 * 1024 * 1024 });
}

/** A pool that finishes jobs in the reverse of the order it was given them, a few at a time: completion order must not matter. */
function reversingPool(): AnalysisPool {
  let waiting: { job: AnalysisJob; resolve: (r: AnalysisResult) => void }[] = [];
  let timer: NodeJS.Timeout | null = null;
  const release = () => {
    timer = null;
    const now = waiting.reverse();
    waiting = [];
    for (const w of now) w.resolve(runJob(sharedAnalyzer(), w.job));
  };
  return {
    capacity: 4,
    run: (job) => new Promise((resolve) => {
      waiting.push({ job, resolve });
      if (waiting.length >= 4) release();
      else timer ??= setTimeout(release, 5);
    }),
    close: async () => undefined,
  };
}

const write = (name: string, lines: string[]) => {
  const p = join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
};

describe('ingest', () => {
  it('is idempotent: a second run over the same articles skips them all and the stats stay the same', async () => {
    const store = openStore(join(dir, 'twice.db'));
    const first = await run(store, [STATE_DEPT_40]);
    assert.equal(first.read, 40);
    assert.equal(first.failed, 0);
    assert.equal(first.inserted + first.duplicates + first.unchanged, 40);
    const stats = store.stats();
    assert.equal(stats.articles, first.inserted);
    const second = await run(store, [STATE_DEPT_40]);
    assert.equal(second.inserted, 0);
    assert.equal(second.unchanged + second.duplicates, 40);
    assert.deepEqual(store.stats(), stats);
    store.close();
  });

  it('keeps the later of two inputs with one id, whatever order the analyses finish in, and on a rerun', async () => {
    const [a, b, c, d] = stateDeptLines(4).map((l) => JSON.parse(l) as { text: string; title: string; published: string });
    const lines = [
      JSON.stringify({ ...a, id: 'x', url: undefined }),
      JSON.stringify({ ...b, id: 'y', url: undefined }),
      JSON.stringify({ ...c, id: 'z', url: undefined }),
      JSON.stringify({ ...d, id: 'x', url: undefined }),
    ];
    const path = write('same-id.jsonl', lines);
    const store = openStore(join(dir, 'same-id.db'));
    const summary = await run(store, [path], reversingPool());
    assert.equal(summary.superseded, 1);
    const titleOf = (id: string) => (store.db.prepare('SELECT title FROM articles WHERE ext_id = ?').get(id) as { title: string }).title;
    assert.equal(titleOf('x'), d!.title);
    const stats = store.stats();
    assert.equal(stats.articles, 3);
    await run(store, [path], reversingPool());
    assert.equal(titleOf('x'), d!.title);
    assert.deepEqual(store.stats(), stats);
    store.close();
  });

  it('replaces a changed article (same id, new text) on a later run', async () => {
    const [a, b] = stateDeptLines(2).map((l) => JSON.parse(l) as Record<string, string>);
    const store = openStore(join(dir, 'changed.db'));
    await run(store, [write('v1.jsonl', [JSON.stringify({ ...a, id: 'story-1' })])]);
    const s = await run(store, [write('v2.jsonl', [JSON.stringify({ ...b, id: 'story-1', url: a!.url })])]);
    assert.equal(s.replaced, 1);
    assert.equal(store.stats().articles, 1);
    store.close();
  });

  it('reports each bad input with its file, line and reason, and stores the rest', async () => {
    const [a, b] = stateDeptLines(2);
    const path = write('bad.jsonl', [a!, 'not json at all', JSON.stringify({ id: 'no-text', title: 'Nothing' }), b!]);
    const store = openStore(join(dir, 'bad.db'));
    const s = await run(store, [path, 'missing.jsonl']);
    assert.equal(s.inserted, 2);
    assert.deepEqual(s.errors.map((e) => [e.file, e.line, e.code]), [
      [path, 2, 'E_JSONL_PARSE'],
      [path, 3, 'E_JSONL_RECORD'],
      ['missing.jsonl', null, 'E_NOT_FOUND'],
    ]);
    assert.match(s.errors[0]!.reason, /^not valid JSON/);
    store.close();
  });

  it('reads directories recursively: .txt, .html and .jsonl files, nothing else', async () => {
    const root = join(dir, 'tree');
    mkdirSync(join(root, 'sub'), { recursive: true });
    writeFileSync(join(root, 'a.txt'), 'Secretary of State Antony Blinken met Foreign Minister Toshimitsu Motegi in Tokyo on March 16, 2021.');
    writeFileSync(join(root, 'sub', 'b.html'), '<html><head><title>Talks</title></head><body><article><p>The foreign ministers of France and Germany met in Berlin on Friday to discuss the war.</p></article></body></html>');
    writeFileSync(join(root, 'sub', 'c.jsonl'), `${stateDeptLines(1)[0]}\n`);
    writeFileSync(join(root, 'notes.md'), 'not an article');
    writeFileSync(join(root, 'empty.txt'), '');
    const store = openStore(join(dir, 'tree.db'));
    const s = await run(store, ['tree']);
    assert.equal(s.inserted, 3);
    assert.deepEqual(s.errors.map((e) => [e.file, e.code]), [[join('tree', 'empty.txt'), 'E_EMPTY']]);
    const formats = store.db.prepare<[], { format: string }>('SELECT format FROM articles ORDER BY format').all().map((r) => r.format);
    assert.deepEqual(formats, ['html', 'text', 'text']);
    store.close();
  });
});
