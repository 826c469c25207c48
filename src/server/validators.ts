import * as AjvModule from 'ajv';
import * as formatsModule from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

// ajv and ajv-formats ship CommonJS; under NodeNext their default exports sit one level down.
const Ajv = AjvModule.default.default ?? AjvModule.default;
const addFormats = formatsModule.default.default ?? formatsModule.default;

function makeAjv(coerce: boolean) {
  // Unknown fields are errors, not silently dropped (Fastify's default removes them); one error at a time
  // keeps a hostile body cheap to check.
  const ajv = new Ajv({ coerceTypes: coerce ? 'array' : false, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

/**
 * Query strings and paths are text, so their numbers and booleans are read from strings; a JSON body is
 * taken as sent (`{"text": 42}` is a 400, not the text "42").
 */
export function validatorCompiler(): FastifySchemaCompiler<object> {
  const lenient = makeAjv(true);
  const strict = makeAjv(false);
  return ({ schema, httpPart }) => (httpPart === 'body' ? strict : lenient).compile(schema) as ReturnType<FastifySchemaCompiler<object>>;
}
