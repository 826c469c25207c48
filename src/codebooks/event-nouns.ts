/**
 * Event nouns: "talks", "summit", "phone call", "air strike"… mapped to the
 * CAMEO code the noun alone suggests (data/codebooks/event-nouns.tsv, with the
 * basis of each row). Matching is longest phrase first at each token, with
 * regular plurals of the last word.
 */
import { regularPlural } from './inflect.js';
import type { MatchToken } from './tokens.js';

export interface EventNounEntry {
  readonly noun: string;
  readonly code: string;
  readonly basis: string;
  /** TSV line, for traceability. */
  readonly line: number;
}

export interface EventNounMatch {
  readonly entry: EventNounEntry;
  /** Token index range [start, end). */
  readonly start: number;
  readonly end: number;
}

/** Rows of event-nouns.tsv; `#` lines are comments. Throws on a malformed row. */
export function parseEventNouns(tsv: string): EventNounEntry[] {
  const out: EventNounEntry[] = [];
  tsv.split(/\r?\n/).forEach((text, i) => {
    if (text.startsWith('#') || text.trim() === '') return;
    const [noun = '', code = '', basis = ''] = text.split('\t');
    if (!noun.trim() || !/^\d{2,4}$/.test(code) || !basis.trim()) throw new Error(`event-nouns.tsv line ${i + 1}: want "noun<TAB>code<TAB>basis"`);
    out.push({ noun: noun.trim().toLowerCase().split(/\s+/).join(' '), code, basis: basis.trim(), line: i + 1 });
  });
  return out;
}

interface Phrase {
  readonly words: readonly string[];
  readonly entry: EventNounEntry;
}

export class EventNounIndex {
  /** First word → phrases starting with it, longest first. */
  private readonly byFirst = new Map<string, Phrase[]>();

  constructor(readonly entries: readonly EventNounEntry[]) {
    for (const entry of entries) {
      const words = entry.noun.split(' ');
      const last = words[words.length - 1]!;
      const plural = regularPlural(last);
      const variants = [words, ...(plural ? [[...words.slice(0, -1), plural]] : [])];
      for (const v of variants) {
        const list = this.byFirst.get(v[0]!) ?? [];
        list.push({ words: v, entry });
        this.byFirst.set(v[0]!, list);
      }
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** Every event noun in the tokens, left to right, longest at each place, not overlapping. */
  match(tokens: readonly MatchToken[]): EventNounMatch[] {
    const out: EventNounMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const hit = this.byFirst.get(tokens[i]!.normal)?.find((p) => p.words.every((w, k) => tokens[i + k]?.normal === w));
      if (!hit) continue;
      out.push({ entry: hit.entry, start: i, end: i + hit.words.length });
      i += hit.words.length - 1;
    }
    return out;
  }
}
