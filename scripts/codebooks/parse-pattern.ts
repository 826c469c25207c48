/**
 * Parses the body of a verb-dictionary pattern line (between the leading "-"
 * and the code) into elements, following PETRreader.read_verb_dictionary of
 * PETRARCH2: `*` the verb, `(PREP NOUN…)` a prepositional phrase, `{A B}` a noun
 * phrase, `&NAME` a synonym set, `$` `+` `^` `%` actor slots, `_` joins words.
 */
import type { PatternElement, SlotRole, WordItem } from '../../src/codebooks/compiled.js';

export type ParsedPattern =
  | { readonly ok: true; readonly before: PatternElement[]; readonly after: PatternElement[] }
  | { readonly ok: false; readonly reason: string };

const SLOTS: Readonly<Record<string, SlotRole>> = { $: 'source', '+': 'target', '^': 'skip', '%': 'compound' };

/** Splits on white space and makes each bracket a token of its own. */
function lex(body: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = (): void => {
    if (word) out.push(word);
    word = '';
  };
  for (const ch of body) {
    if (ch === ' ' || ch === '\t') flush();
    else if ('(){}*'.includes(ch)) { // "*" too: the source has "*SCEPTICAL" and "SPY_*_DEAL", which PETRARCH2 splits at the "*"
      flush();
      out.push(ch);
    } else word += ch;
  }
  flush();
  return out;
}

/** A word as written ("BY/WITH", "RUN-OFF", "DEBT_RELIEF", "CASH_") → its adjacent parts, each with its spellings. */
function wordParts(raw: string): { w: string[] }[] {
  const trimmed = raw.replace(/_+$/, ''); // TABARI's trailing "_" (an open match) means nothing here
  return trimmed.split('_').filter(Boolean).map((part) => ({ w: part.toLowerCase().split('/').filter(Boolean) }));
}

class PatternReader {
  private i = 0;
  constructor(private readonly tokens: string[], private readonly synsets: ReadonlySet<string>) {}

  done(): boolean {
    return this.i >= this.tokens.length;
  }

  peek(): string | undefined {
    return this.tokens[this.i];
  }

  next(): string {
    const t = this.tokens[this.i++];
    if (t === undefined) throw new PatternError('unexpected end of pattern');
    return t;
  }

  /** A word, synonym set or slot outside brackets, or inside a prepositional phrase. */
  simple(tok: string): PatternElement {
    const slot = SLOTS[tok];
    if (slot) return { slot };
    if (tok.startsWith('&')) return { syn: this.synset(tok) };
    if (tok === '*') throw new PatternError('"*" inside a phrase');
    const parts = wordParts(tok);
    if (parts.length === 0) throw new PatternError(`empty word "${tok}"`);
    return parts.length === 1 ? parts[0]! : { seq: parts };
  }

  synset(tok: string): string {
    const name = tok.slice(1);
    if (!this.synsets.has(name)) throw new PatternError(`undefined synonym set ${tok}`);
    return name;
  }

  /** `{A &B C}` after its "{": adjacent words and synonym sets. */
  nounPhrase(): PatternElement {
    const items: WordItem[] = [];
    for (let t = this.next(); t !== '}'; t = this.next()) {
      if (t === '{' || t === '(' || t === ')') throw new PatternError(`"${t}" inside {…}`);
      if (SLOTS[t] || t === '*') throw new PatternError(`"${t}" inside {…}`);
      if (t.startsWith('&')) items.push({ syn: this.synset(t) });
      else items.push(...wordParts(t));
    }
    if (items.length === 0) throw new PatternError('empty {}');
    return { seq: items };
  }

  /** `(PREP OBJECT…)` after its "(". */
  prepPhrase(): PatternElement {
    const head = this.next();
    if (head === ')' || head === '(' || head === '{' || head.startsWith('&') || SLOTS[head] || head === '*') {
      throw new PatternError(`a prepositional phrase must start with a preposition, not "${head}"`);
    }
    const prep = head.toLowerCase().split('/').filter(Boolean);
    const obj: PatternElement[] = [];
    for (let t = this.next(); t !== ')'; t = this.next()) {
      if (t === '(') throw new PatternError('nested (…)');
      obj.push(t === '{' ? this.nounPhrase() : this.simple(t));
    }
    return { prep, obj };
  }

  element(): PatternElement | '*' {
    const t = this.next();
    if (t === '*') return '*';
    if (t === '(') return this.prepPhrase();
    if (t === '{') return this.nounPhrase();
    if (t === ')' || t === '}') throw new PatternError(`unbalanced "${t}"`);
    return this.simple(t);
  }
}

class PatternError extends Error {}

export function parsePattern(body: string, synsets: ReadonlySet<string>): ParsedPattern {
  const reader = new PatternReader(lex(body), synsets);
  const before: PatternElement[] = [];
  const after: PatternElement[] = [];
  let verbs = 0;
  try {
    while (!reader.done()) {
      const el = reader.element();
      if (el === '*') verbs++;
      else (verbs === 0 ? before : after).push(el);
    }
  } catch (e) {
    if (e instanceof PatternError) return { ok: false, reason: e.message };
    throw e;
  }
  if (verbs !== 1) return { ok: false, reason: verbs === 0 ? 'no verb position "*"' : 'more than one "*"' };
  if (before.length === 0 && after.length === 0) return { ok: false, reason: 'nothing beside the verb (the verb alone is its group default)' };
  return { ok: true, before, after };
}
