import type { PostKind, Sector } from './model.js';
import { normalizeName } from './normalize.js';

/**
 * What kind of office a title names. Sources spell the same office many ways
 * ("Minister for Foreign Affairs", "Foreign Minister of Albania", "Secretary of
 * State"), and an article uses yet others ("top diplomat"); the kind is what lets a
 * title in the text find the post in the KB whatever the spelling.
 */

export interface PostClass {
  readonly kind: PostKind;
  readonly sector: Sector;
  /** One holder at a time: a later holder's start ends an open term. */
  readonly single: boolean;
}

const HEAD_OF_STATE = new Set([
  'president', 'federal president', 'president of the republic', 'king', 'queen', 'emperor', 'monarch',
  'sultan', 'emir', 'amir', 'grand duke', 'head of state', 'sovereign', 'supreme leader', 'chief of state',
  'president of the state', 'chairman of the presidium', 'prince', 'reigning prince', 'co prince',
]);
const HEAD_OF_GOVERNMENT = new Set([
  'prime minister', 'premier', 'premier of the state council', 'chancellor', 'federal chancellor',
  'head of government', 'president of the government', 'president of the council of ministers',
  'chairman of the council of ministers', 'chief executive', 'taoiseach', 'pm', 'premier of the state council of the people s republic of china',
  'chairman of the government', 'chair of the government',
]);
const DEPUTY_HEAD_OF_STATE = new Set(['vice president', 'vice-president', 'first vice president']);
const DEPUTY_HEAD_OF_GOVERNMENT = new Set(['deputy prime minister', 'vice premier', 'first deputy prime minister', 'vice chancellor', 'deputy chancellor']);

const SUBORDINATE = /\b(deputy|vice|assistant|associate|under|junior|parliamentary|state secretary|minister of state|senior vice|shadow|permanent secretary|spokes(?:man|person|woman)|ambassador|envoy|representative|director general|chief of staff)\b/;
const LEGISLATURE = /\b(speaker|house of|senate|parliament|assembly|congress|duma|councillors|representatives|diet|legislative|bundestag|majority leader|minority leader)\b/;
const JUDICIARY = /\b(justice of|judge|court|chief justice|attorney general|prosecutor)\b/;

/**
 * Classify one title, optionally with its country (for "Secretary of State" in the
 * USA) and that country's normalised names: "President of Russia" is the head of
 * state, "President of the Sakha Republic" is not, so "of X" is dropped only when X
 * names the country itself.
 */
export function classifyTitle(title: string, country?: string, countryNames?: ReadonlySet<string>): PostClass {
  const t = stripOfCountry(normalizeName(title), countryNames);
  if (HEAD_OF_STATE.has(t)) return { kind: 'head_of_state', sector: 'GOV', single: true };
  if (HEAD_OF_GOVERNMENT.has(t)) return { kind: 'head_of_government', sector: 'GOV', single: true };
  // Many states have several vice presidents at once (Iran, Afghanistan): no end is inferred.
  if (DEPUTY_HEAD_OF_STATE.has(t)) return { kind: 'deputy_head_of_state', sector: 'GOV', single: false };
  if (DEPUTY_HEAD_OF_GOVERNMENT.has(t)) return { kind: 'deputy_head_of_government', sector: 'GOV', single: false };
  if (/^national security advi[sc]or$|^assistant to the president for national security affairs$/.test(t)) {
    return { kind: 'national_security', sector: 'GOV', single: true };
  }
  if (JUDICIARY.test(t) && !/\bminister\b|\bsecretary\b/.test(t)) return { kind: 'judiciary', sector: 'JUD', single: false };
  if (LEGISLATURE.test(t) && !/\bminister\b/.test(t)) return { kind: 'legislature', sector: 'LEG', single: false };
  if (SUBORDINATE.test(t)) return { kind: 'other', sector: 'GOV', single: false };
  const ministerial = /\b(minister|secretary|ministry|chancellor of the exchequer)\b/.test(t);
  if (ministerial) {
    if (country === 'USA' && t === 'secretary of state') return { kind: 'foreign', sector: 'GOV', single: true };
    // India's and others' "Foreign Secretary" is a civil servant; Britain's is the minister.
    if (t === 'foreign secretary' && country !== undefined && country !== 'GBR') return { kind: 'other', sector: 'GOV', single: false };
    if (/\bforeign (affairs|minister|secretary)\b|\bforeign and\b|\band foreign affairs\b|\bexternal (affairs|relations)\b|^foreign minister\b|\bforeign\b$/.test(t) && !/\bforeign trade\b|\bforeign investment\b|^(minister|ministry|secretary) (of|for) trade\b/.test(t)) {
      return { kind: 'foreign', sector: 'GOV', single: true };
    }
    // The defence minister's title ends in "defence" ("Minister for Defence Materiel" is another post).
    if (/\bdefen[cs]e( minister| secretary)?$|^minister (of|for) (the )?armed forces$|^(secretary|minister) of war$/.test(t) && !/\bcivil defen/.test(t)) {
      return { kind: 'defence', sector: 'MIL', single: true };
    }
    if (/^(minister (of|for) )?finance( minister)?$|^minister of (the )?(economy and )?finance$|^secretary of the treasury$|^chancellor of the exchequer$|^finance minister$/.test(t)) {
      return { kind: 'finance', sector: 'GOV', single: true };
    }
    if (/^(minister (of|for) )?(the )?(interior|home affairs|internal affairs)( minister)?$|^home secretary$|^secretary of homeland security$/.test(t)) {
      return { kind: 'interior', sector: 'GOV', single: true };
    }
    if (/^(minister (of|for) )?justice( minister)?$|^attorney general$|^secretary of justice$/.test(t)) {
      return { kind: 'justice', sector: 'GOV', single: true };
    }
  }
  return { kind: 'other', sector: 'GOV', single: false };
}

