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

/** The role of an organisation named `name` by its last word that has one ("Baghdad University Medical School" EDU). */
export function roleOfOrganisation(name: string): string | null {
  const words = name.toLowerCase().split(/[^\p{L}]+/u);
  for (let i = words.length - 1; i >= 0; i--) {
    const role = ROLE_OF_HEAD.get(words[i]!);
    if (role) return role;
  }
  return null;
}
