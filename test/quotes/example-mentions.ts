import type { MentionSpec } from './mentions-fixture.js';

/**
 * The example article's people and organisations as the actors stages are to
 * mention them: each person's names (however garbled), titles and the pronoun
 * "He" in "He said", all tied to one entity id.
 */
export const EXAMPLE_MENTIONS: readonly MentionSpec[] = [
  { text: 'John Blinken', entity: 'Q4773867', title: 'Secretary of State' },
  { text: 'Blinken', entity: 'Q4773867', within: 'Tokyo. Both sides said the U.S.-Japan alliance is the cornerstone of maintaining peace and stability in the Indo-Pacific region. Blinken' },
  { text: 'Blinken', entity: 'Q4773867', within: 'In his remarks, Blinken' },
  { text: 'He', entity: 'Q4773867', kind: 'pronoun', within: 'He said, “We believe' },
  { text: 'Toshimichi Motegi', entity: 'Q1064716', title: 'Japanese Foreign Minister' },
  { text: 'Toshimichi Mogi', entity: 'Q1064716', title: 'Japanese Foreign Minister' },
  { text: 'Toshimichi Shigeki', entity: 'Q1064716' },
  { text: 'Kan', entity: 'Q333970', title: 'Prime Minister' },
  { text: 'Austin', entity: 'Q2640074', title: 'Secretary' },
  { text: 'Nobuo Kishi', entity: 'Q11560426', title: 'Japanese Defense Minister' },
  { text: 'Sullivan', entity: 'Q7966153', title: 'White House National Security Adviser' },
  { text: 'Yang Jiechi', entity: 'Q16909' },
  { text: 'Wang Yi', entity: 'Q16914', title: 'State Councilor and Foreign Minister' },
  { text: 'Pentagon', entity: 'Q11208', type: 'ORG', kind: 'metonym' },
  { text: 'Biden administration', entity: 'biden-administration', type: 'ORG' },
  { text: 'Chinese Communist Party', entity: 'Q17427', type: 'ORG' },
  { text: 'Washington', entity: 'Q30', type: 'GPE', kind: 'metonym' },
  { text: 'Beijing', entity: 'Q148', type: 'GPE', kind: 'metonym' },
];
