/**
 * Latin spellings of a Korean name: the Revised Romanisation computed from the
 * Hangul, and for family names the spellings people actually use, which RR does
 * not predict (이 is Lee, Yi, Rhee; 박 is Park, Bak, Pak).
 */

const INITIAL = ['g', 'kk', 'n', 'd', 'tt', 'r', 'm', 'b', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MEDIAL = ['a', 'ae', 'ya', 'yae', 'eo', 'e', 'yeo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'eu', 'ui', 'i'];
const FINAL = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

/** Family-name spellings in use, by Hangul. */
const FAMILY_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  이: ['Lee', 'Yi', 'Rhee', 'Ri', 'I'], 박: ['Park', 'Bak', 'Pak'], 김: ['Kim', 'Gim'], 최: ['Choi', 'Choe'],
  정: ['Jeong', 'Jung', 'Chung'], 강: ['Kang', 'Gang'], 조: ['Cho', 'Jo'], 윤: ['Yoon', 'Yun'], 장: ['Jang', 'Chang'],
  임: ['Lim', 'Im', 'Rim'], 한: ['Han'], 오: ['Oh', 'O'], 서: ['Seo', 'Suh'], 신: ['Shin', 'Sin'], 권: ['Kwon', 'Gwon'],
  황: ['Hwang'], 안: ['Ahn', 'An'], 송: ['Song'], 류: ['Ryu', 'Yoo', 'Yu'], 유: ['Yoo', 'Yu'], 홍: ['Hong'],
  문: ['Moon', 'Mun'], 양: ['Yang'], 손: ['Son', 'Sohn'], 배: ['Bae', 'Pae'], 백: ['Baek', 'Paek'], 허: ['Heo', 'Huh', 'Hur'],
  남: ['Nam'], 노: ['Noh', 'Roh', 'No'], 하: ['Ha'], 곽: ['Kwak', 'Gwak'], 성: ['Sung', 'Seong'], 차: ['Cha'],
  주: ['Joo', 'Ju', 'Chu'], 우: ['Woo', 'U'], 구: ['Koo', 'Gu', 'Ku'], 민: ['Min'], 나: ['Na', 'Ra'], 진: ['Jin', 'Chin'],
  지: ['Ji', 'Chi'], 엄: ['Eom', 'Um'], 채: ['Chae'], 원: ['Won'], 천: ['Cheon', 'Chun'], 전: ['Jeon', 'Chun', 'Jun'],
  반: ['Ban', 'Pan'], 추: ['Choo', 'Chu'], 현: ['Hyun', 'Hyeon'], 고: ['Ko', 'Go'], 변: ['Byun', 'Byeon'],
};

export function revisedRomanization(hangul: string): string {
  let out = '';
  for (const ch of hangul) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0xac00 || code > 0xd7a3) {
      out += ch;
      continue;
    }
    const s = code - 0xac00;
    out += (INITIAL[Math.floor(s / 588)] ?? '') + (MEDIAL[Math.floor((s % 588) / 28)] ?? '') + (FINAL[s % 28] ?? '');
  }
  return out;
}

export function koreanFamilySpellings(family: string): string[] {
  const known = FAMILY_SPELLINGS[family];
  const rr = capitalise(revisedRomanization(family));
  return [...new Set([...(known ?? []), rr])];
}

/** Given-name spellings: RR run together and hyphenated, and the older eo→u spelling ("Jae-myung"). */
export function koreanGivenSpellings(given: string): string[] {
  const syllables = [...given].map(revisedRomanization);
  const older = syllables.map((s) => s.replace(/eo/g, 'u').replace(/eu/g, 'u'));
  const out = new Set<string>();
  for (const parts of [syllables, older]) {
    out.add(capitalise(parts.join('')));
    out.add(capitalise(parts.join('-')));
  }
  return [...out];
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
