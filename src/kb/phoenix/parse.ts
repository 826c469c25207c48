import type { CodeSpan } from '../model.js';
import { phoenixToText } from '../normalize.js';
import { parseCodeSpan } from './dates.js';

/**
 * A reader for the Phoenix/PETRARCH actor and agent dictionaries:
 *   NAME_  [CODE] # comment        a name with its code on the same line
 *   +ALIAS_                        another name of the entry above
 *   \t[CODE yymmdd-yymmdd]         a code line, date-limited with -, > or <
 *   AGENT {PLURAL PLURALS} [~COP]  agents, with explicit plurals
 *   !PERSON! = MAN, MEN            a macro expanded inside agent names
 * Names without codes followed by another name belong to the same entry (PETRARCH
 * reads codes at the end of a block).
 */

export interface PhoenixEntry {
  readonly names: readonly string[];
  readonly codes: readonly CodeSpan[];
  /** 1-based line of the entry's first name. */
  readonly line: number;
  readonly comment: string;
}

export interface PhoenixProblem {
  readonly line: number;
  readonly message: string;
}

export interface PhoenixParse {
  readonly entries: PhoenixEntry[];
  readonly problems: PhoenixProblem[];
}

interface Draft {
  names: string[];
  codes: CodeSpan[];
  line: number;
  comment: string;
}

const CODE_GROUP = /\[([^\]\[]*)\]/g;
const MACRO_DEF = /^(![A-Z]+!)\s*=\s*(.+)$/;

export function parsePhoenix(text: string): PhoenixParse {
  const entries: PhoenixEntry[] = [];
  const problems: PhoenixProblem[] = [];
  const macros = new Map<string, string[]>();
  let cur: Draft | null = null;

  // The last entry kept, and whether the current one followed it with no blank line between.
  let previous: Draft | null = null;
  let followsPrevious = false;
  const flush = (): void => {
    if (cur && cur.names.length > 0) {
      if (cur.codes.length > 0) {
        entries.push(cur);
        previous = cur;
      } else if (followsPrevious && previous) {
        // "UN_ [IGOUNO]" then "U.N._" on the next line: another name of the entry above.
        previous.names.push(...cur.names);
      } else {
        problems.push({ line: cur.line, message: `entry '${cur.names[0]}' has no code` });
      }
    }
    cur = null;
    followsPrevious = false;
  };

  let blankBefore = true;
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const raw = lines[i] ?? '';
    const hash = raw.indexOf('#');
    const comment = hash >= 0 ? raw.slice(hash + 1).trim() : '';
    const body = (hash >= 0 ? raw.slice(0, hash) : raw).trim();
    if (!body) {
      blankBefore = !raw.trim() || blankBefore;
      continue;
    }
    const afterBlank = blankBefore;
    blankBefore = false;

    const macro = MACRO_DEF.exec(body);
    if (macro && macro[1] && macro[2]) {
      macros.set(macro[1], macro[2].split(',').map((s) => s.trim()).filter(Boolean));
      continue;
    }

    const codeStart = body.indexOf('[');
    const head = (codeStart >= 0 ? body.slice(0, codeStart) : body).trim();
    const codes: CodeSpan[] = [];
    if (codeStart >= 0) {
      for (const m of body.slice(codeStart).matchAll(CODE_GROUP)) {
        const span = parseCodeSpan(m[1] ?? '');
        if ('error' in span) problems.push({ line: lineNo, message: span.error });
        else if (span.code !== '---') codes.push(span);
      }
    }

    if (head.startsWith('+')) {
      if (!cur) {
        problems.push({ line: lineNo, message: `alias '${head}' before any name` });
        continue;
      }
      (cur as Draft).names.push(...expandName(head.slice(1), macros));
      (cur as Draft).codes.push(...codes);
      continue;
    }
    if (!head) {
      if (!cur) problems.push({ line: lineNo, message: 'code line before any name' });
      else (cur as Draft).codes.push(...codes);
      continue;
    }
    // A new name while the current entry still waits for its code: a name on the line
    // right after a coded entry, set off by a blank line, was another name of that entry
    // ("UN_ [IGOUNO]" / "U.N._"); otherwise the waiting names share the code to come
    // (the dictionaries leave "US_DEPARTMENT_OF_HOUSING…" to the [USAGOV] of the next block).
    const names = expandName(head, macros);
    if (cur && (cur as Draft).codes.length === 0 && !(followsPrevious && afterBlank)) {
      (cur as Draft).names.push(...names);
      (cur as Draft).codes.push(...codes);
    } else {
      flush();
      followsPrevious = !afterBlank;
      cur = { names, codes, line: lineNo, comment };
    }
  }
  flush();
  return { entries, problems };
}

/** "POLICE!PERSON! {}" → Policeman, Policemen, …; "SOLDIER" → Soldier, Soldiers. */
function expandName(head: string, macros: ReadonlyMap<string, string[]>): string[] {
  let base = head;
  let plurals: string[] | null = null;
  const brace = head.indexOf('{');
  if (brace >= 0) {
    const close = head.indexOf('}', brace);
    plurals = head.slice(brace + 1, close < 0 ? undefined : close).split(/\s+/).filter(Boolean);
    base = head.slice(0, brace);
  }
  base = base.trim();
  if (!base) return [];
  const forms: string[] = [];
  const bang = base.indexOf('!');
  const close = bang >= 0 ? base.indexOf('!', bang + 1) : -1;
  const macro = bang >= 0 && close > bang ? macros.get(base.slice(bang, close + 1)) : undefined;
  if (macro) {
    for (const word of macro) forms.push(base.slice(0, bang) + word + base.slice(close + 1));
  } else {
    forms.push(base);
  }
  for (const p of plurals ?? []) forms.push(p);
  return forms.map(phoenixToText).filter((s) => s.length > 0);
}

/** The plural an agent gets when the dictionary gives none (PETRARCH adds S or ES). */
export function defaultPlural(word: string): string {
  if (/(s|sh|ch|x|z)$/i.test(word)) return `${word}es`;
  if (/[^aeiou]y$/i.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}
