import type { Actor } from '../kb/model.js';
import { normalizeName } from '../kb/normalize.js';

/**
 * The Phoenix country dictionaries file armed groups and movements beside people, with dated codes
 * ("THE_ISLAMIC_STATE_ [IMGMUSISI 130408-]", "SYRIAN_NATIONAL_COUNCIL_ [SYROPP …]"), so the KB import reads
 * them as persons. A name made with one of these words is an organisation's, whatever the file said.
 */
const GROUP_WORDS: ReadonlySet<string> = new Set([
  'state', 'army', 'front', 'party', 'movement', 'brigade', 'brigades', 'organization', 'organisation', 'council', 'union',
  'league', 'committee', 'alliance', 'forces', 'militia', 'militias', 'liberation', 'network', 'group', 'battalion',
  'battalions', 'corps', 'guard', 'guards', 'brotherhood', 'mujahideen', 'qaeda', 'qaida', 'taliban', 'coalition',
]);

function hasGroupWord(norm: string): boolean {
  for (const w of norm.split(' ')) if (GROUP_WORDS.has(w)) return true;
  return false;
}

/**
 * Whether a Phoenix "person" entry, named by `surface`, is a group: the surface has a group word ("Islamic
 * State", "Syrian National Council"), or it is a one-word alias ("Isil", "Daesh") of an entry whose own name has
 * one. A one-word alias that ends another alias ("Zarqawi" of "Abu Muzab Al-Zarqawi") is a member's surname.
 */
export function namesGroup(actor: Actor, surface: string): boolean {
  const norm = normalizeName(surface).replace(/^the /, '');
  if (norm === '') return false;
  if (hasGroupWord(norm)) return true;
  if (norm.includes(' ') || !hasGroupWord(normalizeName(actor.name))) return false;
  const tail = ` ${norm}`;
  return !actor.aliases.some((a) => normalizeName(a).endsWith(tail));
}
