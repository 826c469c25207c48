import { readFileSync } from 'node:fs';
import * as Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { packageRoot } from '../util/paths.js';
import { join } from 'node:path';

// ajv ships CommonJS; under NodeNext its default export sits one level down.
const Ajv2020 = Ajv2020Module.default.default ?? Ajv2020Module.default;

export interface SchemaValidator {
  (value: unknown): { valid: boolean; errors: string[] };
}

function compile(name: string): SchemaValidator {
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'schema', name), 'utf8')) as object;
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const fn: ValidateFunction = ajv.compile(schema);
  return (value) => {
    const valid = fn(value) as boolean;
    return { valid, errors: (fn.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'} ${e.message ?? ''}`) };
  };
}

/** Validators for the published JSON Schemas, compiled on demand (tests and `attache validate`). */
export function analysisValidator(): SchemaValidator {
  return compile('analysis.schema.json');
}

export function errorRecordValidator(): SchemaValidator {
  return compile('error.schema.json');
}
