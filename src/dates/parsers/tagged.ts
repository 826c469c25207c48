import { ParsingComponents, ParsingResult, type Parser, type ParsingContext } from 'chrono-node';

/** Fails at once: anchored at the start, then asks for the impossible. */
const NEVER = /^(?!)/;

/**
 * Wraps one of chrono's own parsers so that every result it makes carries the
 * tag `parser/<ClassName>` (several of chrono's parsers tag nothing), which
 * becomes the mention's `rule`.
 */
export class TaggedParser implements Parser {
  readonly #inner: Parser;
  readonly #tag: string;
  readonly #precondition: RegExp | null;

  /**
   * `precondition`: a cheap test of the whole text without which the parser
   * cannot match; where it fails, the parser's (costly) pattern is not run.
   */
  constructor(inner: Parser, precondition: RegExp | null = null) {
    this.#inner = inner;
    this.#tag = `parser/${inner.constructor.name}`;
    this.#precondition = precondition;
  }

  pattern(context: ParsingContext): RegExp {
    if (this.#precondition && !this.#precondition.test(context.text)) return NEVER;
    return this.#inner.pattern(context);
  }

  extract(context: ParsingContext, match: RegExpMatchArray): ParsingResult | ParsingComponents | null {
    const out = this.#inner.extract(context, match);
    if (!out) return null;
    if (out instanceof ParsingResult || out instanceof ParsingComponents) {
      out.addTag(this.#tag);
      return out;
    }
    const components = context.createParsingComponents(out);
    components.addTag(this.#tag);
    return components;
  }
}
