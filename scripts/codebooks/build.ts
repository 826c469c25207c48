/**
 * `npm run codebooks:build`: compiles the CAMEO and PLOVER codebooks in
 * ../shared/codebooks (or $ATTACHE_CODEBOOKS, or --shared DIR) and GDELT's
 * lookups in data/codebooks/gdelt into the committed files of data/codebooks.
 * Output is sorted and one record a line, so a rebuild from the same inputs is
 * byte-identical and a change reads as a diff.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEBOOK_FILES, type CompiledPattern, type CompiledPlover, type DroppedPattern } from '../../src/codebooks/compiled.js';
import { dataPath, sharedPath } from '../../src/util/paths.js';
import { compileCodes } from './compile-codes.js';
import { readCameoPlover } from './read-cameo-plover.js';
import { readGdeltTables } from './read-gdelt.js';
import { readPloverManual } from './read-plover-manual.js';
import { readVerbDictionary } from './read-verb-dictionary.js';
import { applyPloverOverrides, applyVerbOverrides } from './apply-overrides.js';
import { PLOVER_OVERRIDES } from './plover-overrides.js';
import { VERB_OVERRIDES } from './verb-overrides.js';
import { checkEventNouns } from './check-event-nouns.js';
import { writeRecordsJson } from './write-json.js';

export const SHARED_FILES = {
  verbs: 'CAMEO.2.0.txt',
  verbsLicence: 'LICENSE.CAMEO.2.0.txt',
  cameoPlover: 'CAMEO2PLOVER-2021.txt',
  ploverManual: 'PLOVER_MANUAL.tex',
} as const;

export interface BuildReport {
  readonly counts: Record<string, number>;
  readonly problems: readonly string[];
  readonly droppedByReason: Readonly<Record<string, number>>;
}

/** The folder with the codebook sources: --shared DIR, else $ATTACHE_CODEBOOKS, else ../shared/codebooks. */
export function codebookSourceDir(argv: readonly string[] = process.argv.slice(2)): string {
  const flag = argv.indexOf('--shared');
  if (flag >= 0 && argv[flag + 1]) return argv[flag + 1]!;
  return process.env.ATTACHE_CODEBOOKS ?? sharedPath('codebooks');
}

/**
 * PETRARCH2 stores patterns in a tree and a later identical pattern overwrites
 * an earlier one; keep the later, drop the earlier with the reason.
 */
function dropShadowed(patterns: readonly CompiledPattern[]): { kept: CompiledPattern[]; dropped: DroppedPattern[] } {
  const last = new Map<string, CompiledPattern>();
  const key = (p: CompiledPattern): string => JSON.stringify([p.group, p.before, p.after]);
  for (const p of patterns) last.set(key(p), p);
  const kept: CompiledPattern[] = [];
  const dropped: DroppedPattern[] = [];
  for (const p of patterns) {
    const winner = last.get(key(p))!;
    if (winner === p) kept.push(p);
    else if (winner.code === p.code && winner.passive === p.passive) dropped.push({ line: p.line, text: p.text, reason: `repeated at line ${winner.line}` });
    else dropped.push({ line: p.line, text: p.text, reason: `same pattern with another code at line ${winner.line} (PETRARCH2 keeps the later)` });
  }
  return { kept, dropped };
}

/** Patterns whose code is no CAMEO code (e.g. 176, 903: codes outside CAMEO 1.1b3) cannot be coded. */
function dropUnknownCodes(patterns: readonly CompiledPattern[], known: ReadonlySet<string>): { kept: CompiledPattern[]; dropped: DroppedPattern[] } {
  const kept: CompiledPattern[] = [];
  const dropped: DroppedPattern[] = [];
  for (const p of patterns) {
    const bad = [p.code, p.passive].filter((c): c is string => c !== null && !known.has(c));
    if (bad.length) dropped.push({ line: p.line, text: p.text, reason: `not a CAMEO code: ${bad.join(', ')}` });
    else kept.push(p);
  }
  return { kept, dropped };
}

/** Reason without its line number, for counting ("same pattern with another code at line 12" → "same pattern with another code"). */
function reasonKind(reason: string): string {
  return reason.replace(/ at line \d+/, '').replace(/: .*$/, '');
}

