/**
 * Reads the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt) into the compiled
 * format of src/codebooks/compiled.ts. The file's rules, from its header and
 * PETRreader.read_verb_dictionary: synonym sets (`&NAME`, then `+PHRASE` lines)
 * come first; after "####### VERB PATTERNS #######", blocks start with
 * `--- NAME [code] ---`, then verb lines (`MEET {MEETS MET MEETING} [code]`,
 * `+STIR_UP {+STIRS_UP …}`) and pattern lines (`- * (WITH LEADERS) [036:036] # MEET`).
 * `#` starts a comment; `~` lines (verb transformations over parse trees) are
 * skipped, as the matcher has no parse tree.
 */
import type { CompiledGroup, CompiledPattern, CompiledVerb, DroppedPattern } from '../../src/codebooks/compiled.js';
import { regularPlural, regularVerbForms } from '../../src/codebooks/inflect.js';
import { parsePattern } from './parse-pattern.js';

export interface RawVerbDictionary {
  readonly synsets: Record<string, string[]>;
  readonly groups: CompiledGroup[];
  readonly verbs: CompiledVerb[];
  readonly patterns: CompiledPattern[];
  readonly dropped: DroppedPattern[];
  /** Lines read but not compiled that are not patterns (transformations, malformed verb lines). */
  readonly skipped: { line: number; text: string; reason: string }[];
}

export interface CodePair {
  readonly code: string | null;
  readonly passive: string | null;
}

const CODE_PART = /^(?:---|\d{2,4})?$/;

/** "[042:043]" → {042, 043}; "[---]" → nulls; "[:020]" → {null, 020}. Undefined when malformed. */
export function parseCodePair(inside: string): CodePair | undefined {
  const [first = '', second = '', ...rest] = inside.trim().split(':');
  if (rest.length || !CODE_PART.test(first) || !CODE_PART.test(second)) return undefined;
  const code = (c: string): string | null => (c === '' || c === '---' ? null : c);
  return { code: code(first), passive: code(second) };
}

function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash < 0 ? line : line.slice(0, hash);
}

/** `[...]` in a line: the text before it, the code inside, the text after. */
function splitCode(text: string): { before: string; inside: string | undefined; after: string } {
  const open = text.indexOf('[');
  if (open < 0) return { before: text, inside: undefined, after: '' };
  const close = text.indexOf(']', open);
  if (close < 0) return { before: text, inside: undefined, after: '' };
  return { before: text.slice(0, open), inside: text.slice(open + 1, close), after: text.slice(close + 1) };
}

/** A synonym-set member: words lower case; its regular plural too unless the member or the set ends in "_". */
function synsetPhrases(member: string, setWithoutPlurals: boolean): string[] {
  const noPlural = setWithoutPlurals || member.endsWith('_');
  const words = member.toLowerCase().split(/[_ ]+/).filter(Boolean);
  if (words.length === 0) return [];
  const phrase = words.join(' ');
  const last = words[words.length - 1]!;
  const plural = noPlural ? undefined : regularPlural(last);
  return plural ? [phrase, [...words.slice(0, -1), plural].join(' ')] : [phrase];
}

/** "+STIRS_UP" → "+stirs up"; "MET" → "met". The "+" stays only where the form has more than one word. */
function formText(raw: string): string {
  const words = raw.toLowerCase().split('_').filter(Boolean);
  if (words.length === 1) return words[0]!.replace(/^\+/, '');
  return words.join(' ');
}

/** Regular forms of a (possibly multiword) primary form: only the "+" word inflects. */
function regularForms(primary: string): string[] {
  const words = primary.split(' ');
  const head = words.length === 1 ? 0 : words.findIndex((w) => w.startsWith('+'));
  if (head < 0) return [primary];
  const bare = words[head]!.replace(/^\+/, '');
  return regularVerbForms(bare).map((f) => {
    if (words.length === 1) return f;
    const copy = [...words];
    copy[head] = '+' + f;
    return copy.join(' ');
  });
}

/** One verb line → a verb, or a reason it cannot be read. */
function readVerbLine(text: string, lineNo: number, group: string): CompiledVerb | string {
  const { before, inside, after } = splitCode(stripComment(text));
  if (after.trim()) return 'text after the code';
  const pair = inside === undefined ? { code: null, passive: null } : parseCodePair(inside);
  if (!pair) return `malformed code [${inside}]`;
  const open = before.indexOf('{');
  const close = before.indexOf('}');
  const head = (open < 0 ? before : before.slice(0, open)).trim().split(/\s+/).filter(Boolean);
  if (head.length !== 1) return head.length === 0 ? 'no verb' : 'more than one word before the forms';
  const lemma = formText(head[0]!);
  if (lemma.includes(' ') && !lemma.split(' ').some((w) => w.startsWith('+'))) return 'multiword verb without "+" on its verb';
  let forms: string[];
  if (open >= 0) {
    if (close < open) return 'unclosed {';
    // A few brace lists separate their forms with commas ("{+WAS_DETERMINED , +BE_DETERMINED}"): a comma is no form.
    const given = before.slice(open + 1, close).trim().split(/[\s,]+/).filter(Boolean).map(formText);
    forms = [lemma, ...given]; // PETRARCH: braces list every form, none is generated
  } else {
    forms = regularForms(lemma);
  }
  return { group, line: lineNo, lemma, code: pair.code, passive: pair.passive, forms: [...new Set(forms)] };
}

