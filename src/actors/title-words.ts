/**
 * Words that make up office titles in English news. A title is some modifiers,
 * then a head, then maybe an "of …"/"for …" complement: "Foreign Minister",
 * "Secretary of State", "Minister for Foreign Affairs", "National Security Adviser".
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set([
  'minister', 'ministers', 'secretary', 'secretaries', 'president', 'presidents', 'premier', 'premiers', 'chancellor',
  'adviser', 'advisor', 'councilor', 'councillor', 'ambassador', 'ambassadors', 'envoy', 'envoys', 'spokesperson',
  'spokesman', 'spokeswoman', 'governor', 'senator', 'senators', 'representative', 'congressman', 'congresswoman',
  'general', 'admiral', 'commander', 'chief', 'director', 'leader', 'leaders', 'king', 'queen', 'prince', 'princess',
  'emperor', 'mayor', 'commissioner', 'chairman', 'chairwoman', 'chair', 'speaker', 'justice', 'judge', 'prosecutor',
  'diplomat', 'diplomats', 'sultan', 'emir', 'monarch', 'lawmaker', 'lawmakers', 'legislator', 'vice-president',
  'secretary-general', 'attorney-general', 'colonel', 'lieutenant', 'major', 'captain', 'sergeant', 'marshal',
  'officer', 'official', 'officials', 'chargé', 'consul', 'taoiseach', 'pope', 'cardinal', 'archbishop', 'bishop',
  'rabbi', 'imam', 'ayatollah', 'sheikh', 'dr.', 'mr.', 'mrs.', 'ms.', 'gen.', 'adm.', 'col.', 'lt.', 'sen.', 'rep.',
  'gov.', 'sgt.', 'capt.', 'maj.', 'pres.', 'amb.', 'sec.', 'secy.', 'chairperson', 'head',
]);

/** Heads that make a title only with a modifier or complement ("the head" alone is no office). */
export const WEAK_HEADS: ReadonlySet<string> = new Set([
  'head', 'leader', 'leaders', 'chief', 'director', 'officer', 'official', 'officials', 'commander', 'chair', 'representative',
  'major', 'general', 'justice', 'speaker',
]);

/** Courtesy titles: they precede a name but name no office. */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'dr.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'dr', 'madam', 'sir', 'dame', 'lord', 'lady', 'prof.', 'prof', 'professor', 'rev.', 'reverend', 'fr.',
]);

export const TITLE_MODIFIERS: ReadonlySet<string> = new Set([
  'foreign', 'defense', 'defence', 'prime', 'vice', 'deputy', 'national', 'security', 'state', 'finance', 'interior',
  'home', 'trade', 'commerce', 'economy', 'economic', 'justice', 'health', 'energy', 'chief', 'executive', 'special',
  'senior', 'acting', 'first', 'supreme', 'top', 'former', 'assistant', 'under', 'permanent', 'principal',
  'presidential', 'federal', 'army', 'military', 'navy', 'naval', 'air', 'force', 'joint', 'staff', 'party', 'communist',
  'opposition', 'majority', 'minority', 'house', 'senate', 'cabinet', 'chief-of-staff', 'police', 'intelligence',
  'agriculture', 'education', 'environment', 'labor', 'labour', 'transport', 'transportation', 'treasury', 'homeland',
  'climate', 'public', 'affairs', 'external', 'internal', 'development', 'industry', 'culture', 'information',
  'communications', 'science', 'technology', 'tourism', 'fisheries', 'oil', 'petroleum', 'mining', 'water', 'housing',
  'immigration', 'veterans', 'women', 'youth', 'sports', 'social', 'welfare', 'planning', 'investment', 'digital',
  'spokesperson', 'press', 'government', 'regional', 'provincial', 'local', 'high', 'grand', 'crown', 'lieutenant',
  'major', 'rear', 'attorney', 'district', 'court', 'then', 'outgoing', 'incoming', 'interim', 'caretaker',
  'newly', 'appointed', 'elected', 'councilor', 'councillor', 'secretary', 'minister', 'president', 'general',
  'mr.', 'ms.', 'chair', 'vice-chair', 'co-chair',
]);

/** Words that may follow "of"/"for" inside a title: "Secretary of State", "Minister for Foreign Affairs". */
export const COMPLEMENT_WORDS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'foreign', 'affairs', 'the', 'treasury', 'homeland', 'security', 'finance', 'interior',
  'justice', 'health', 'energy', 'commerce', 'trade', 'agriculture', 'education', 'labor', 'labour', 'transportation',
  'transport', 'staff', 'external', 'relations', 'home', 'economy', 'and', 'international', 'cooperation', 'national',
  'public', 'information', 'industry', 'environment', 'climate', 'change', 'development', 'war', 'navy', 'army', 'air',
  'force', 'joint', 'chiefs', 'government', 'council', 'state', 'economic', 'planning', 'investment', 'immigration',
  'european', 'union', 'commonwealth', 'veterans', 'culture', 'science', 'technology', 'digital', 'social',
]);

/** Subject and object pronouns that can refer to a person or an organisation. */
export const PRONOUNS: Readonly<Record<string, { gender: 'm' | 'f' | 'n' | 'p'; type: 'PERSON' | 'ORG' | 'ANY' }>> = {
  he: { gender: 'm', type: 'PERSON' }, him: { gender: 'm', type: 'PERSON' }, his: { gender: 'm', type: 'PERSON' }, himself: { gender: 'm', type: 'PERSON' },
  she: { gender: 'f', type: 'PERSON' }, her: { gender: 'f', type: 'PERSON' }, hers: { gender: 'f', type: 'PERSON' }, herself: { gender: 'f', type: 'PERSON' },
  they: { gender: 'p', type: 'ANY' }, them: { gender: 'p', type: 'ANY' }, their: { gender: 'p', type: 'ANY' }, themselves: { gender: 'p', type: 'ANY' },
  it: { gender: 'n', type: 'ORG' }, its: { gender: 'n', type: 'ORG' },
};

/** Capitalised words that never start a name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'his', 'her', 'their',
  'our', 'my', 'your', 'its', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'of', 'to', 'and', 'or', 'but', 'so', 'yet',
  'still', 'also', 'both', 'after', 'before', 'when', 'while', 'if', 'as', 'since', 'although', 'however', 'meanwhile',
  'there', 'here', 'what', 'who', 'which', 'where', 'why', 'how', 'all', 'some', 'many', 'most', 'no', 'not', 'one', 'two',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.',
  'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'today', 'yesterday', 'tomorrow', 'thank', 'thanks', 'yes',
  'okay', 'ok', 'well', 'now', 'then', 'just', 'let', 'please', 'question', 'moderator', 'mr', 'ms', 'mrs', 'dr',
  'every', 'each', 'any', 'such', 'other', 'another', 'more', 'less', 'very', 'really', 'even', 'only', 'first', 'last',
  'next', 'our', 'let’s', "let's", 'do', 'does', 'did', 'is', 'are', 'was', 'were', 'be', 'will', 'would', 'can',
  'could', 'should', 'must', 'have', 'has', 'had', 'according', 'during', 'despite', 'through', 'under', 'over', 'into',
]);
