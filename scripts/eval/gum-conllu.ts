/**
 * GUM's CoNLL-U files (dep/*.conllu) read into running text with token offsets and entity mentions.
 * The mentions come from the MISC column's `Entity=` brackets, whose fields the file header names
 * (`# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity`); they are the same
 * annotations as coref/gum/tsv, with the syntax (UPOS, heads) needed to tell names from other mentions.
 */

export interface GumToken {
  readonly form: string;
  readonly upos: string;
  /** Index of the syntactic head in the document's token list; -1 for a root. */
  readonly head: number;
  readonly deprel: string;
  readonly start: number;
  readonly end: number;
}

export interface GumMention {
  /** Token indices [first, last + 1) in the document. */
  readonly first: number;
  readonly end: number;
  readonly etype: string;
  readonly identity: string | null;
}

export interface GumDoc {
  readonly id: string;
  readonly date: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly tokens: readonly GumToken[];
  readonly mentions: readonly GumMention[];
}

interface Row {
  readonly id: string;
  readonly form: string;
  readonly upos: string;
  readonly head: string;
  readonly deprel: string;
  readonly misc: string;
}

const miscValue = (misc: string, key: string) => misc.split('|').find((x) => x.startsWith(`${key}=`))?.slice(key.length + 1);

/** One CoNLL-U file holding one document. */
export function parseGumConllu(source: string): GumDoc {
  let id = '';
  let date: string | null = null;
  let title: string | null = null;
  let text = '';
  let newPar = false;
  let rows: Row[] = [];
  const tokens: GumToken[] = [];
  const mentions: GumMention[] = [];
  const open = new Map<string, { first: number; etype: string; identity: string | null }[]>();

  const flush = () => {
    if (rows.length === 0) return;
    // Paragraphs become blank-line breaks; sentences in one paragraph are joined by a space.
    if (text !== '') text += newPar ? '\n\n' : ' ';
    newPar = false;
    const base = tokens.length;
    const words = rows.filter((r) => /^\d+$/.test(r.id));
    const index = new Map(words.map((r, i) => [r.id, base + i]));
    let range: { last: number; start: number; end: number } | null = null;
    for (const r of rows) {
      const span = /^(\d+)-(\d+)$/.exec(r.id);
      if (span) {
        // A multi-word token ("I've"): its words share the surface form's offsets.
        const start = text.length;
        text += r.form;
        range = { last: Number(span[2]), start, end: text.length };
        if (miscValue(r.misc, 'SpaceAfter') !== 'No') text += ' ';
        continue;
      }
      if (!/^\d+$/.test(r.id)) continue;
      let start: number;
      let end: number;
      if (range && Number(r.id) <= range.last) {
        ({ start, end } = range);
      } else {
        range = null;
        start = text.length;
        text += r.form;
        end = text.length;
        if (miscValue(r.misc, 'SpaceAfter') !== 'No') text += ' ';
      }
      const i = tokens.length;
      tokens.push({ form: r.form, upos: r.upos, head: r.head === '0' ? -1 : index.get(r.head) ?? -1, deprel: r.deprel, start, end });
      const entity = miscValue(r.misc, 'Entity');
      if (entity) readBrackets(entity, i);
    }
    text = text.replace(/ $/, '');
    rows = [];
  };

  const readBrackets = (value: string, i: number) => {
    for (const m of value.matchAll(/\((\d+)-([^()]*)(\)?)|(\d+)\)/g)) {
      if (m[1] !== undefined) {
        const fields = m[2]!.split('-');
        const identity = fields.slice(6).join('-') || null;
        const entry = { first: i, etype: fields[0]!, identity: identity ? decodeURIComponent(identity) : null };
        if (m[3]) mentions.push({ ...entry, end: i + 1 });
        else open.set(m[1], [...(open.get(m[1]) ?? []), entry]);
      } else {
        const stack = open.get(m[4]!);
        const entry = stack?.pop();
        if (entry) mentions.push({ ...entry, end: i + 1 });
      }
    }
  };

  for (const line of source.split('\n')) {
    if (line.startsWith('#')) {
      const [key, ...rest] = line.slice(1).split('=');
      const k = key!.trim();
      const v = rest.join('=').trim();
      if (k === 'newdoc id') id = v;
      else if (k === 'meta::dateCreated') date = v;
      else if (k === 'meta::title') title = v;
      else if (k === 'newpar') newPar = true;
      continue;
    }
    if (line.trim() === '') {
      flush();
      continue;
    }
    const c = line.split('\t');
    rows.push({ id: c[0]!, form: c[1]!, upos: c[3]!, head: c[6]!, deprel: c[7]!, misc: c[9] ?? '_' });
  }
  flush();
  return { id, date, title, text, tokens, mentions: mentions.sort((a, b) => a.first - b.first || b.end - a.end) };
}
