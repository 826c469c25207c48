import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { regularPlural, regularVerbForms } from '../../src/codebooks/inflect.js';

describe('regularVerbForms', () => {
  it('adds -s, -ed, -ing', () => {
    assert.deepEqual(regularVerbForms('praise'), ['praise', 'praises', 'praised', 'praising']);
    assert.deepEqual(regularVerbForms('ACCUSE'), ['accuse', 'accuses', 'accused', 'accusing']);
    assert.deepEqual(regularVerbForms('attack'), ['attack', 'attacks', 'attacked', 'attacking']);
  });

  it('doubles the final consonant of a one-syllable CVC verb', () => {
    assert.deepEqual(regularVerbForms('ban'), ['ban', 'bans', 'banned', 'banning']);
    assert.deepEqual(regularVerbForms('stop'), ['stop', 'stops', 'stopped', 'stopping']);
  });

  it('gives both spellings where stress decides (visited, omitted)', () => {
    const visit = regularVerbForms('visit');
    assert.ok(visit.includes('visited') && visit.includes('visiting'));
    const omit = regularVerbForms('omit');
    assert.ok(omit.includes('omitted') && omit.includes('omitting'));
  });

  it('drops a silent e, turns a consonant y into i, keeps ee and ie rules', () => {
    assert.deepEqual(regularVerbForms('carry'), ['carry', 'carries', 'carried', 'carrying']);
    assert.deepEqual(regularVerbForms('play'), ['play', 'plays', 'played', 'playing']);
    assert.deepEqual(regularVerbForms('agree'), ['agree', 'agrees', 'agreed', 'agreeing']);
    assert.deepEqual(regularVerbForms('die'), ['die', 'dies', 'died', 'dying']);
    assert.deepEqual(regularVerbForms('push'), ['push', 'pushes', 'pushed', 'pushing']);
  });

  it('does not double w, x or y', () => {
    assert.deepEqual(regularVerbForms('vow'), ['vow', 'vows', 'vowed', 'vowing']);
    assert.deepEqual(regularVerbForms('fix'), ['fix', 'fixes', 'fixed', 'fixing']);
  });
});

describe('regularPlural', () => {
  it('pluralises regular nouns and leaves plural-looking ones alone', () => {
    assert.equal(regularPlural('asset'), 'assets');
    assert.equal(regularPlural('inquiry'), 'inquiries');
    assert.equal(regularPlural('embargo'), 'embargos');
    assert.equal(regularPlural('crash'), 'crashes');
    assert.equal(regularPlural('talks'), undefined);
  });
});
