/**
 * Evaluative words that make a quote a verbal event, with the CAMEO code each
 * signals (titles from data/codebooks/cameo-codes.json). Two frames:
 *
 * - speaker-verb: the speaker ("I", "we") does it to the object: "I highly
 *   appreciate the Biden administration's commitment" → 051 toward the US government.
 * - predicate-noun: the speaker calls an actor a threat or an enemy: "The
 *   Chinese Communist Party is our main threat" → 111. The actor named is the
 *   threat, so the speaker denounces it (CAMEO 111 Criticize or denounce);
 *   a threat the speaker makes would be 13x, which the verb "threaten" codes.
 *
 * Appeals (CAMEO 02x) are left out: PLOVER drops root 02, and every event here
 * carries a PLOVER type.
 */
import { regularVerbForms } from '../codebooks/index.js';

export type CueFrame = 'speaker-verb' | 'predicate-noun';

export interface QuoteCue {
  readonly code: string;
  readonly frame: CueFrame;
  /** Why the code: the CAMEO title. */
  readonly why: string;
}

const VERB_CUES: readonly { readonly lemmas: readonly string[]; readonly code: string; readonly why: string }[] = [
  { lemmas: ['praise', 'appreciate', 'welcome', 'commend', 'applaud', 'salute', 'thank', 'endorse', 'congratulate'], code: '051', why: 'CAMEO 051 Praise or endorse' },
  { lemmas: ['criticize', 'criticise', 'condemn', 'denounce', 'deplore', 'slam', 'decry'], code: '111', why: 'CAMEO 111 Criticize or denounce' },
  { lemmas: ['accuse', 'blame'], code: '112', why: 'CAMEO 112 Accuse' },
  { lemmas: ['threaten'], code: '130', why: 'CAMEO 130 Threaten' },
  { lemmas: ['reject', 'rebuff', 'repudiate'], code: '120', why: 'CAMEO 120 Reject' },
  { lemmas: ['agree'], code: '030', why: 'CAMEO 030 Express intent to cooperate' },
  { lemmas: ['apologize', 'apologise'], code: '055', why: 'CAMEO 055 Apologize' },
];

const NOUN_CUES: readonly string[] = ['threat', 'threats', 'enemy', 'enemies', 'adversary', 'adversaries', 'menace', 'danger'];

/** Verbs that predicate a noun of their subject: "X is / poses / remains a threat". */
export const PREDICATING_VERBS: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', "'s", 'remains', 'remain', 'remained', 'poses', 'pose', 'posed', 'represents', 'represent', 'represented', 'constitutes', 'constitute', 'become', 'becomes', 'became',
]);

/** Word form → cue, built once per process from the lists above. */
export function quoteCueIndex(): ReadonlyMap<string, QuoteCue> {
  const index = new Map<string, QuoteCue>();
  for (const v of VERB_CUES) for (const lemma of v.lemmas) for (const form of regularVerbForms(lemma)) index.set(form, { code: v.code, frame: 'speaker-verb', why: v.why });
  for (const n of NOUN_CUES) index.set(n, { code: '111', frame: 'predicate-noun', why: 'CAMEO 111 Criticize or denounce (an actor called a threat or an enemy)' });
  return index;
}
