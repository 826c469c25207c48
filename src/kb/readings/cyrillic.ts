/**
 * Latin spellings of a Russian or Ukrainian name in the systems the press uses
 * (BGN/PCGN, the Ukrainian national system, and the simplified forms), so
 * Зеленський gives Zelenskyi, Zelenskyy, Zelensky and Zelenskiy.
 */

const COMMON: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y',
  ь: '', э: 'e', ю: 'yu', я: 'ya', ґ: 'g', є: 'ye', ї: 'yi', і: 'i', "'": '', '’': '',
};

const RUSSIAN: Readonly<Record<string, string>> = { ...COMMON, г: 'g', и: 'i', й: 'y' };
const UKRAINIAN: Readonly<Record<string, string>> = { ...COMMON, г: 'h', и: 'y', й: 'i' };

function transliterate(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  let prevLetter = false;
  for (const ch of text) {
    const lower = ch.toLowerCase();
    let t = table[lower];
    if (t === undefined) {
      out += ch;
      prevLetter = false;
      continue;
    }
    // Word-initial е/є after nothing or a vowel is "ye" in BGN/PCGN.
    if (lower === 'е' && !prevLetter) t = 'ye';
    out += ch !== lower && t.length > 0 ? t.charAt(0).toUpperCase() + t.slice(1) : t;
    prevLetter = true;
  }
  return out;
}

export function cyrillicSpellings(text: string, lang: string): string[] {
  const base = lang === 'uk' ? transliterate(text, UKRAINIAN) : transliterate(text, RUSSIAN);
  const other = lang === 'uk' ? transliterate(text, RUSSIAN) : transliterate(text, UKRAINIAN);
  const out = new Set<string>([base, other]);
  for (const s of [base, other]) {
    // The adjectival endings -ий/-ій/-ый are where the systems differ most.
    for (const [from, tos] of ENDINGS) {
      if (s.endsWith(from)) for (const to of tos) out.add(s.slice(0, -from.length) + to);
    }
  }
  return [...out].filter((s) => s.length > 0);
}

const ENDINGS: ReadonlyArray<[string, readonly string[]]> = [
  ['yi', ['yy', 'y', 'iy', 'ii', 'yi']],
  ['iy', ['y', 'yy', 'ii', 'iy', 'yi']],
  ['yy', ['y', 'iy', 'yi']],
  ['kh', ['kh', 'h']],
];
