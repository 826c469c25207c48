/**
 * Normalised keys for names: one function used both when the KB is compiled and
 * when it is queried, so "Çavuşoğlu", "Cavusoglu" and "CAVUSOGLU" meet.
 */

// Letters NFKD does not decompose into a base letter plus a mark.
const FOLDS: Readonly<Record<string, string>> = {
  ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ħ: 'h', ŧ: 't',
  ʻ: '', ʼ: '', '’': '', "'": '', '‘': '', '`': '',
};

const MARKS = /\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_APOSTROPHES = /['`]/g;
const ASCII_NOT_WORD = /[^a-z0-9]+/g;

/** Lower case, accents off, punctuation to single spaces; CJK characters kept as they are. */
export function normalizeName(text: string): string {
  // Most names in English news are plain ASCII: the same result without NFKD and the per-character fold.
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase().replace(ASCII_APOSTROPHES, '').replace(ASCII_NOT_WORD, ' ').trim();
  const lower = text.normalize('NFKD').replace(MARKS, '').toLowerCase();
  let folded = '';
  for (const ch of lower) folded += FOLDS[ch] ?? ch;
  return folded.replace(NOT_WORD, ' ').trim();
}

export function nameTokens(text: string): string[] {
  const n = normalizeName(text);
  return n ? n.split(' ') : [];
}

/** A slug for ids of things no source identifies ('kb:marco-rubio'). */
export function slug(text: string): string {
  return normalizeName(text).replace(/ /g, '-');
}

/** Two-letter words of Phoenix names that are words, not abbreviations like US, UN, EU. */
const SHORT_WORDS = new Set([
  'OF', 'AL', 'EL', 'DE', 'LA', 'LE', 'DU', 'IN', 'ON', 'TO', 'AT', 'BY', 'DA', 'DO', 'DI', 'AN', 'OR', 'AS', 'ES',
  'NO', 'IS', 'IT', 'UP', 'SO', 'MY', 'WE', 'HE', 'BE', 'GO', 'ME', 'SA', 'KA', 'NA', 'YE', 'VA', 'BA', 'MA',
]);

/** "WHITE_HOUSE_" (Phoenix) → "White House"; "US_STATE_DEPARTMENT" → "US State Department". */
export function phoenixToText(entry: string): string {
  const words = entry.replace(/_/g, ' ').trim().split(/ +/);
  return words
    .filter((w) => w.length > 0)
    .map((w) => {
      if (!/^[A-Z][A-Z'.-]*$/.test(w) || /^[A-Z]\.[A-Z]/.test(w)) return w;
      if (w.length === 2 && !SHORT_WORDS.has(w)) return w;
      return titleCaseWord(w);
    })
    .join(' ');
}

/** "TRUMP" → "Trump", "SASSOU-NGUESSO" → "Sassou-Nguesso", "MCDONALD" stays simple. */
export function titleCaseWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/(^|[-'\s])(\p{L})/gu, (_m: string, pre: string, ch: string) => pre + ch.toUpperCase());
}

/** Optimal string alignment distance (Levenshtein plus adjacent transposition: "Dehli" → "Delhi" is 1). */
export function osaDistance(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, (prev2[j - 2] ?? 0) + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m] ?? 0;
}

/** Similarity in [0, 1] from the OSA distance, relative to the longer string. */
export function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 1;
  return 1 - osaDistance(a, b) / len;
}
