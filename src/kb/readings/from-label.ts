import type { ReadingRecord } from '../records.js';
import { pinyinName, wadeGilesName } from './chinese.js';
import { cyrillicSpellings } from './cyrillic.js';
import type { JapaneseReader } from './japanese.js';
import { koreanFamilySpellings, koreanGivenSpellings } from './korean.js';

/**
 * Readings of a native-script name whose family and given parts are known, in the
 * ways each script is romanised. Shared by the KB build (curated native names) and
 * the Wikidata importer (labels in ja, zh, ko, ru, uk).
 */
export function readingsOf(native: string, lang: string, family: string, given: string, ja: JapaneseReader | null): ReadingRecord {
  let familyReadings: string[] = [];
  let givenReadings: string[] = [];
  if (lang === 'ja' && ja) {
    familyReadings = ja.readings(family);
    givenReadings = ja.readings(given);
  } else if (lang.startsWith('zh')) {
    familyReadings = unique([pinyinName(family), wadeGilesName(family)]);
    givenReadings = unique([pinyinName(given), wadeGilesName(given)]);
  } else if (lang === 'ko') {
    familyReadings = koreanFamilySpellings(family);
    givenReadings = koreanGivenSpellings(given);
  } else if (lang === 'ru' || lang === 'uk') {
    familyReadings = cyrillicSpellings(family, lang);
    givenReadings = cyrillicSpellings(given, lang);
  }
  return { native, lang, family, given, familyReadings, givenReadings };
}

/**
 * Family and given name of a label in its own script: Japanese split by ENAMDICT,
 * Chinese and Korean family name first (one character; two for the compound
 * surnames of Chinese), Russian and Ukrainian "Given Family" or "Family, Given".
 */
export function splitNativeLabel(label: string, lang: string, ja: JapaneseReader | null): { family: string; given: string } | null {
  const text = label.trim();
  if (lang === 'ja') return ja ? ja.split(text) : null;
  if (lang.startsWith('zh') || lang === 'ko') {
    const chars = [...text.replace(/\s+/g, '')];
    const script = lang === 'ko' ? /^\p{Script=Hangul}+$/u : /^\p{Script=Han}+$/u;
    if (chars.length < 2 || chars.length > 4 || !script.test(chars.join(''))) return null;
    const two = lang !== 'ko' && COMPOUND_SURNAMES.has(chars.slice(0, 2).join('')) && chars.length > 2;
    const cut = two ? 2 : 1;
    return { family: chars.slice(0, cut).join(''), given: chars.slice(cut).join('') };
  }
  if (lang === 'ru' || lang === 'uk') {
    if (!/^[\p{Script=Cyrillic}\s,'’-]+$/u.test(text)) return null;
    const comma = text.indexOf(',');
    if (comma > 0) return { family: text.slice(0, comma).trim(), given: text.slice(comma + 1).trim().split(/\s+/)[0] ?? '' };
    const words = text.split(/\s+/);
    if (words.length < 2) return null;
    return { family: words[words.length - 1] ?? '', given: words[0] ?? '' };
  }
  return null;
}

const COMPOUND_SURNAMES = new Set(['欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '东方', '東方', '夏侯', '皇甫', '尉迟', '尉遲', '公孙', '公孫', '慕容', '令狐', '长孙', '長孫', '宇文', '司徒', '端木']);

function unique(list: string[]): string[] {
  return [...new Set(list.filter((s) => s.length > 0))];
}

/**
 * The Latin full names a reading gives ("Toshimitsu Mogi", "Tsai Ing-wen"), in the
 * order the language's press writes them: given name first for Japanese, Russian and
 * Ukrainian, family name first for Chinese and Korean.
 */
export function namesOfReading(r: ReadingRecord): { text: string; lang: string; kind: 'reading' | 'transliteration' }[] {
  const familyFirst = !(r.lang === 'ja' || r.lang === 'ru' || r.lang === 'uk');
  const out: { text: string; lang: string; kind: 'reading' | 'transliteration' }[] = [];
  for (const fam of r.familyReadings.slice(0, 12)) {
    for (const giv of r.givenReadings.slice(0, 4)) {
      out.push({ text: familyFirst ? `${fam} ${giv}` : `${giv} ${fam}`, lang: `${r.lang}-Latn`, kind: r.lang === 'ja' ? 'reading' : 'transliteration' });
    }
  }
  return out;
}
