/** ISO 15924 codes of the scripts personal names in the KB are written in, tried in this order. */
const SCRIPTS: readonly [string, RegExp][] = [
  ['Latn', /\p{Script=Latin}/u],
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Arab', /\p{Script=Arabic}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Hira', /\p{Script=Hiragana}/u],
  ['Kana', /\p{Script=Katakana}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Deva', /\p{Script=Devanagari}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
];

/** The script of a name: that of its first letter; null for a name without letters or in an unlisted script. */
export function scriptOf(name: string): string | null {
  const letter = /\p{L}/u.exec(name)?.[0];
  if (!letter) return null;
  return SCRIPTS.find(([, re]) => re.test(letter))?.[0] ?? null;
}
