import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isActorId } from '../../src/store/queries.js';

// An id is matched by key alone (fast); anything else also by the names actors have in articles.
test('isActorId tells ids and store keys from names', () => {
  for (const id of ['Q7821917', 'Q1', 'country:JPN', 'name:john blinken', 'kb:abc']) assert.equal(isActorId(id), true, id);
  for (const name of ['Blinken', 'Q', 'Q0', 'Qatar', 'q7821917', 'Antony Blinken', 'US: officials', ':JPN', 'Country:JPN']) assert.equal(isActorId(name), false, name);
});
