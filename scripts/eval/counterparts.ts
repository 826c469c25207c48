/**
 * Titled foreign counterparts ("Turkish Foreign Minister Mevlut Cavusoglu") found by a pattern of the
 * eval's own, with its own demonym table, so that scoring Attaché's linker does not reuse Attaché's
 * title parser or KB (the measure would be circular otherwise).
 */

/** Country adjectives and attributive country names → ISO 3166 alpha-3. The United States is left out on purpose. */
const COUNTRY: Record<string, string> = {
  Afghan: 'AFG', Albanian: 'ALB', Algerian: 'DZA', Angolan: 'AGO', Argentine: 'ARG', Argentinian: 'ARG', Armenian: 'ARM',
  Australian: 'AUS', Austrian: 'AUT', Azerbaijani: 'AZE', Bahraini: 'BHR', Bangladeshi: 'BGD', Belarusian: 'BLR',
  Belgian: 'BEL', Beninese: 'BEN', Bolivian: 'BOL', Bosnian: 'BIH', Brazilian: 'BRA', British: 'GBR', Bulgarian: 'BGR',
  Burmese: 'MMR', Cambodian: 'KHM', Cameroonian: 'CMR', Canadian: 'CAN', Chadian: 'TCD', Chilean: 'CHL', Chinese: 'CHN',
  Colombian: 'COL', Congolese: 'COD', 'Costa Rican': 'CRI', Croatian: 'HRV', Cuban: 'CUB', Cypriot: 'CYP', Czech: 'CZE',
  Danish: 'DNK', Djiboutian: 'DJI', Dominican: 'DOM', Dutch: 'NLD', Ecuadorian: 'ECU', Egyptian: 'EGY', Emirati: 'ARE',
  Salvadoran: 'SLV', Eritrean: 'ERI', Estonian: 'EST', Ethiopian: 'ETH', Fijian: 'FJI', Finnish: 'FIN', French: 'FRA',
  Gabonese: 'GAB', Gambian: 'GMB', Georgian: 'GEO', German: 'DEU', Ghanaian: 'GHA', Greek: 'GRC', Greenlandic: 'GRL',
  Guatemalan: 'GTM', Guinean: 'GIN', Guyanese: 'GUY', Haitian: 'HTI', Honduran: 'HND', Hungarian: 'HUN', Icelandic: 'ISL',
  Indian: 'IND', Indonesian: 'IDN', Iranian: 'IRN', Iraqi: 'IRQ', Irish: 'IRL', Israeli: 'ISR', Italian: 'ITA',
  Ivoirian: 'CIV', Jamaican: 'JAM', Japanese: 'JPN', Jordanian: 'JOR', Kazakh: 'KAZ', Kazakhstani: 'KAZ', Kenyan: 'KEN',
  Kosovar: 'XKX', Kuwaiti: 'KWT', Kyrgyz: 'KGZ', Lao: 'LAO', Latvian: 'LVA', Lebanese: 'LBN', Liberian: 'LBR',
  Libyan: 'LBY', Lithuanian: 'LTU', Luxembourgish: 'LUX', Malagasy: 'MDG', Malawian: 'MWI', Malaysian: 'MYS',
  Maldivian: 'MDV', Malian: 'MLI', Maltese: 'MLT', Mauritanian: 'MRT', Mexican: 'MEX', Moldovan: 'MDA', Mongolian: 'MNG',
  Montenegrin: 'MNE', Moroccan: 'MAR', Mozambican: 'MOZ', Namibian: 'NAM', Nepali: 'NPL', Nepalese: 'NPL',
  'New Zealand': 'NZL', Nicaraguan: 'NIC', Nigerien: 'NER', Nigerian: 'NGA', 'North Korean': 'PRK',
  'North Macedonian': 'MKD', Norwegian: 'NOR', Omani: 'OMN', Pakistani: 'PAK', Palestinian: 'PSE', Panamanian: 'PAN',
  'Papua New Guinean': 'PNG', Paraguayan: 'PRY', Peruvian: 'PER', Philippine: 'PHL', Filipino: 'PHL', Polish: 'POL',
  Portuguese: 'PRT', Qatari: 'QAT', Romanian: 'ROU', Russian: 'RUS', Rwandan: 'RWA', Saudi: 'SAU', Senegalese: 'SEN',
  Serbian: 'SRB', 'Sierra Leonean': 'SLE', Singaporean: 'SGP', Slovak: 'SVK', Slovakian: 'SVK', Slovenian: 'SVN',
  Somali: 'SOM', 'South African': 'ZAF', 'South Korean': 'KOR', 'South Sudanese': 'SSD', Spanish: 'ESP',
  'Sri Lankan': 'LKA', Sudanese: 'SDN', Swedish: 'SWE', Swiss: 'CHE', Syrian: 'SYR', Taiwanese: 'TWN', Tajik: 'TJK',
  Tanzanian: 'TZA', Thai: 'THA', Timorese: 'TLS', Togolese: 'TGO', Tunisian: 'TUN', Turkish: 'TUR', Turkmen: 'TKM',
  Ugandan: 'UGA', Ukrainian: 'UKR', Uruguayan: 'URY', Uzbek: 'UZB', Venezuelan: 'VEN', Vietnamese: 'VNM',
  Yemeni: 'YEM', Zambian: 'ZMB', Zimbabwean: 'ZWE',
  // Country names used attributively ("Tajikistan Foreign Minister ...").
  Afghanistan: 'AFG', Bahrain: 'BHR', Kazakhstan: 'KAZ', Kyrgyzstan: 'KGZ', Tajikistan: 'TJK', Turkmenistan: 'TKM',
  Uzbekistan: 'UZB', Kosovo: 'XKX', Qatar: 'QAT', Oman: 'OMN', Kuwait: 'KWT', 'UAE': 'ARE', 'UK': 'GBR', Taiwan: 'TWN',
};

