/**
 * Applies the corrections of verb-overrides.ts and plover-overrides.ts to what the readers compiled. Every
 * override must find the entry it names (the group, each lemma, the pattern's line with the text written there);
 * one that does not is returned as a problem and fails the build, so a changed source is looked at again.
 * Nothing is mutated: new lists come back, each touched record carrying the override's id.
 */
import type { CompiledGroup, CompiledPattern, CompiledPloverEntry, CompiledVerb, DroppedPattern } from '../../src/codebooks/compiled.js';
import { regularVerbForms } from '../../src/codebooks/inflect.js';
import type { PloverOverride } from './plover-overrides.js';
import { compilePatternLine } from './read-verb-dictionary.js';
import type { VerbOverride } from './verb-overrides.js';

export interface VerbTables {
  readonly groups: readonly CompiledGroup[];
  readonly verbs: readonly CompiledVerb[];
  readonly patterns: readonly CompiledPattern[];
  readonly synsetNames: ReadonlySet<string>;
}

export interface AppliedVerbOverrides {
  readonly groups: CompiledGroup[];
  readonly verbs: CompiledVerb[];
  readonly patterns: CompiledPattern[];
  /** Patterns the overrides removed, with the override's reason. */
  readonly dropped: DroppedPattern[];
  readonly problems: string[];
}

/** Folds runs of blanks, as the reader does with pattern lines, so a pattern's text compares as written. */
const fold = (text: string): string => text.trim().split(/\s+/).join(' ');

export function applyVerbOverrides(tables: VerbTables, overrides: readonly VerbOverride[]): AppliedVerbOverrides {
  let groups = [...tables.groups];
  let verbs = [...tables.verbs];
  let patterns = [...tables.patterns];
  const dropped: DroppedPattern[] = [];
  const problems: string[] = [];
  const hasGroup = (name: string) => groups.some((g) => g.name === name);

  for (const o of overrides) {
    const fail = (what: string) => problems.push(`override ${o.id}: ${what}`);
    switch (o.kind) {
      case 'add-verb': {
        const group = groups.find((g) => g.name === o.group);
        if (!group) { fail(`no block ${o.group}`); break; }
        if (verbs.some((v) => v.lemma === o.lemma)) { fail(`the dictionary already lists ${o.lemma}`); break; }
        verbs.push({ group: o.group, line: group.line, lemma: o.lemma, code: o.code, passive: null, forms: o.forms ? [...o.forms] : regularVerbForms(o.lemma), override: o.id });
        break;
      }
      case 'verb-code':
      case 'no-default': {
        if (!hasGroup(o.group)) { fail(`no block ${o.group}`); break; }
        for (const lemma of o.lemmas) {
          if (!verbs.some((v) => v.group === o.group && v.lemma === lemma)) fail(`no verb ${lemma} in ${o.group}`);
        }
        verbs = verbs.map((v) => {
          if (v.group !== o.group || !o.lemmas.includes(v.lemma)) return v;
          return o.kind === 'verb-code' ? { ...v, code: o.code, passive: null, override: o.id } : { ...v, noDefault: true as const, override: o.id };
        });
        break;
      }
      case 'group-code': {
        if (!hasGroup(o.group)) { fail(`no block ${o.group}`); break; }
        groups = groups.map((g) => (g.name === o.group ? { ...g, code: o.code, passive: null, override: o.id } : g));
        break;
      }
      case 'pattern-code':
      case 'drop-pattern': {
        const p = patterns.find((x) => x.line === o.line);
        if (!p || fold(p.text) !== fold(o.text)) { fail(`line ${o.line} is not the compiled pattern "${o.text}"${p ? ` (it is "${p.text}")` : ''}`); break; }
        if (o.kind === 'drop-pattern') {
          patterns = patterns.filter((x) => x !== p);
          dropped.push({ line: p.line, text: p.text, reason: `override ${o.id}` });
        } else {
          patterns = patterns.map((x) => (x === p ? { ...x, code: o.code, override: o.id } : x));
        }
        break;
      }
      case 'add-pattern': {
        const group = groups.find((g) => g.name === o.group);
        if (!group) { fail(`no block ${o.group}`); break; }
        // An added pattern sits at its block's header line: rule names and the earlier-line tie-break place it there.
        const compiled = compilePatternLine(group.line, fold(o.text), o.group, tables.synsetNames);
        if ('reason' in compiled) { fail(`"${o.text}": ${compiled.reason}`); break; }
        patterns.push({ ...compiled, override: o.id });
        break;
      }
    }
  }
  return { groups, verbs, patterns, dropped, problems };
}

/** The CAMEO→PLOVER table with its corrections; each corrected entry says what the table had. */
export function applyPloverOverrides(entries: readonly CompiledPloverEntry[], overrides: readonly PloverOverride[]): { entries: CompiledPloverEntry[]; problems: string[] } {
  const problems: string[] = [];
  const out = entries.map((e) => {
    const o = overrides.find((x) => x.code === e.code);
    if (!o) return e;
    const was = `${e.type}${e.mode ? ` ${e.mode}` : ''}`;
    if (was !== o.was) problems.push(`plover override ${o.id}: the table codes ${e.code} as "${was}", not "${o.was}"`);
    return { ...e, type: o.type, mode: o.mode, override: { id: o.id, was, why: o.why } };
  });
  for (const o of overrides) if (!entries.some((e) => e.code === o.code)) problems.push(`plover override ${o.id}: no entry for ${o.code}`);
  return { entries: out, problems };
}
