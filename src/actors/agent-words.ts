/**
 * Generic agents news names all the time that the Phoenix agents dictionary lacks (it has "government official",
 * "security forces", "troops", not "official"): each word with its CAMEO role. Singular and plural are
 * both listed, as written; a country word before one makes it that country's (ISRMIL). Words whose role depends
 * on context ("officers": police or army; "investigators") are left out.
 */
export const EXTRA_AGENTS: ReadonlyMap<string, string> = new Map([
  // Only the singular: "Palestinian officials", "Serb forces" the events stage reads as the country itself (PSE,
  // SRB), as it reads a demonym before any plural of people no mention took.
  ['official', 'GOV'],
  ['opposition', 'OPP'],
  ['delegation', 'GOV'], ['delegations', 'GOV'],
  ['leadership', 'GOV'],
]);
