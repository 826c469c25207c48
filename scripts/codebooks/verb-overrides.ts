/**
 * Corrections to the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt), applied by the compiler
 * (apply-overrides.ts) so that data/codebooks/cameo-verbs.json carries them and the events stage reads the
 * dictionary as it is. Each says what it changes and why; each names the entry it expects (group, lemma, the
 * pattern's line and text), and the build fails when the source no longer has it, so an upstream edit cannot
 * turn an override into a silent no-op.
 *
 * Kinds:
 * - `add-verb`: a verb the dictionary's patterns are written for but that no block lists (its forms given when
 *   irregular, as the dictionary's brace lists give them).
 * - `verb-code`: a verb's own default code (null: none of its own, the block's applies).
 * - `no-default`: the verb keeps its patterns but codes nothing without one (as if its block were `[---]`).
 * - `group-code`: a block's default code (null: `[---]`, only patterns and verbs' own codes code).
 * - `pattern-code`: a pattern's code. `drop-pattern`: a pattern removed. `add-pattern`: a pattern added to a block.
 */

export type VerbOverride =
  | { readonly id: string; readonly kind: 'add-verb'; readonly group: string; readonly lemma: string; readonly code: string; readonly why: string; readonly forms?: readonly string[] }
  | { readonly id: string; readonly kind: 'verb-code'; readonly group: string; readonly lemmas: readonly string[]; readonly code: string | null; readonly why: string }
  | { readonly id: string; readonly kind: 'no-default'; readonly group: string; readonly lemmas: readonly string[]; readonly why: string }
  | { readonly id: string; readonly kind: 'group-code'; readonly group: string; readonly code: string | null; readonly why: string }
  | { readonly id: string; readonly kind: 'pattern-code'; readonly line: number; readonly text: string; readonly code: string; readonly why: string }
  | { readonly id: string; readonly kind: 'drop-pattern'; readonly line: number; readonly text: string; readonly why: string }
  | { readonly id: string; readonly kind: 'add-pattern'; readonly group: string; readonly text: string; readonly why: string };

