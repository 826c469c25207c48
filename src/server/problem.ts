import type { FastifyError, FastifyReply } from 'fastify';
import { describeError, isAttacheError, type ErrorCode } from '../errors.js';

/** An RFC 9457 problem document, as every error of the API is answered. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly errors?: readonly { path: string; message: string }[];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Content too large',
  415: 'Unsupported media type',
  422: 'Unprocessable content',
  429: 'Too many requests',
  500: 'Internal server error',
  503: 'Service unavailable',
};

/** An error a route throws to answer with a given status and problem code. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors?: readonly { path: string; message: string }[],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpProblem';
  }
}

/** The HTTP status of each AttacheError code: the input's fault is 4xx, ours or the store's 5xx. */
const STATUS_OF: Record<ErrorCode, number> = {
  E_NOT_FOUND: 404,
  E_EMPTY: 400,
  E_BINARY: 400,
  E_ENCODING: 400,
  E_TOO_LARGE: 413,
  E_HTML_NO_TEXT: 422,
  E_JSONL_PARSE: 400,
  E_JSONL_RECORD: 400,
  E_BAD_DATE: 400,
  E_USAGE: 400,
  E_PIPELINE: 500,
  E_STAGE_OUTPUT: 500,
  E_INTERNAL: 500,
  E_KB_DATA: 503,
  E_KB_IMPORT: 400,
  E_KB_QUERY: 404,
  E_STORE: 503,
};

export function problem(status: number, code: string, detail: string, errors?: readonly { path: string; message: string }[]): Problem {
  return {
    type: `https://attache.dev/problems/${code}`,
    title: TITLES[status] ?? 'Error',
    status,
    detail,
    code,
    ...(errors && errors.length ? { errors } : {}),
  };
}

interface ValidationItem {
  readonly instancePath?: string;
  readonly message?: string;
  readonly keyword?: string;
  readonly params?: Record<string, unknown>;
}

/** Ajv's errors as {path, message}: the path names the part of the request ('query.limit', 'body.articles.3.text'). */
function validationErrors(items: readonly ValidationItem[], context: string | undefined): { path: string; message: string }[] {
  const where = context === 'querystring' ? 'query' : (context ?? 'request');
  return items.map((v) => {
    const parts = (v.instancePath ?? '').split('/').filter(Boolean);
    if (v.keyword === 'additionalProperties' && typeof v.params?.additionalProperty === 'string') {
      return { path: [where, ...parts, v.params.additionalProperty].join('.'), message: `unknown ${where === 'query' && parts.length === 0 ? 'parameter' : 'field'}` };
    }
    if (v.keyword === 'required' && typeof v.params?.missingProperty === 'string') {
      return { path: [where, ...parts, v.params.missingProperty].join('.'), message: 'is required' };
    }
    if (v.keyword === 'format' && v.params?.format === 'date') {
      return { path: [where, ...parts].join('.'), message: 'must be a real date as YYYY-MM-DD' };
    }
    return { path: [where, ...parts].join('.'), message: v.message ?? 'is not valid' };
  });
}

/** Any thrown value as a problem: ours by code, Fastify's by its status, the rest a 500 without internals. */
export function toProblem(e: unknown): { problem: Problem; headers: Record<string, string> } {
  if (e instanceof HttpProblem) return { problem: problem(e.status, e.code, e.message, e.errors), headers: { ...e.headers } };
  if (isAttacheError(e)) return { problem: problem(STATUS_OF[e.code] ?? 500, e.code, e.message), headers: {} };
  const fe = e as Partial<FastifyError> & { validation?: ValidationItem[]; validationContext?: string };
  if (fe.validation) {
    const errors = validationErrors(fe.validation, fe.validationContext);
    const detail = errors.map((x) => `${x.path}: ${x.message}`).join('; ');
    return { problem: problem(400, 'E_VALIDATION', detail, errors), headers: {} };
  }
  if (e instanceof Error && e.name === 'SqliteError') {
    // Busy past the timeout, disk I/O, a damaged file: the store's state, not the request's fault.
    return { problem: problem(503, 'E_STORE', `the store cannot be read or written (${(e as { code?: string }).code ?? e.message})`), headers: { 'Retry-After': '5' } };
  }
  const status = typeof fe.statusCode === 'number' ? fe.statusCode : 500;
  if (status === 413) return { problem: problem(413, 'E_TOO_LARGE', 'the request body is larger than the limit'), headers: {} };
  if (status === 415) return { problem: problem(415, 'E_MEDIA_TYPE', fe.message ?? 'unsupported media type'), headers: {} };
  if (status >= 400 && status < 500) return { problem: problem(status, fe.code ?? 'E_REQUEST', fe.message ?? 'bad request'), headers: {} };
  // A 500 says what failed in our words; the stack stays in the log.
  const { message } = describeError(e);
  return { problem: problem(500, 'E_INTERNAL', message), headers: {} };
}

/** Sends a problem as application/problem+json; the body is serialised here so no response schema reshapes it. */
export function sendProblem(reply: FastifyReply, p: Problem, headers: Record<string, string> = {}): FastifyReply {
  for (const [k, v] of Object.entries(headers)) reply.header(k, v);
  return reply.code(p.status).type('application/problem+json; charset=utf-8').send(JSON.stringify(p));
}
