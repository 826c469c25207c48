/**
 * "The two foreign ministers", "the leaders": a definite plural role names the
 * people of that role the article has already introduced. The actors stage
 * links such a phrase to a generic agent; events need the people, so this
 * resolves it when the article leaves no doubt: the number matches ("two"),
 * or, with no number, at least two such people came before.
 */
import type { Entity } from '../doc/attributes.js';
import type { Mention } from '../doc/layers.js';
import { normalOf, type ViewToken } from './sentence-view.js';

interface RoleFamily {
  /** Words before the head that select the family ("foreign"); empty when the head alone does. */
  readonly modifiers: readonly string[];
  readonly heads: readonly string[];
  /** Does an office's post belong to the family? */
  readonly post: (post: string) => boolean;
}

const FAMILIES: readonly RoleFamily[] = [
  { modifiers: ['foreign'], heads: ['ministers', 'secretaries'], post: (p) => /foreign/i.test(p) || /^secretary of state$/i.test(p) },
  { modifiers: ['defense', 'defence'], heads: ['ministers', 'secretaries', 'chiefs'], post: (p) => /defen[cs]e/i.test(p) },
  { modifiers: [], heads: ['leaders'], post: (p) => /^(president|prime minister|chancellor|premier)\b/i.test(p) },
];

const NUMBERS: Readonly<Record<string, number>> = { two: 2, both: 2, three: 3, four: 4 };

export interface PluralRoleContext {
  readonly entities: readonly Entity[];
  /** Offset of each entity's first mention outside captions. */
  readonly firstMention: ReadonlyMap<string, number>;
}

/** The people a definite plural role stands for, or null. `before` are the sentence's tokens before the mention, nearest last. */
export function resolvePluralRole(mention: Mention, before: readonly ViewToken[], ctx: PluralRoleContext): string[] | null {
  const head = normalOf(mention.text);
  const words: string[] = [];
  let definite = false;
  for (let k = before.length - 1; k >= 0 && words.length < 3; k--) {
    const w = before[k]!.normal;
    if (w === 'the') {
      definite = true;
      break;
    }
    words.push(w);
  }
  if (!definite) return null;
  const family = FAMILIES.find((f) => f.heads.includes(head) && (f.modifiers.length === 0 || f.modifiers.some((m) => words.includes(m))));
  if (!family) return null;
  const count = words.map((w) => NUMBERS[w]).find((n) => n !== undefined);
  const people = ctx.entities
    .filter((e) => e.type === 'PERSON' && (ctx.firstMention.get(e.id) ?? Infinity) < mention.start && e.offices.some((o) => family.post(o.post)))
    .map((e) => e.id);
  if (count !== undefined ? people.length !== count : people.length < 2) return null;
  return people;
}
