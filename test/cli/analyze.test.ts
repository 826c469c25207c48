import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, truncateSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { analysisValidator, errorRecordValidator } from '../../src/output/validate.js';
import { cli, fixturePath } from '../helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'attache-cli-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(tmp, name);
  writeFileSync(p, content);
  return p;
};
const validate = analysisValidator();
const validateError = errorRecordValidator();

describe('attache analyze', () => {
  it('writes a schema-valid document for the example', async () => {
    const r = await cli(['analyze', fixturePath('us-japan-2021-03-16', 'article.txt'), '--date', '2021-03-16']);
    assert.equal(r.code, 0, r.stderr);
    const doc = JSON.parse(r.stdout);
    const v = validate(doc);
    assert.ok(v.valid, v.errors.join('\n'));
    assert.equal(doc.date, '2021-03-16');
    assert.equal(doc.dateSource, 'option');
  });
  it('--format text is plain when not on a terminal and coloured on one', async () => {
    const plain = await cli(['analyze', fixturePath('us-japan-2021-03-16', 'article.txt'), '--date', '2021-03-16', '--format', 'text']);
    assert.equal(plain.code, 0);
    assert.ok(!plain.stdout.includes('\u001b['));
    assert.match(plain.stdout, /caption/);
    assert.match(plain.stdout, /Recent Comments/);
    const tty = await cli(['analyze', fixturePath('us-japan-2021-03-16', 'article.txt'), '--format', 'text'], { tty: true });
    assert.ok(tty.stdout.includes('\u001b['));
    assert.match(tty.stdout, /pass --date/);
  });
  it('reads standard input', async () => {
    const r = await cli(['analyze', '-', '--date', '2020-01-02'], { stdin: 'The minister met his counterpart in Paris yesterday.' });
    assert.equal(r.code, 0, r.stderr);
    assert.equal(JSON.parse(r.stdout).date, '2020-01-02');
  });
  it('has --help with examples for every command', async () => {
    for (const argv of [['--help'], ['analyze', '--help']]) {
      const r = await cli(argv);
      assert.equal(r.code, 0);
      assert.match(r.stdout, /Examples:/);
    }
  });
  it('gives a clear message, and no stack trace, for each kind of bad input', async () => {
    const big = join(tmp, 'big.txt');
    closeSync(openSync(big, 'w'));
    truncateSync(big, 50 * 1024 * 1024);
    const cases: [string[], RegExp, string][] = [
      [['analyze', file('empty.txt', '')], /empty/, 'E_EMPTY'],
      [['analyze', file('blank.txt', ' \n\t\n')], /only whitespace/, 'E_EMPTY'],
      [['analyze', file('binary.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]))], /binary/, 'E_BINARY'],
      [['analyze', file('latin1.txt', Buffer.from('Caf\xe9', 'latin1'))], /not valid UTF-8 at byte 3/, 'E_ENCODING'],
      [['analyze', big], /50\.0 MB, over the 10\.0 MB limit/, 'E_TOO_LARGE'],
      [['analyze', join(tmp, 'missing.txt')], /no such file/, 'E_NOT_FOUND'],
      [['analyze', fixturePath('us-japan-2021-03-16', 'article.txt'), '--date', '2021-02-30'], /no such day/, 'E_BAD_DATE'],
      [['analyze', fixturePath('us-japan-2021-03-16', 'article.txt'), '--nope'], /Unknown option/, 'E_USAGE'],
    ];
    for (const [argv, message, code] of cases) {
      const r = await cli(argv);
      assert.notEqual(r.code, 0, argv.join(' '));
      assert.match(r.stderr, message, argv.join(' '));
      assert.ok(r.stderr.includes(`[${code}]`), `${argv.join(' ')}: ${r.stderr}`);
      assert.ok(!/\n\s+at /.test(r.stderr), `no stack trace: ${r.stderr}`);
      assert.equal(r.stdout, '');
    }
  });
  it('--jsonl writes one line per input line, in order, with error records for bad lines', async () => {
    const path = file(
      'batch.jsonl',
      [
        JSON.stringify({ id: 'one', date: '2021-03-16', text: 'Blinken met Motegi in Tokyo on Tuesday.' }),
        'this is not json',
        JSON.stringify({ id: 'three', title: 'no text' }),
        JSON.stringify({ id: 'four', html: '<html><head><meta property="og:title" content="Paged"></head><body><p>The talks ended on Friday.</p></body></html>' }),
      ].join('\n'),
    );
    const r = await cli(['analyze', '--jsonl', path]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 4);
    assert.equal(lines[0].id, 'one');
    assert.ok(validate(lines[0]).valid);
    assert.deepEqual(lines[1], { line: 2, error: lines[1].error, code: 'E_JSONL_PARSE' });
    assert.ok(validateError(lines[1]).valid);
    assert.equal(lines[2].id, 'three');
    assert.equal(lines[2].code, 'E_JSONL_RECORD');
    assert.equal(lines[3].title, 'Paged');
    assert.ok(validate(lines[3]).valid, validate(lines[3]).errors.join());
    assert.match(r.stderr, /2 of 4 lines failed/);
  });
});

describe('attache check', () => {
  it('lists each wrong name with line:column, the marked sentence, the right name and why', async () => {
    const r = await cli(['check', fixturePath('us-japan-2021-03-16', 'article.txt'), '--date', '2021-03-16']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /article\.txt:1:25 {2}John → Antony/);
    assert.match(r.stdout, /U\.S\. Secretary of State \[John\] Blinken/);
    assert.match(r.stdout, /Kan → Suga/);
    assert.match(r.stdout, /5 name checks/);
  });
  it('--format json gives one object per check', async () => {
    const r = await cli(['check', fixturePath('us-japan-2021-03-16', 'article.txt'), '--date', '2021-03-16', '--format', 'json']);
    const checks = JSON.parse(r.stdout) as { wrong: string; right: string; line: number; column: number }[];
    assert.deepEqual(checks.map((c) => `${c.wrong}→${c.right}`), ['John→Antony', 'Toshimichi→Toshimitsu', 'Mogi→Motegi', 'Shigeki→Motegi', 'Kan→Suga']);
    assert.deepEqual([checks[0]!.line, checks[0]!.column], [1, 25]);
  });
  it('says so when no name is wrong', async () => {
    const r = await cli(['check', '-', '--date', '2021-03-16'], { stdin: 'Secretary of State Antony Blinken met Japanese Foreign Minister Toshimitsu Motegi in Tokyo.' });
    assert.equal(r.code, 0);
    assert.match(r.stdout, /no name checks/);
  });
});
