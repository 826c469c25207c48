import type { Proposal } from '../../src/doc/annotation.js';
import type { EntityType, Mention, MentionKind } from '../../src/doc/layers.js';
import type { Stage } from '../../src/pipeline/stage.js';

/**
 * A hand-made `mentions` layer for tests of the quotes stage, standing in for
 * the actors stages' output: each spec names a surface string, the entity it
 * belongs to and how it names it. It is an input fixture, not actor finding.
 */
export interface MentionSpec {
  /** The mention's text, matched case-sensitively as whole words. */
  readonly text: string;
  readonly entity: string | null;
  readonly type?: EntityType;
  readonly kind?: MentionKind;
  /** Only the occurrence inside the first occurrence of this longer string. */
  readonly within?: string;
  /** Title words written right before the name ("Secretary" in "Secretary Austin"). */
  readonly title?: string;
}

export function mentionsFixtureStage(specs: readonly MentionSpec[]): Stage {
  return {
    name: 'mentions-fixture',
    description: 'hand-made mentions for quote tests',
    requires: ['blocks'],
    adds: ['mentions'],
    run(doc) {
      const captions = doc.layer('blocks').filter((b) => b.kind === 'caption');
      const mentions: Proposal<Mention>[] = [];
      for (const spec of specs) {
        for (const start of occurrences(doc.text, spec)) {
          const end = start + spec.text.length;
          const titleStart = spec.title ? start - spec.title.length - 1 : -1;
          const title = spec.title && doc.text.slice(titleStart, start) === `${spec.title} ` ? { start: titleStart, end: titleStart + spec.title.length, text: spec.title } : null;
          mentions.push({
            start,
            end,
            text: spec.text,
            kind: spec.kind ?? (spec.text.length <= 4 && /^(he|she|it|they|we|i)$/iu.test(spec.text) ? 'pronoun' : 'name'),
            type: spec.type ?? 'PERSON',
            entity: spec.entity,
            title,
            caption: captions.some((c) => c.start <= start && end <= c.end),
            rule: 'test-fixture',
          });
        }
      }
      return { layers: { mentions: mentions.sort((a, b) => a.start - b.start) } };
    },
  };
}

function occurrences(text: string, spec: MentionSpec): number[] {
  if (spec.within !== undefined) {
    const at = text.indexOf(spec.within);
    if (at < 0) throw new Error(`fixture: ${JSON.stringify(spec.within)} is not in the text`);
    const inner = spec.within.indexOf(spec.text);
    if (inner < 0) throw new Error(`fixture: ${JSON.stringify(spec.text)} is not in ${JSON.stringify(spec.within)}`);
    return [at + inner];
  }
  const out: number[] = [];
  for (let i = text.indexOf(spec.text); i >= 0; i = text.indexOf(spec.text, i + spec.text.length)) {
    const before = text[i - 1] ?? ' ';
    const after = text[i + spec.text.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) out.push(i);
  }
  return out;
}
