/**
 * Closed word classes the events stage reads clauses with. Small sets, looked
 * up per token: no regular expressions over the text.
 */

/** Tokens a clause does not run across (a comma does not end one: "Blinken, who …, met"). */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', ':', '“', '”', '"', '(', ')', '.', '!', '?', '—', '–', '[', ']']);

/** Relative pronouns: the subject is their antecedent ("the Party, which poses …"). */
export const RELATIVES: ReadonlySet<string> = new Set(['who', 'which', 'that']);

/** Words that open a clause whose subject lies inside it, so a subject search stops there. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'whether', 'if', 'because', 'although', 'though', 'unless', 'where', 'whereas']);

/** Prepositions that introduce the target of an event ("meet with", "travel to", "sanctions against"). */
export const TARGET_PREPOSITIONS: ReadonlySet<string> = new Set(['with', 'to', 'against', 'toward', 'towards', 'on', 'between', 'among']);

/** Prepositions that make an event noun a frame for another event ("during a visit to Tokyo"), not an event. */
/** "Despite hours of negotiations" too: what happened despite them is the event, they are its background. */
export const FRAME_PREPOSITIONS: ReadonlySet<string> = new Set(['during', 'on', 'at', 'amid', 'after', 'before', 'following', 'ahead', 'throughout', 'despite']);

/** Verbs of saying and thinking: an actor after them is the subject of the reported clause, not their object. */
export const SAY_VERBS: ReadonlySet<string> = new Set([
  'say', 'says', 'said', 'tell', 'tells', 'told', 'add', 'adds', 'added', 'note', 'notes', 'noted', 'state', 'states', 'stated',
  'believe', 'believes', 'believed', 'think', 'thinks', 'thought', 'announce', 'announces', 'announced', 'report', 'reports', 'reported',
]);

export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'get', 'gets', 'got']);

export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

export const POSSESSIVE_MARKS: ReadonlySet<string> = new Set(["'s", "'", 's']);

export const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'or', '&']);

/** Parts of speech that may stand between a verb or preposition and the actor it governs ("with *the visiting* leaders"). */
export const MODIFIER_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'ADV']);

/** CAMEO roots of asking: appeals (02) and demands (10). */
export const REQUEST_ROOTS: ReadonlySet<string> = new Set(['02', '10']);