/** Top posts only: deputies, vice and acting holders are not in the KBs this measure is about. */
const TITLES = [
  'Foreign Minister', 'Minister of Foreign Affairs', 'Minister for Foreign Affairs', 'Foreign Secretary', 'Prime Minister',
  'President', 'Chancellor', 'Premier', 'Defense Minister', 'Defence Minister', 'Minister of Defense', 'Minister of Defence',
];

/** Lower-case particles inside a name ("Abdel Fattah al-Sisi", "Jean-Yves Le Drian" has capitals already). */
const PARTICLES = ['al', 'el', 'bin', 'bint', 'ibn', 'de', 'da', 'di', 'del', 'van', 'von', 'der', 'la', 'le', 'y'];

/** Honorifics before a name, not part of it. */
const HONORIFICS = new Set(['Dr.', 'Mr.', 'Mrs.', 'Ms.', 'Prince', 'Princess', 'Sheikh', 'Sheikha', 'Sayyid', 'King', 'Queen', 'H.E.']);

/** Capitalised words that follow a name in headlines and are not part of it. */
const NOT_NAME = new Set(['On', 'In', 'At', 'And', 'To', 'The', 'Of', 'For', 'With', 'During', 'About', 'Before', 'After', 'Following', 'Regarding', 'Ahead', 'Via', 'From', 'By', 'Today', 'Yesterday', 'Secretary', 'Deputy', 'Under', 'Ambassador', 'Minister', 'President',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'Foreign', 'Statement', 'Statements', 'Remarks', 'Opening', 'Joint', 'Press', 'Meeting', 'Call', 'Interview', 'Conference', 'Availability', 'Visit', 'Travel', 'Trip', 'Discussion']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (xs: readonly string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join('|');

const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*\.?`;
const PATTERN = new RegExp(
  String.raw`(?<![\p{L}-])(${alternation(Object.keys(COUNTRY))})[ \u00a0]+(${alternation(TITLES)})[ \u00a0]+` +
    String.raw`(${WORD}(?:[ \u00a0]+(?:(?:${PARTICLES.join('|')})[ \u00a0-]+)?${WORD}){0,4})`,
  'gu',
);

export interface Counterpart {
  /** Offset of the country adjective. */
  readonly start: number;
  /** The name as written, with its offsets. */
  readonly nameStart: number;
  readonly nameEnd: number;
  readonly name: string;
  readonly adjective: string;
  readonly title: string;
  readonly country: string;
}

/** Every "<Country-adjective> <Top post> <Name>" in the text. */
export function findCounterparts(text: string): Counterpart[] {
  const out: Counterpart[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [, adjective = '', title = '', rawName = ''] = m;
    // Keep name words after an honorific and up to a possessive, a sentence end or a headline word after the name.
    let begin = -1;
    let end = 0;
    for (const w of rawName.matchAll(/[^ \u00a0]+/gu)) {
      const word = w[0];
      if (begin < 0 && HONORIFICS.has(word)) continue;
      if (NOT_NAME.has(word)) break;
      if (begin < 0) begin = w.index;
      const cut = /^(.*?)(?:[’']s|(?<=\p{L}{3,})\.)$/u.exec(word);
      if (!PARTICLES.includes(word)) end = w.index + (cut ? cut[1]!.length : word.length);
      if (cut) break;
    }
    if (begin < 0 || end <= begin) continue;
    const name = rawName.slice(begin, end);
    const nameStart = m.index + m[0].length - rawName.length + begin;
    out.push({ start: m.index, nameStart, nameEnd: nameStart + name.length, name, adjective, title, country: COUNTRY[adjective]! });
  }
  return out;
}

/** Accent- and case-free form, for comparing names written with and without diacritics. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase().replace(/[^a-z]/g, '');
}

/** Name words without particles, folded. */
export function nameWords(name: string): string[] {
  return name.split(/[\s\u00a0]+/).filter((w) => w !== '' && !PARTICLES.includes(w.toLowerCase())).map(fold).filter((w) => w !== '');
}
