/**
 * The CAMEO role an organisation's head noun gives ("Constitutional Court" JUD, "National Assembly" LEG), for
 * organisations the KB does not know; null when the head says nothing (an "Association" is coded by its country).
 */
const ROLE_OF_HEAD: ReadonlyMap<string, string> = new Map([
  ['court', 'JUD'], ['tribunal', 'JUD'], ['judiciary', 'JUD'], ['prosecutor', 'JUD'],
  ['parliament', 'LEG'], ['assembly', 'LEG'], ['congress', 'LEG'], ['senate', 'LEG'], ['duma', 'LEG'], ['legislature', 'LEG'], ['knesset', 'LEG'], ['majlis', 'LEG'],
  ['government', 'GOV'], ['ministry', 'GOV'], ['cabinet', 'GOV'], ['presidency', 'GOV'], ['embassy', 'GOV'], ['consulate', 'GOV'],
  ['army', 'MIL'], ['navy', 'MIL'], ['military', 'MIL'], ['forces', 'MIL'], ['guard', 'MIL'],
  ['police', 'COP'],
  ['university', 'EDU'], ['school', 'EDU'], ['college', 'EDU'], ['academy', 'EDU'],
  ['party', 'PTY'],
  ['bank', 'BUS'], ['company', 'BUS'], ['corporation', 'BUS'],
]);

/** Words that end an organisation's head and open its complement ("Centre *for* Anime", "School *of* Public Health"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'and', 'in', 'at', 'to', 'the']);

/**
 * The role of an organisation named `name`, from its head: the last word before any "of", "for"…
 * ("Boston University School of Public Health" EDU; "Toronto Congress Centre for Anime" none, not LEG).
 */
export function roleOfOrganisation(name: string): string | null {
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w !== '');
  if (words[0] === 'the') words.shift();
  let end = words.findIndex((w) => CONNECTORS.has(w));
  if (end < 0) end = words.length;
  return end > 0 ? ROLE_OF_HEAD.get(words[end - 1]!) ?? null : null;
}
