/**
 * Reads the PLOVER event types, their modes and the general contexts from
 * PLOVER_MANUAL.tex (CC BY-SA 4.0): event types are the `\section{NAME}`s of
 * the "Event Categories" chapter, modes the rows of each type's "modes" table,
 * contexts the rows of the "General contexts" table.
 */
import type { CompiledPloverType } from '../../src/codebooks/compiled.js';

export interface PloverManual {
  readonly types: CompiledPloverType[];
  readonly contexts: { name: string; description: string }[];
}

/** "\hyperref[context:x]{political\_institutions}" → "political_institutions"; drops other TeX markup. */
export function plainTex(tex: string): string {
  let s = tex.replace(/\\hyperref\[[^\]]*\]/g, '');
  s = s.replace(/\\(?:textit|emph|txt|plcat|plcon|plmod|textbf|texttt|ti)\{([^{}]*)\}/g, '$1');
  s = s.replace(/\\_/g, '_').replace(/---/g, '—').replace(/``|''/g, '"').replace(/\\&/g, '&');
  s = s.replace(/[{}]/g, '').replace(/\\\\$/, '');
  return s.replace(/\s+/g, ' ').trim();
}

/** Rows "name & content \\" of a tabular, from the line after the header row to \hline or \end. */
function tableRows(lines: readonly string[], from: number): { name: string; description: string }[] {
  const out: { name: string; description: string }[] = [];
  let pending = '';
  for (let i = from; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (t.startsWith('\\end{') || (t === '\\hline' && out.length > 0 && pending === '')) break;
    if (t.startsWith('%')) continue; // rows commented out in the manual (withdrawn modes)
    if (t === '\\hline' || t === '' || t.startsWith('\\endhead') || t.startsWith('\\endfoot') || t.startsWith('\\endlastfoot') || t.includes('\\multicolumn')) continue;
    pending += (pending ? ' ' : '') + t;
    if (!pending.endsWith('\\\\')) continue;
    const [name = '', ...rest] = pending.slice(0, -2).split(/(?<!\\)&/); // cells; "\&" is a literal ampersand
    pending = '';
    const clean = plainTex(name);
    const description = plainTex(rest.join('&'));
    const previous = out[out.length - 1];
    if (!clean && previous) previous.description = `${previous.description} ${description}`; // a row continued on the next line
    else if (clean && clean !== 'Name' && !clean.startsWith('\\')) out.push({ name: clean, description });
  }
  return out;
}

export function readPloverManual(tex: string): PloverManual {
  const lines = tex.split(/\r?\n/);
  const chapterStart = lines.findIndex((l) => l.startsWith('\\chapter{Event Categories}'));
  const chapterEnd = lines.findIndex((l, i) => i > chapterStart && l.startsWith('\\chapter{'));
  const types: CompiledPloverType[] = [];
  let current: { name: string; quad: string | null; modes: { name: string; description: string }[] } | undefined;
  for (let i = chapterStart + 1; i < chapterEnd; i++) {
    const l = lines[i]!;
    const section = /^\\section\{([A-Z]+)\}/.exec(l);
    if (section) {
      current = { name: section[1]!, quad: null, modes: [] };
      types.push(current);
      continue;
    }
    if (!current) continue;
    const quad = /^\\subsection\{Quad category: ([A-Z ]+)\}/.exec(l);
    if (quad) current.quad = quad[1]!.trim().toLowerCase();
    if (/\\caption\{.*modes/.test(l)) {
      const header = lines.findIndex((h, j) => j > i && j < i + 8 && /^Name\s*&/.test(h.trim()));
      if (header > 0) current.modes.push(...tableRows(lines, header + 1));
    }
  }
  const ctxCaption = lines.findIndex((l) => l.includes('\\caption{General contexts'));
  const ctxHeader = lines.findIndex((l, j) => j > ctxCaption && /^Name\s*&/.test(l.trim()));
  const contexts = ctxCaption > 0 && ctxHeader > 0 ? tableRows(lines, ctxHeader + 1) : [];
  return { types, contexts };
}
