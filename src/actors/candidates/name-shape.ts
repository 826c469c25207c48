import { isNameToken } from '../title-phrase.js';
import type { TokenInfo } from '../token-view.js';
import { makeCandidate, spanText, type Candidate, type GeneratorInput } from './types.js';

/** Last words that make a capitalised run an organisation. */
const ORG_WORDS = new Set([
  'party', 'ministry', 'department', 'council', 'committee', 'bureau', 'agency', 'organization', 'organisation', 'union',
  'bank', 'court', 'army', 'forces', 'force', 'navy', 'police', 'university', 'association', 'commission', 'administration',
  'office', 'company', 'inc', 'inc.', 'corp', 'corp.', 'corporation', 'group', 'institute', 'foundation', 'fund', 'front',
  'movement', 'alliance', 'coalition', 'parliament', 'assembly', 'congress', 'senate', 'house', 'government', 'cabinet',
  'secretariat', 'service', 'services', 'guard', 'brigade', 'battalion', 'network', 'times', 'post', 'news', 'press',
  'agency', 'authority', 'board', 'center', 'centre', 'club', 'society', 'league', 'federation', 'tribunal', 'council',
]);
/** Last words that make a capitalised run a place. */
const PLACE_WORDS = new Set([
  'airport', 'island', 'islands', 'river', 'sea', 'ocean', 'mountain', 'mountains', 'mount', 'street', 'square', 'province',
  'region', 'county', 'district', 'city', 'valley', 'strait', 'bay', 'lake', 'park', 'palace', 'hall', 'hotel', 'station',
  'port', 'base', 'peninsula', 'desert', 'canal', 'bridge', 'border', 'state', 'prefecture', 'oblast', 'governorate', 'avenue',
]);
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', '&']);

function startsName(t: TokenInfo): boolean {
  // A capitalised word opening a sentence is a name only if the tagger says so.
  return isNameToken(t) && (!t.sentenceStart || t.pos === 'PROPN');
}

/**
 * Capitalised runs no other generator claimed: "Yang Jiechi", "Ministry of
 * Foreign Affairs", "Reuters". Typed ORG by their last word, else left untyped
 * for the linker to decide.
 */
export function nameShapeCandidates(input: GeneratorInput, claimed: Uint8Array): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = input;
  for (const [start, end] of input.sentences) {
    let i = start;
    while (i < end) {
      if (claimed[i] || !startsName(tokens[i]!)) {
        i++;
        continue;
      }
      let j = i + 1;
      let last = i + 1;
      while (j < end && !claimed[j]) {
        const t = tokens[j]!;
        // A hyphen or stop glued inside a name ("Chung-tai", "Jr."), and the lower-case part glued after a hyphen.
        const gluedTail = !t.spaceBefore && j > i && tokens[j - 1]!.value === '-' && /^\p{Ll}+$/u.test(t.value);
        if (isNameToken(t) || gluedTail || ((t.value === '-' || t.value === '.') && !t.spaceBefore)) {
          j++;
          if (isNameToken(t) || gluedTail) last = j;
          continue;
        }
        // "Ministry of Foreign Affairs": a connector between capitalised words.
        if (CONNECTORS.has(t.lower) && j + 1 < end && !claimed[j + 1] && isNameToken(tokens[j + 1]!) && j - i <= 6) {
          j++;
          continue;
        }
        break;
      }
      const words = tokens.slice(i, last).filter((t) => isNameToken(t));
      // "Tom Devocht and Mark Rathbun": without an organisation word, a connector separates two names.
      const hasOrgWord = words.some((t) => ORG_WORDS.has(t.lower));
      if (!hasOrgWord) {
        const cut = tokens.slice(i, last).findIndex((t) => CONNECTORS.has(t.lower));
        if (cut > 0) last = i + cut;
      }
      if (last - i <= 8) {
        const lastWord = tokens[last - 1]!.lower;
        const isOrg = ORG_WORDS.has(lastWord) || (hasOrgWord && words.length > 1);
        const isPlace = !isOrg && PLACE_WORDS.has(lastWord) && words.length > 1;
        out.push(makeCandidate(spanText(text, tokens, i, last), {
          kind: 'name', type: isOrg ? 'ORG' : isPlace ? 'LOC' : null, title: null, offices: [], country: null, kbRef: null,
          plural: false, caption: tokens[i]!.blockKind === 'caption', sentence: tokens[i]!.sentence,
          rule: isOrg ? 'capitalised-run-org-word' : isPlace ? 'capitalised-run-place-word' : words.length > 1 ? 'capitalised-run' : 'capitalised-word',
          score: isOrg || isPlace ? 0.6 : 0.4,
        }));
      }
      i = Math.max(last, i + 1);
    }
  }
  return out;
}
