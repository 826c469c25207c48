/**
 * One catalogue of the errors Attaché reports to users. Each has a stable code
 * so tools can match on it, and a message written for the person at the terminal.
 */
export const ERROR_CODES = {
  E_NOT_FOUND: 'input not found',
  E_EMPTY: 'input is empty',
  E_BINARY: 'input is binary, not text',
  E_ENCODING: 'input is not valid UTF-8',
  E_TOO_LARGE: 'input is larger than the limit',
  E_HTML_NO_TEXT: 'no article text found in the HTML',
  E_JSONL_PARSE: 'line is not valid JSON',
  E_JSONL_RECORD: 'line is not a usable article record',
  E_BAD_DATE: 'not a valid date',
  E_USAGE: 'bad command-line usage',
  E_PIPELINE: 'pipeline declaration is invalid',
  E_STAGE_OUTPUT: 'a stage produced invalid annotations',
  E_INTERNAL: 'internal error',
  E_KB_DATA: 'knowledge base data is missing or damaged',
  E_KB_IMPORT: 'knowledge base import failed',
  E_KB_QUERY: 'knowledge base query is invalid',
  E_STORE: 'the store cannot be opened, read or written',
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AttacheError extends Error {
  readonly code: ErrorCode;
  readonly details: Readonly<Record<string, unknown>>;
  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'AttacheError';
    this.code = code;
    this.details = details;
  }
}

export function isAttacheError(e: unknown): e is AttacheError {
  return e instanceof AttacheError;
}

/** A user-facing message for any thrown value; never a stack trace. */
export function describeError(e: unknown): { code: ErrorCode; message: string } {
  if (isAttacheError(e)) return { code: e.code, message: e.message };
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return { code: 'E_INTERNAL', message: 'input is nested too deeply to process' };
  }
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'E_INTERNAL', message: `internal error: ${message}` };
}