export function readVerbDictionary(text: string): RawVerbDictionary {
  const lines = text.split(/\r?\n/);
  const synsets: Record<string, string[]> = {};
  const groups: CompiledGroup[] = [];
  const verbs: CompiledVerb[] = [];
  const patternLines: { line: number; text: string; group: string }[] = [];
  const skipped: RawVerbDictionary['skipped'] = [];
  let inVerbs = false;
  let synset: string | undefined;
  let group: CompiledGroup | undefined;
  let inXmlComment = false;

  lines.forEach((raw, idx) => {
    const lineNo = idx + 1;
    if (inXmlComment) {
      if (raw.includes('-->')) inXmlComment = false;
      return;
    }
    if (raw.startsWith('<!--')) {
      inXmlComment = !raw.includes('-->');
      return;
    }
    if (raw.startsWith('####### VERB PATTERNS')) {
      inVerbs = true;
      return;
    }
    if (raw.startsWith('#') || raw.trim() === '') return;
    if (!inVerbs) {
      const t = stripComment(raw).trim();
      if (t.startsWith('&')) synset = t.slice(1);
      else if (t.startsWith('+') && synset) {
        const list = (synsets[synset] ??= []);
        for (const p of synsetPhrases(t.slice(1), synset.endsWith('_'))) if (!list.includes(p)) list.push(p);
      } else if (t) skipped.push({ line: lineNo, text: raw, reason: 'not a synonym set line' });
      return;
    }
    if (raw.startsWith('---')) {
      const { before, inside } = splitCode(raw.slice(3));
      const name = before.trim();
      const pair = inside === undefined ? undefined : parseCodePair(inside);
      if (!name || !pair) {
        skipped.push({ line: lineNo, text: raw, reason: 'malformed block header' });
        group = undefined;
        return;
      }
      group = { name, line: lineNo, code: pair.code, passive: pair.passive };
      groups.push(group);
      return;
    }
    if (raw.startsWith('~')) {
      skipped.push({ line: lineNo, text: raw, reason: 'verb transformation (needs a parse tree)' });
      return;
    }
    if (!group) {
      skipped.push({ line: lineNo, text: raw, reason: 'outside a verb block' });
      return;
    }
    if (raw.startsWith('-')) {
      // Runs of blanks (column padding) folded to one; the line number leads back to the original.
      patternLines.push({ line: lineNo, text: raw.trim().split(/\s+/).join(' '), group: group.name });
      return;
    }
    const verb = readVerbLine(raw, lineNo, group.name);
    if (typeof verb === 'string') skipped.push({ line: lineNo, text: raw, reason: verb });
    else verbs.push(verb);
  });

  const { patterns, dropped } = compilePatterns(patternLines, new Set(Object.keys(synsets)));
  return { synsets, groups, verbs, patterns, dropped, skipped };
}

function compilePatterns(
  lines: readonly { line: number; text: string; group: string }[],
  synsetNames: ReadonlySet<string>,
): { patterns: CompiledPattern[]; dropped: DroppedPattern[] } {
  const patterns: CompiledPattern[] = [];
  const dropped: DroppedPattern[] = [];
  for (const { line, text, group } of lines) {
    const compiled = compilePatternLine(line, text, group, synsetNames);
    if ('reason' in compiled) dropped.push(compiled);
    else patterns.push(compiled);
  }
  return { patterns, dropped };
}

/** One pattern line ("- * (WITH LEADERS) [036:036] # MEET", runs of blanks folded) → a pattern, or why it cannot be one. */
export function compilePatternLine(line: number, text: string, group: string, synsetNames: ReadonlySet<string>): CompiledPattern | DroppedPattern {
  const { before: body, inside } = splitCode(stripComment(text.slice(1)));
  const pair = inside === undefined ? undefined : parseCodePair(inside);
  if (!pair) return { line, text, reason: inside === undefined ? 'no code' : `malformed code [${inside}]` };
  const parsed = parsePattern(body, synsetNames);
  if (!parsed.ok) return { line, text, reason: parsed.reason };
  return { group, line, text, code: pair.code, passive: pair.passive, before: parsed.before, after: parsed.after };
}