export function buildCodebooks(sourceDir: string, outDir = dataPath('codebooks')): BuildReport {
  const src = (name: string): string => join(sourceDir, name);
  const missing = Object.values(SHARED_FILES).filter((f) => !existsSync(src(f)));
  if (missing.length) {
    throw new Error(`codebooks:build: ${sourceDir} lacks ${missing.join(', ')}; set ATTACHE_CODEBOOKS or pass --shared DIR (the committed data/codebooks stays as it is)`);
  }
  const problems: string[] = [];
  const gdelt = readGdeltTables(join(outDir, 'gdelt', 'CAMEO.goldsteinscale.txt'), join(outDir, 'gdelt', 'CAMEO.eventcodes.txt'));
  problems.push(...gdelt.problems);
  const cameoPloverRead = readCameoPlover(readFileSync(src(SHARED_FILES.cameoPlover), 'utf8'));
  problems.push(...cameoPloverRead.problems.map((p) => `${SHARED_FILES.cameoPlover} ${p}`));
  const ploverFixed = applyPloverOverrides(cameoPloverRead.entries, PLOVER_OVERRIDES);
  const overrideProblems = [...ploverFixed.problems];
  const cameoPlover = { entries: ploverFixed.entries };
  const manual = readPloverManual(readFileSync(src(SHARED_FILES.ploverManual), 'utf8'));
  const codes = compileCodes(gdelt, cameoPlover.entries);
  const known = new Set(codes.map((c) => c.code));

  const dictText = readFileSync(src(SHARED_FILES.verbs), 'utf8');
  const dict = readVerbDictionary(dictText);
  const shadow = dropShadowed(dict.patterns);
  // Corrections after shadowing: an override names the pattern PETRARCH2 keeps.
  const fixed = applyVerbOverrides({ groups: dict.groups, verbs: dict.verbs, patterns: shadow.kept, synsetNames: new Set(Object.keys(dict.synsets)) }, VERB_OVERRIDES);
  const unknown = dropUnknownCodes(fixed.patterns, known);
  const dropped = [...dict.dropped, ...shadow.dropped, ...fixed.dropped, ...unknown.dropped].sort((a, b) => a.line - b.line);
  const verbCodeProblems = [...fixed.groups, ...fixed.verbs]
    .flatMap((v) => [v.code, v.passive].filter((c): c is string => c !== null && !known.has(c)).map((c) => `${SHARED_FILES.verbs} line ${v.line}: code ${c} is no CAMEO code`));
  problems.push(...verbCodeProblems, ...dict.skipped.map((s) => `${SHARED_FILES.verbs} line ${s.line} skipped (${s.reason}): ${s.text.trim()}`));

  const typeNames = new Set(manual.types.map((t) => t.name));
  const modeNames = new Set(manual.types.flatMap((t) => t.modes.map((m) => m.name)));
  const contextNames = new Set(manual.contexts.map((c) => c.name));
  for (const e of cameoPlover.entries) {
    if (!typeNames.has(e.type)) problems.push(`${SHARED_FILES.cameoPlover} line ${e.line}: type ${e.type} is not in the manual`);
    if (e.mode && !modeNames.has(e.mode)) problems.push(`${SHARED_FILES.cameoPlover} line ${e.line}: mode "${e.mode}" is in no mode table of the manual`);
    for (const c of e.context) if (!contextNames.has(c)) problems.push(`${SHARED_FILES.cameoPlover} line ${e.line}: context "${c}" is not in the manual's general contexts`);
  }

  problems.push(...checkEventNouns(join(outDir, CODEBOOK_FILES.eventNouns), dictText, known));
  overrideProblems.push(...fixed.problems);
  if (overrideProblems.length > 0) {
    throw new Error(`codebooks:build: overrides that no longer fit their source (the committed data/codebooks stays as it is):\n  ${overrideProblems.join('\n  ')}`);
  }

  mkdirSync(join(outDir, 'cc-by-sa'), { recursive: true });
  writeRecordsJson(join(outDir, CODEBOOK_FILES.codes), { codes });
  writeRecordsJson(join(outDir, CODEBOOK_FILES.verbs), {
    source: `${SHARED_FILES.verbs} (PETRARCH2 CAMEO verb dictionary, Open Event Data Alliance, MIT)`,
    synsets: Object.fromEntries(Object.entries(dict.synsets).sort(([a], [b]) => (a < b ? -1 : 1))),
    groups: fixed.groups,
    verbs: fixed.verbs,
    patterns: unknown.kept,
    dropped,
    overrides: VERB_OVERRIDES.map((o) => ({ id: o.id, kind: o.kind, why: o.why })),
  });
  const plover: CompiledPlover = {
    source: `${SHARED_FILES.cameoPlover} and ${SHARED_FILES.ploverManual} (PLOVER, Open Event Data Alliance)`,
    licence: 'CC BY-SA 4.0',
    dropped: ['01', '02'],
    entries: cameoPlover.entries,
    types: manual.types,
    contexts: manual.contexts,
  };
  writeRecordsJson(join(outDir, CODEBOOK_FILES.plover), { ...plover });
  writeFileSync(join(outDir, SHARED_FILES.verbsLicence), readFileSync(src(SHARED_FILES.verbsLicence)));

  const droppedByReason: Record<string, number> = {};
  for (const d of dropped) droppedByReason[reasonKind(d.reason)] = (droppedByReason[reasonKind(d.reason)] ?? 0) + 1;
  const counts = {
    codes: codes.length,
    groups: fixed.groups.length,
    verbs: fixed.verbs.length,
    verbForms: fixed.verbs.reduce((n, v) => n + v.forms.length, 0),
    synsets: Object.keys(dict.synsets).length,
    patternLines: dict.patterns.length + dict.dropped.length,
    overrides: VERB_OVERRIDES.length + PLOVER_OVERRIDES.length,
    patterns: unknown.kept.length,
    dropped: dropped.length,
    ploverEntries: cameoPlover.entries.length,
    ploverTypes: manual.types.length,
    ploverContexts: manual.contexts.length,
  };
  return { counts, problems, droppedByReason };
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').slice(-3).join('/'));
if (isMain) {
  try {
    const report = buildCodebooks(codebookSourceDir());
    for (const p of report.problems) process.stderr.write(`  ${p}\n`);
    process.stdout.write(`codebooks:build: ${JSON.stringify(report.counts)}\n`);
    process.stdout.write(`dropped patterns by reason: ${JSON.stringify(report.droppedByReason)}\n`);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
