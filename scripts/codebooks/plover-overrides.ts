/**
 * Corrections to the CAMEO→PLOVER table (CAMEO2PLOVER-2021.txt) where it disagrees with the PLOVER manual
 * (PLOVER_MANUAL.tex) the table was made from. The manual's translation table maps the CAMEO roots to PLOVER
 * types and says (note 2) that sub-codes "should simply be reduced to the 2-digit cue category", with documented
 * exceptions. Applied by the compiler (apply-overrides.ts); each corrected entry of
 * data/codebooks/cc-by-sa/cameo-to-plover.json keeps what the table had and why it changed. The manual and the
 * table are CC BY-SA 4.0 (Open Event Data Alliance): the compiled entries stay in data/codebooks/cc-by-sa.
 */

export interface PloverOverride {
  readonly id: string;
  readonly code: string;
  /** The table's type and mode, as "TYPE mode" (or "TYPE"): checked, so a changed table is looked at again. */
  readonly was: string;
  readonly type: string;
  readonly mode: string | null;
  readonly why: string;
}

export const PLOVER_OVERRIDES: readonly PloverOverride[] = [
  {
    id: 'sanctions-are-sanction', code: '163', was: 'COERCE restrict', type: 'SANCTION', mode: 'discontinue',
    why: 'The table sends CAMEO 163 (impose embargo, boycott, or sanctions) to COERCE, the one 16 code it moves out of root 16 (REDUCE RELATIONS → SANCTION). The manual keeps it in SANCTION: its SANCTION mode "discontinue" reads "International (political or economic) sanctions are coded as \'discontinue\'", and note 2 of the translation table reduces sub-codes to their root.',
  },
  {
    id: 'resignation-is-retreat', code: '0831', was: 'CONCEDE', type: 'RETREAT', mode: 'resign',
    why: 'CAMEO 0831 (accede to demands for change in leadership) is how the dictionary codes a resignation (resign, step down, quit the post, submit the resignation; its election patterns are recoded to 083 by verb-overrides.ts). The manual: "RETREAT also covers resignations of government officials", with the RETREAT mode "resign: Official resignation"; CONCEDE covers verbal concessions "which have no immediate material consequences". A resignation announced for later stays CONCEDE or AGREE by its modality.',
  },
  {
    id: 'eased-curfew-is-concede', code: '0813', was: 'RETREAT', type: 'CONCEDE', mode: null,
    why: 'CAMEO 0813 (ease curfew) sits among the 081 codes (ease administrative sanctions) that the table sends to CONCEDE, but the table alone moves it to RETREAT. The manual\'s CONCEDE names it: "easing of administrative or legal restrictions on persons and organizations, removing curfews"; RETREAT is material withdrawal (troops, territory, sanctions 085, access 086).',
  },
  {
    id: 'eased-emergency-is-concede', code: '0814', was: 'RETREAT', type: 'CONCEDE', mode: null,
    why: 'As eased-curfew-is-concede: easing a state of emergency or martial law (0814) eases an administrative or legal restriction, which the manual\'s CONCEDE covers, as the table codes its sibling 081.',
  },
];