/**
 * "president of albania" → "president" when Albania is the post's country; "minister of
 * finance of estonia" → "minister of finance"; other "of …" stay.
 */
function stripOfCountry(t: string, countryNames?: ReadonlySet<string>): string {
  for (const of of [t.lastIndexOf(' of '), t.indexOf(' of ')]) {
    if (of < 0) continue;
    const rest = t.slice(of + 4).replace(/^the /, '');
    const isCountry = rest === 'republic' || (countryNames?.has(rest) ?? false) || (countryNames?.has(`the ${rest}`) ?? false);
    if (isCountry) return t.slice(0, of);
  }
  return t;
}

/**
 * Titles as an article writes them, mapped to the kind they ask for. Used only at
 * query time; the posts' own titles and aliases are matched as well.
 */
export const TITLE_KINDS: ReadonlyMap<string, PostKind> = new Map<string, PostKind>([
  ['head of state', 'head_of_state'], ['president', 'head_of_state'], ['king', 'head_of_state'],
  ['queen', 'head_of_state'], ['emperor', 'head_of_state'], ['monarch', 'head_of_state'],
  ['head of government', 'head_of_government'], ['prime minister', 'head_of_government'],
  ['premier', 'head_of_government'], ['chancellor', 'head_of_government'], ['pm', 'head_of_government'],
  ['vice president', 'deputy_head_of_state'],
  ['deputy prime minister', 'deputy_head_of_government'], ['vice premier', 'deputy_head_of_government'],
  ['foreign minister', 'foreign'], ['minister for foreign affairs', 'foreign'], ['minister of foreign affairs', 'foreign'],
  ['foreign secretary', 'foreign'], ['foreign affairs minister', 'foreign'], ['top diplomat', 'foreign'],
  ['secretary of state', 'foreign'], ['external affairs minister', 'foreign'], ['minister of external affairs', 'foreign'],
  ['minister of external relations', 'foreign'], ['fm', 'foreign'],
  ['defense minister', 'defence'], ['defence minister', 'defence'], ['minister of defense', 'defence'],
  ['minister of defence', 'defence'], ['minister of national defense', 'defence'], ['minister of national defence', 'defence'],
  ['secretary of defense', 'defence'], ['defense secretary', 'defence'], ['defence secretary', 'defence'],
  ['defense chief', 'defence'], ['defence chief', 'defence'], ['pentagon chief', 'defence'],
  ['finance minister', 'finance'], ['minister of finance', 'finance'], ['treasury secretary', 'finance'],
  ['interior minister', 'interior'], ['home secretary', 'interior'], ['minister of the interior', 'interior'],
  ['justice minister', 'justice'], ['minister of justice', 'justice'],
  ['national security advisor', 'national_security'], ['national security adviser', 'national_security'],
]);

/** The kind a title asks for, if it is a generic title; null for a specific post name. */
export function kindOfQueryTitle(text: string): PostKind | null {
  const t = normalizeName(text);
  return TITLE_KINDS.get(t) ?? null;
}
