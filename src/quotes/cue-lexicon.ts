/**
 * The words and phrases that attribute speech in news. Each entry says how the
 * speaker stands to it, which is what attribution needs:
 * - 'verb': the speaker is its subject ("Motegi said", "said Motegi");
 * - 'source': the speaker follows it ("according to the ministry");
 * - 'setting': it says where words were said ("in a statement") but names no
 *   one, so it only strengthens a verb nearby;
 * - 'characterise': verbs that frame a partial quote ("called the alliance a
 *   “cornerstone”"); they attribute marked words only, never indirect speech.
 * `reports` says whether a verb carries a reported clause, the thing indirect
 * speech is built on: 'any' for verbs that take one with or without "that"
 * ("said the alliance is …"), 'that' for verbs whose bare object is usually a
 * noun phrase ("underscored the commitment to …") and so report speech only
 * with "that", 'none' for the rest.
 */
export type CueRole = 'verb' | 'source' | 'setting' | 'characterise';

export type Reports = 'any' | 'that' | 'none';

export interface CueEntry {
  readonly role: CueRole;
  readonly reports: Reports;
}

// Speech verbs that take a reported clause, in their finite forms (the forms
// news uses for attribution: "said", "says", "has told", "is warning").
const REPORTING_VERBS = [
  'say', 'says', 'said', 'saying',
  'tell', 'tells', 'told', 'telling',
  'add', 'adds', 'added',
  'stress', 'stresses', 'stressed',
  'warn', 'warns', 'warned',
  'note', 'notes', 'noted',
  'explain', 'explains', 'explained',
  'insist', 'insists', 'insisted',
  'argue', 'argues', 'argued',
  'assert', 'asserts', 'asserted',
  'declare', 'declares', 'declared',
  'state', 'states', 'stated',
  'announce', 'announces', 'announced',
  'claim', 'claims', 'claimed',
  'confirm', 'confirms', 'confirmed',
  'acknowledge', 'acknowledges', 'acknowledged',
  'admit', 'admits', 'admitted',
  'emphasize', 'emphasizes', 'emphasized', 'emphasise', 'emphasises', 'emphasised',
  'reiterate', 'reiterates', 'reiterated',
  'affirm', 'affirms', 'affirmed',
  'underline', 'underlines', 'underlined',
  'underscore', 'underscores', 'underscored',
  'predict', 'predicts', 'predicted',
  'caution', 'cautions', 'cautioned',
  'concede', 'concedes', 'conceded',
  'complain', 'complains', 'complained',
  'suggest', 'suggests', 'suggested',
  'write', 'writes', 'wrote',
  'tweet', 'tweets', 'tweeted',
  'reply', 'replies', 'replied',
  'respond', 'responds', 'responded',
  'answer', 'answers', 'answered',
  'vow', 'vows', 'vowed',
  'pledge', 'pledges', 'pledged',
  'promise', 'promises', 'promised',
  'recall', 'recalls', 'recalled',
  'observe', 'observes', 'observed',
  'remark', 'remarks', 'remarked',
];

// Speech verbs that attribute marked words but rarely carry a reported clause.
const QUOTING_VERBS = ['ask', 'asks', 'asked', 'urge', 'urges', 'urged', 'comment', 'comments', 'commented', 'continue', 'continues', 'continued', 'quip', 'quipped', 'exclaimed', 'shouted', 'joked', 'joke', 'jokes'];

const CHARACTERISING_VERBS = ['call', 'calls', 'called', 'describe', 'describes', 'described', 'dub', 'dubs', 'dubbed', 'term', 'terms', 'termed', 'label', 'labels', 'labelled', 'labeled', 'brand', 'brands', 'branded', 'hail', 'hails', 'hailed'];

// Reporting verbs that take a bare clause as often as a noun phrase.
const BARE_CLAUSE_VERBS = new Set([
  'say', 'says', 'said', 'add', 'adds', 'added', 'argue', 'argues', 'argued', 'insist', 'insists', 'insisted',
  'claim', 'claims', 'claimed', 'warn', 'warns', 'warned', 'predict', 'predicts', 'predicted',
  'suggest', 'suggests', 'suggested', 'write', 'writes', 'wrote', 'tweet', 'tweets', 'tweeted',
]);

export const CUE_WORDS: ReadonlyMap<string, CueEntry> = new Map<string, CueEntry>([
  ...REPORTING_VERBS.map((w) => [w, { role: 'verb', reports: BARE_CLAUSE_VERBS.has(w) ? 'any' : 'that' }] as const),
  ...QUOTING_VERBS.map((w) => [w, { role: 'verb', reports: 'none' }] as const),
  ...CHARACTERISING_VERBS.map((w) => [w, { role: 'characterise', reports: 'none' }] as const),
]);

/**
 * Verb forms that are speech verbs whatever tag the tagger gives them; other
 * forms count only when tagged VERB (so "the state", "notes", "a claim" do not).
 */
export const ALWAYS_VERBS: ReadonlySet<string> = new Set(['said', 'says', 'told', 'tells', 'added', 'stressed', 'warned', 'insisted', 'asked', 'replied']);

export interface CuePhrase {
  /** Lower-cased words; '*' matches any one word. */
  readonly words: readonly string[];
  readonly entry: CueEntry;
}

/** Multi-word cues, matched before single words (longest first). */
export const CUE_PHRASES: readonly CuePhrase[] = [
  { words: ['quoted', 'as', 'saying'], entry: { role: 'verb', reports: 'any' } },
  { words: ['told', 'a', 'news', 'conference'], entry: { role: 'verb', reports: 'that' } },
  { words: ['told', 'the', 'press'], entry: { role: 'verb', reports: 'that' } },
  { words: ['told', 'reporters'], entry: { role: 'verb', reports: 'that' } },
  { words: ['told', 'journalists'], entry: { role: 'verb', reports: 'that' } },
  { words: ['told', 'lawmakers'], entry: { role: 'verb', reports: 'that' } },
  { words: ['pointed', 'out'], entry: { role: 'verb', reports: 'that' } },
  { words: ['went', 'on'], entry: { role: 'verb', reports: 'none' } },
  { words: ['according', 'to'], entry: { role: 'source', reports: 'none' } },
  { words: ['in', '*', '*', 'statement'], entry: { role: 'setting', reports: 'none' } },
  { words: ['in', '*', 'statement'], entry: { role: 'setting', reports: 'none' } },
  { words: ['in', '*', 'remarks'], entry: { role: 'setting', reports: 'none' } },
  { words: ['in', '*', 'interview'], entry: { role: 'setting', reports: 'none' } },
  { words: ['in', '*', 'speech'], entry: { role: 'setting', reports: 'none' } },
  { words: ['in', 'a', 'post'], entry: { role: 'setting', reports: 'none' } },
  { words: ['in', 'a', 'tweet'], entry: { role: 'setting', reports: 'none' } },
];
