import { pinyin } from 'pinyin-pro';

/**
 * Latin spellings of a Chinese name: Hanyu Pinyin (pinyin-pro) and Wade–Giles as
 * the Taiwanese press writes it, without apostrophes and with the given name
 * hyphenated (蔡英文 → Cai Yingwen / Tsai Ing-wen).
 */

export function pinyinSyllables(hanzi: string): string[] {
  return (pinyin(hanzi, { toneType: 'none', type: 'array', v: true }) as string[]).map((s) => s.toLowerCase());
}

export function pinyinName(hanzi: string): string {
  return capitalise(pinyinSyllables(hanzi).join(''));
}

export function wadeGilesName(hanzi: string): string {
  const syllables = pinyinSyllables(hanzi).map(wadeGiles);
  if (syllables.length === 0) return '';
  return capitalise(syllables.join('-'));
}

const WHOLE: Readonly<Record<string, string>> = {
  zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih', zi: 'tzu', ci: 'tzu', si: 'ssu',
  you: 'yu', yi: 'i', yan: 'yen', ye: 'yeh', yong: 'yung', er: 'erh', he: 'ho', ge: 'ko', ke: 'ko',
  e: 'o', lue: 'lueh', nue: 'nueh', jue: 'chueh', que: 'chueh', xue: 'hsueh', yue: 'yueh',
};

const INITIALS: ReadonlyArray<[string, string]> = [
  ['zh', 'ch'], ['ch', 'ch'], ['sh', 'sh'], ['b', 'p'], ['p', 'p'], ['d', 't'], ['t', 't'], ['g', 'k'], ['k', 'k'],
  ['j', 'ch'], ['q', 'ch'], ['x', 'hs'], ['z', 'ts'], ['c', 'ts'], ['r', 'j'],
];

/** One pinyin syllable (no tone) in Wade–Giles without apostrophes. */
export function wadeGiles(syllable: string): string {
  const whole = WHOLE[syllable];
  if (whole) return whole;
  let initial = '';
  let rest = syllable;
  for (const [py, wg] of INITIALS) {
    if (syllable.startsWith(py)) {
      initial = wg;
      rest = syllable.slice(py.length);
      break;
    }
  }
  if (initial === '' && /^[mfnlhwy]/.test(syllable)) {
    initial = syllable.charAt(0);
    rest = syllable.slice(1);
  }
  let fin = rest
    .replace(/ong$/, 'ung')
    .replace(/ian$/, 'ien')
    .replace(/ie$/, 'ieh')
    .replace(/^uo$/, 'o');
  if (fin === 'e') fin = initial === 'y' ? 'eh' : 'e';
  return initial + fin;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