export const VERB_OVERRIDES: readonly VerbOverride[] = [
  {
    id: 'urge-verb', kind: 'add-verb', group: 'DEMAND', lemma: 'urge', code: '020',
    why: 'The DEMAND block holds fourteen patterns commented "# URGE" (- * EFFORTS [020], - * TALKS [026], …) but no URGE verb line, so "urged" matched nothing. Added with the appeal code 020 that its own patterns use.',
  },
  {
    id: 'refuse-verbs', kind: 'verb-code', group: 'REFUSE', lemmas: ['reject', 'refuse', 'deny'], code: '120',
    why: 'The REFUSE block is [---], so "Serbia rejected the ultimatum" coded nothing unless a pattern named the object. Rejecting, refusing and denying (entry, a request) are CAMEO 120 Reject whatever the object; the block\'s patterns (denied the accusations 016, rejected the proposal 120, …) still decide where they match. Resist and withstand stay uncoded: "resisted pressure" is no rejection of anyone.',
  },
  {
    id: 'accept-verb', kind: 'verb-code', group: 'EMBRACE', lemmas: ['accept'], code: '030',
    why: 'The EMBRACE block is [---]; its patterns code "accepted the plan/treaty/request" as 030, so acceptance with no pattern ("Denmark accepted a formula") is the same agreement, CAMEO 030 (PLOVER AGREE: "agree to, accept …"). Adopt, embrace, incorporate stay uncoded (adopting a law, embracing a view are no acts toward anyone).',
  },
  {
    id: 'accept-demands', kind: 'add-pattern', group: 'EMBRACE', text: '- * DEMAND [080] # ACCEPT',
    why: 'Accepting a demand is yielding to it (CAMEO 08: "accede to demands"), not an agreement of one\'s own; the block codes "accept … refusal" 080 but has no demand pattern.',
  },
  {
    id: 'accept-ultimatum', kind: 'add-pattern', group: 'EMBRACE', text: '- * ULTIMATUM [080] # ACCEPT',
    why: 'As accept-demands: an ultimatum accepted is a demand yielded to.',
  },
  {
    id: 'accept-conditions', kind: 'add-pattern', group: 'EMBRACE', text: '- * CONDITIONS [080] # ACCEPT',
    why: 'As accept-demands: accepting the other side\'s conditions or terms is yielding to them.',
  },
  {
    id: 'accept-terms', kind: 'add-pattern', group: 'EMBRACE', text: '- * TERMS [080] # ACCEPT',
    why: 'As accept-conditions.',
  },
  {
    id: 'agree-verb', kind: 'verb-code', group: 'AGREE', lemmas: ['agree'], code: '030',
    why: 'The AGREE block defaults to 050 (engage in diplomatic cooperation, an act done), but bare "agreed to resign", "agreed on a plan" commit to something: CAMEO 03 express intent, as the block\'s own patterns code "agree (with)", "(to proposal)" 030.',
  },
  {
    id: 'no-default-hope', kind: 'no-default', group: 'HOPE', lemmas: ['hope', 'desire'],
    why: '"Hopes", "desires" state a wish, not an appeal to anyone (block default 020); the block\'s patterns ("hope for peace" 013) still code.',
  },
  {
    id: 'no-default-suggest', kind: 'no-default', group: 'SUGGEST', lemmas: ['suggest', 'hint'],
    why: '"Suggested" in news mostly reports what evidence or people suggest ("reports suggest a deliberate act"), not an appeal (020); the patterns for proposed deployments, relief flights still code. Propose, recommend, advise, advocate keep the appeal default.',
  },
  {
    id: 'no-default-need', kind: 'no-default', group: 'DEMAND', lemmas: ['need'],
    why: '"Needs" states a lack, not a demand on anyone (block default 100); "need evidence" (0214) and the other patterns still code.',
  },
  {
    id: 'no-default-want', kind: 'no-default', group: 'DEMAND', lemmas: ['want'],
    why: '"Wants" states a wish (own default 030, an intent to cooperate, whatever is wanted); the WANT patterns ("wants talks" 036, "wants compensation" 1031, …) still code.',
  },
  {
    id: 'no-default-hear', kind: 'no-default', group: 'HEAR', lemmas: ['hear', 'learn', '+find out'],
    why: 'Hearing or learning something is no meeting (block default 040): "officials learned of the attack". "Heard the appeal" and the other patterns still code.',
  },
  {
    id: 'no-default-pass', kind: 'no-default', group: 'ALLOW', lemmas: ['pass'],
    why: '"Passed" is mostly a vote on a bill or time passing, not a concession (block default 080); the ALLOW patterns for passed amendments and reforms (083) still code.',
  },
  {
    id: 'no-default-accord', kind: 'no-default', group: 'GRANT', lemmas: ['accord'],
    why: '"According to" is a source attribution, tagged as a verb; its block default 060 (material cooperation) made the source an actor. The GRANT patterns still code "accorded recognition" and the like.',
  },
  {
    id: 'oversee-manage', kind: 'group-code', group: 'OVERSEE_MANAGE', code: null,
    why: 'The block (lead, head, rule, govern, handle, manage, control, direct, …) defaulted to 060 material cooperation, but "Mugabe ruled Zimbabwe", "Biden led Trump in the polls", "heads the ministry", "how he handled the pandemic" state a standing relation or a role, no cooperation between actors. Without a pattern they code nothing; the verbs with codes of their own (address 010, monitor 090, order 100) and the block\'s patterns still code.',
  },
  {
    id: 'no-default-determine', kind: 'no-default', group: 'SELECT', lemmas: ['determine'],
    why: '"The court determined that …", "investigators determined the cause" report a finding, not an intent to cooperate (own default 030). Decide and vote keep theirs.',
  },
  {
    id: 'no-default-take', kind: 'no-default', group: 'APPREHEND', lemmas: ['take'],
    why: '"Take" defaulted to 171 (seize property): "took office", "took part", "took steps", "takes time" are no seizures. The APPREHEND patterns ("took control of", "took hostage", …) still code; capture and seize keep the default.',
  },
  {
    id: 'no-default-hold', kind: 'no-default', group: 'CONFINE', lemmas: ['hold'],
    why: '"Hold" defaulted to 170 (coerce): "held talks", "held a meeting", "holds the view", "held elections" are no coercion. The CONFINE patterns ("held hostage", "held … in custody", "held talks" 046) still code.',
  },
  {
    id: 'no-default-defeat', kind: 'no-default', group: 'DESTROY', lemmas: ['defeat'],
    why: '"Defeat" defaulted to 190 (conventional military force), but news defeats are mostly in elections, votes and games ("defeated the incumbent", "the bill was defeated"); a military defeat is coded by the force it names. DESTROY\'s patterns still code.',
  },
  {
    id: 'no-default-engage', kind: 'no-default', group: 'ENGAGE', lemmas: ['engage'],
    why: '"Engage" defaulted to 190: "engaged in talks", "engage with partners", "engages the public" are no fighting. The ENGAGE patterns ("engaged in clashes", "in a firefight") still code.',
  },
  {
    id: 'no-default-match', kind: 'no-default', group: 'PHYSICAL_CONFLICT', lemmas: ['match'],
    why: '"Match" defaulted to 190: "match the support", "matched the offer" are comparisons, not fights.',
  },
  {
    id: 'report-attack', kind: 'drop-pattern', line: 4640, text: '- * ATTACK [190] # REPORT',
    why: 'Reporting an attack is no attack by the reporter ("the ministry reported an attack on a convoy"); the attack, where it has its own attacker, is coded from its own words. Without the pattern the verb is a statement (010).',
  },
  {
    id: 'announce-measures', kind: 'drop-pattern', line: 4626, text: '- * MEASURES [130] # ANNOUNCE',
    why: 'Announced measures are as often relief, economic or health measures as threats ("announced measures to support farmers"); a threat is coded by the words that make it one. Without the pattern the verb is a statement (010).',
  },
  {
    id: 'underline-need', kind: 'drop-pattern', line: 4449, text: '- * NEED [100] # UNDERLINE',
    why: '"Stressed the need for dialogue/to protect civilians" states a view and names no one asked; coded 100 it stood alone as a demand in most readouts. Without the pattern the verb is a statement (010); a demand of someone is coded by "must" (obligations) or a demand verb.',
  },
  {
    id: 'call-for-sanctions', kind: 'pattern-code', line: 5565, text: '- * (FOR SANCTIONS) [1312] # CALL', code: '113',
    why: 'Calling for sanctions against X asks others to act: the caller rallies opposition against X (113), as the same block codes "call (for action) (against)" and "(for suspension)"; 1312 (threaten to sanction) needs a source that could impose them and a threat. Its earlier copy at line 5564 is dropped as a repeat.',
  },
  {
    id: 'sue-lawsuit', kind: 'group-code', group: 'SUE', code: '115',
    why: 'Suing is bringing a lawsuit, CAMEO 115 (PLOVER ACCUSE: "sue or bring to court"); the block\'s 173 (arrest, detain or charge with legal action) is what authorities do to a suspect, and made "a businessman is suing the United States" coercion.',
  },
  {
    id: 'sue-in-court', kind: 'pattern-code', line: 8379, text: '- * (IN COURT) [173] # SUE', code: '115',
    why: 'As sue-lawsuit: suing in court is a lawsuit.',
  },
  {
    id: 'sue-for', kind: 'pattern-code', line: 8380, text: '- * (FOR) [173] # SUE', code: '115',
    why: 'As sue-lawsuit: suing for damages is a lawsuit.',
  },
  {
    id: 'summon-ambassador', kind: 'add-pattern', group: 'MOBILIZE', text: '- * AMBASSADOR [114] # SUMMON',
    why: 'A government summons a foreign ambassador or envoy to complain (CAMEO 114 complain officially); the PLOVER manual: "summoning an in-country ambassador to present such grievances is just coded ACCUSE, not CONSULT". SUMMON\'s own 040 made it a meeting.',
  },
  {
    id: 'summon-envoy', kind: 'add-pattern', group: 'MOBILIZE', text: '- * ENVOY [114] # SUMMON',
    why: 'As summon-ambassador.',
  },
  {
    id: 'no-default-issue', kind: 'no-default', group: 'GRANT', lemmas: ['issue'],
    why: '"Issued" a statement, a warning, a reminder, a decree, a report is no material cooperation (block default 060); the GRANT patterns for issued statements (010), appeals (020) and the like still code.',
  },
  {
    id: 'resign-leadership', kind: 'verb-code', group: 'RESIGN', lemmas: ['resign'], code: '0831',
    why: 'A resignation is the change in leadership CAMEO codes 0831 (accede to demands for change in leadership), as the block\'s own patterns ("resign government", "minister resigns") and "step down", "quit (the) post", "submit (the) resignation" code it; the verb\'s 083 (political reform) is the broader parent. PLOVER reads 0831 as RETREAT resign (plover-overrides.ts).',
  },
  {
    id: 'call-election', kind: 'pattern-code', line: 5545, text: '- * ELECTION [0831] # CALL', code: '083',
    why: 'Calling an election is a political reform conceded (083), not a leader\'s resignation; 0831 is kept for resignations (resign-leadership).',
  },
  {
    id: 'agree-early-elections', kind: 'pattern-code', line: 5620, text: '- * (TO {EARLY ELECTIONS}) [0831] # AGREE', code: '083',
    why: 'As call-election: agreeing to early elections concedes a reform; no one has resigned.',
  },
  {
    id: 'agree-elections', kind: 'pattern-code', line: 5621, text: '- * (TO ELECTIONS) [0831] # AGREE', code: '083',
    why: 'As agree-early-elections.',
  },
  {
    id: 'hold-polls', kind: 'pattern-code', line: 7944, text: '- * POLLS [0831] # HOLD', code: '083',
    why: 'As call-election: holding polls is no resignation.',
  },
  {
    id: 'negotiate-release', kind: 'pattern-code', line: 6828, text: '- * RELEASE [0831] # NEGOTIATE', code: '046',
    why: 'Negotiating a release is a negotiation (046), not a change in leadership; the release itself, once made, is coded by its own verb.',
  },
  {
    id: 'send-arms', kind: 'pattern-code', line: 3520, text: '- * ARMS [154] # DEPLOY', code: '072',
    why: 'PETRARCH applies a block\'s patterns to all its verbs: this one, written for "deploy arms", made "continued to send arms to Pakistan" a mobilisation (154). Arms sent or delivered to someone are military aid (072), as the block codes "send &WEAPON"; a force deploying its own arms is coded by &MILITARY (154).',
  },
  {
    id: 'pressure-demand', kind: 'verb-code', group: 'IMPEL', lemmas: ['pressure'], code: '100',
    why: 'Pressuring someone to act ("pressured the workers to cancel the strike") presses a demand, as "press" and "push" in the DEMAND block (100); force and compel keep the block\'s 170 (coercion).',
  },
  {
    id: 'no-default-leave', kind: 'no-default', group: 'GO_SOMEWHERE', lemmas: ['leave', 'depart', '+leave behind', '+pull out', '+walk out', '+go away', 'egress'],
    why: 'Leaving, departing, pulling out are no consultation with anyone (block default 040, meant for travelling to meet): "leaving just 100 troops", "left the country". Travel, tour, attend and the block\'s patterns ("went to … for consultations") still code.',
  },
  {
    id: 'halt-mediation', kind: 'add-pattern', group: 'CANCEL', text: '- * &MEDIATION [165] # HALT',
    why: 'CAMEO 165 is "Halt mediation", and the CANCEL block codes the parallel "end talks" 164, but no pattern gave halting, suspending or ending mediation its code; "halted mediation" coded nothing (halt has no default).',
  },
  {
    id: 'dismiss-appeal', kind: 'add-pattern', group: 'DESPATCH', text: '- * APPEAL [120] # DISMISS',
    why: 'Dismissing an appeal, a proposal, an offer or a request is rejecting it (CAMEO 12 Reject); the block codes dismissed accusations (016) and speculation (010) but defaults to 110 (disapprove), which made "dismissed an appeal from the president" a criticism.',
  },
  {
    id: 'dismiss-appeals', kind: 'add-pattern', group: 'DESPATCH', text: '- * APPEALS [120] # DISMISS',
    why: 'As dismiss-appeal: dismissing appeals is rejecting them (120).',
  },
  {
    id: 'dismiss-proposal', kind: 'add-pattern', group: 'DESPATCH', text: '- * &PROPOSAL [120] # DISMISS',
    why: 'As dismiss-appeal: dismissing a proposal is rejecting it (120).',
  },
  {
    id: 'dismiss-offer', kind: 'add-pattern', group: 'DESPATCH', text: '- * OFFER [120] # DISMISS',
    why: 'As dismiss-appeal: dismissing an offer is rejecting it (120).',
  },
  {
    id: 'dismiss-request', kind: 'add-pattern', group: 'DESPATCH', text: '- * REQUEST [120] # DISMISS',
    why: 'As dismiss-appeal: dismissing a request is rejecting it (120).',
  },
  {
    id: 'dismiss-calls', kind: 'add-pattern', group: 'DESPATCH', text: '- * CALLS [120] # DISMISS',
    why: 'As dismiss-appeal: "dismissed calls for his resignation".',
  },
  {
    id: 'engage-ethnic-cleansing', kind: 'add-pattern', group: 'ENGAGE', text: '- * (IN {ETHNIC CLEANSING}) [203] # ENGAGE',
    why: 'CAMEO 203 is "Engage in ethnic cleansing" by name; with engage left without a default (no-default-engage) "were engaged in ethnic cleansing" coded nothing, though the CLEANSE block codes the verb "cleanse" 203.',
  },
  {
    id: 'engage-genocide', kind: 'add-pattern', group: 'ENGAGE', text: '- * (IN GENOCIDE) [202] # ENGAGE',
    why: 'Genocide is mass killing (CAMEO 202 Engage in mass killings); as engage-ethnic-cleansing.',
  },
  {
    id: 'engage-fighting', kind: 'add-pattern', group: 'ENGAGE', text: '- * (IN &FIGHT) [190] # ENGAGE',
    why: 'Engaging in fighting, battles, combat or war is the use of conventional military force (190), as engage defaulted to before no-default-engage; the block codes firefights and gunfights 193 already.',
  },
  {
    id: 'retake-verb', kind: 'add-verb', group: 'RECAPTURE', lemma: 'retake', code: '192', forms: ['retake', 'retakes', 'retaking', 'retook', 'retaken'],
    why: 'Retaking a village or a town is recapturing it, CAMEO 192 (occupy territory) as the RECAPTURE block codes "recapture"; read as "take" (no default, see no-default-take) "retook the village" coded nothing.',
  },
  {
    id: 'capture-town', kind: 'add-pattern', group: 'APPREHEND', text: '- * &TOWN [192] # CAPTURE',
    why: 'A town or village captured, seized or taken is territory occupied (CAMEO 192), as the INVADE block codes "occupy &TOWN"; the APPREHEND default is for people and property.',
  },
  {
    id: 'capture-stronghold', kind: 'add-pattern', group: 'APPREHEND', text: '- * &STRONGHOLD [192] # CAPTURE',
    why: 'As capture-town: a stronghold, fort or outpost captured is territory occupied.',
  },
  {
    id: 'capture-territory', kind: 'add-pattern', group: 'APPREHEND', text: '- * TERRITORY [192] # CAPTURE',
    why: 'As capture-town: territory captured is territory occupied (192).',
  },
  {
    id: 'no-default-enable', kind: 'no-default', group: 'ALLOW', lemmas: ['enable'],
    why: '"Enabling us to deepen cooperation", "the funds enable farmers to …" say what something makes possible, no concession to anyone (block default 080 yield); allow and permit keep it, and the block\'s patterns still code.',
  },
  {
    id: 'sign-memorandum', kind: 'add-pattern', group: 'SIGN', text: '- * MEMORANDUM [057] # SIGN',
    why: 'A memorandum of understanding signed is a formal agreement signed (CAMEO 057), as the block codes "sign &TREATY"; the TREATY set lacks the memorandum, the commonest form of such agreements in diplomatic releases.',
  },
  {
    id: 'no-default-reside', kind: 'no-default', group: 'INVADE', lemmas: ['reside', 'inhabit', 'infest'],
    why: 'Residing in or inhabiting a place is no occupation of territory (block default 192): "now resides in Iraq". Invade, occupy and overrun keep it, and the block\'s patterns still code.',
  },
  {
    id: 'no-default-risk', kind: 'no-default', group: 'ENDANGER', lemmas: ['risk'],
    why: 'The dictionary lists "risk" twice, in RISK (no code) and in ENDANGER (130 threaten), and the later wins; but the one who risks bears the danger: "risking 12 years in prison" threatens no one. Endanger keeps 130; the ENDANGER patterns still code.',
  },
  {
    id: 'head-to', kind: 'drop-pattern', line: 6393, text: '- * TO [030] # HEAD',
    why: 'Written for "headed to", it codes any verb of the OVERSEE_MANAGE block followed, anywhere after, by "to" as an expressed intent to cooperate (030): "Biden led Trump 50 percent to 40 percent", "led the delegation to Paris". Heading somewhere is travel, coded by the travel verbs; no agreement is expressed.',
  },
  {
    id: 'join-demonstrators', kind: 'add-pattern', group: 'ASSEMBLE', text: '- * DEMONSTRATORS [141] # JOIN',
    why: 'Joining or gathering with demonstrators is demonstrating (141), not a meeting (block default 040).',
  },
  {
    id: 'join-protesters', kind: 'add-pattern', group: 'ASSEMBLE', text: '- * PROTESTERS [141] # JOIN',
    why: 'As join-demonstrators.',
  },
  {
    id: 'give-welcome', kind: 'add-pattern', group: 'GRANT', text: '- * WELCOME [043] # GIVE',
    why: 'Giving (extending, according) a welcome to a visitor is hosting the visit (043), as the ACCLAIM block codes "welcome (to)"; the GRANT default 060 made it material cooperation.',
  },
  {
    id: 'upgrade-ties', kind: 'add-pattern', group: 'UPGRADE', text: '- * TIES [050] # UPGRADE',
    why: 'The UPGRADE block is [---] and codes only "{DIPLOMATIC RELATIONS}" as adjacent words, so "upgraded their diplomatic ties to ambassadorial level" coded nothing; raising ties is diplomatic cooperation (050), as FACILITATE codes "improve ties".',
  },
  {
    id: 'upgrade-relations', kind: 'add-pattern', group: 'UPGRADE', text: '- * RELATIONS [050] # UPGRADE',
    why: 'As upgrade-ties: "upgraded relations" with words between ("upgraded its relations with Cuba").',
  },
  {
    id: 'block-bridge', kind: 'add-pattern', group: 'EXCLUDE', text: '- * BRIDGE [144] # BLOCK',
    why: 'Blocking a bridge obstructs passage (144), as the block codes "block (the) road", "entrance", "convoy"; "blocked the bridge" coded the block default 170.',
  },
  {
    id: 'block-highway', kind: 'add-pattern', group: 'EXCLUDE', text: '- * HIGHWAY [144] # BLOCK',
    why: 'As block-bridge: a highway blocked is passage obstructed (144).',
  },
  {
    id: 'shorten-verb', kind: 'add-verb', group: 'LOOSEN', lemma: 'shorten', code: '080',
    why: 'No block lists "shorten", so "shortened the nightly curfew by one hour" coded nothing. Shortening a curfew, a sentence or a detention eases a restriction, as LOOSEN does; the verb codes only through patterns (no-default-shorten): "shortened the deadline" is no concession.',
  },
  {
    id: 'no-default-shorten', kind: 'no-default', group: 'LOOSEN', lemmas: ['shorten'],
    why: 'See shorten-verb: shortening codes only what its patterns name (a curfew, measures, restrictions, a sentence).',
  },
  {
    id: 'loosen-curfew', kind: 'add-pattern', group: 'LOOSEN', text: '- * CURFEW [0813] # LOOSEN',
    why: 'Loosening, relaxing or shortening a curfew is easing it (CAMEO 0813 "ease curfew"), as LIFT and FACILITATE code "lift/ease curfew"; LOOSEN had only "restriction".',
  },
  {
    id: 'loosen-measures', kind: 'add-pattern', group: 'LOOSEN', text: '- * MEASURES [081] # LOOSEN',
    why: 'Relaxing (emergency, security) measures is easing administrative sanctions (CAMEO 081), the block\'s "restriction" in other words.',
  },
  {
    id: 'loosen-sentence', kind: 'add-pattern', group: 'LOOSEN', text: '- * SENTENCE [081] # LOOSEN',
    why: 'As REDUCE codes "reduce sentences" 081: a sentence shortened is a penalty eased.',
  },
  {
    id: 'ease-measures', kind: 'add-pattern', group: 'FACILITATE', text: '- * MEASURES [081] # EASE',
    why: '"Eased emergency measures" is easing administrative sanctions (081), as the block codes "ease restriction" (080) and "ease curfew" (0813); without it the block default 060 (material cooperation) applied.',
  },
  {
    id: 'cancel-restrictions', kind: 'add-pattern', group: 'CANCEL', text: '- * RESTRICTION [081] # END',
    why: 'Ending, halting or abolishing restrictions eases them (081), as REVOKE_ codes "revoke restriction"; the CANCEL block is [---], so "abolished restrictions on …" coded nothing.',
  },
  {
    id: 'send-inspectors', kind: 'add-pattern', group: 'SEND', text: '- * INSPECTORS [090] # SEND',
    why: 'Sending inspectors or investigators is investigating (CAMEO 09; PLOVER INVESTIGATE, read as ACCUSE investigate), not the block\'s observers (073) or its unmatched default.',
  },
  {
    id: 'send-investigators', kind: 'add-pattern', group: 'SEND', text: '- * INVESTIGATORS [090] # SEND',
    why: 'As send-inspectors: investigators sent are an investigation (09), not aid.',
  },
  {
    id: 'dispatch-inspectors', kind: 'add-pattern', group: 'DESPATCH', text: '- * INSPECTORS [090] # DISPATCH',
    why: 'As send-inspectors: "dispatched inspectors to …" matched the block\'s export pattern "(TO)" 061 (trade).',
  },
  {
    id: 'dispatch-investigators', kind: 'add-pattern', group: 'DESPATCH', text: '- * INVESTIGATORS [090] # DISPATCH',
    why: 'As dispatch-inspectors: investigators dispatched are an investigation (09), not trade.',
  },
  {
    id: 'reduce-aid', kind: 'add-pattern', group: 'REDUCE', text: '- * AID [162] # REDUCE',
    why: 'Reducing aid is reducing material aid (CAMEO 162), as the dictionary codes "cut aid", "cut assistance", "cut supplies" (SEPARATE) and "halt aid" (CANCEL); the REDUCE block is [---] and had no aid pattern.',
  },
  {
    id: 'reduce-assistance', kind: 'add-pattern', group: 'REDUCE', text: '- * ASSISTANCE [162] # REDUCE',
    why: 'As reduce-aid: reduced assistance is reduced material aid (162), as "cut assistance".',
  },
  {
    id: 'reduce-supplies', kind: 'add-pattern', group: 'REDUCE', text: '- * SUPPLIES [162] # REDUCE',
    why: 'As reduce-aid: "reduced food supplies to the camp" is reduced material aid (162), as SEPARATE codes "cut supplies".',
  },
];
