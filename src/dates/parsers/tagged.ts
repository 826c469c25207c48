import { ParsingComponents, ParsingResult, type Parser, type ParsingContext } from 'chrono-node';

/**
 * Wraps one of chrono's own parsers so that every result it makes carries the
 * tag `parser/<ClassName>` (several of chrono's parsers tag nothing), which
 * becomes the mention's `rule`.
 */
export class TaggedParser implements Parser {
  readonly #inner: Parser;
  readonly #tag: string;

  constructor(inner: Parser) {
    this.#inner = inner;
    this.#tag = `parser/${inner.constructor.name}`;
  }

  pattern(context: ParsingContext): RegExp {
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
