import { createHash, timingSafeEqual } from 'node:crypto';
import { HttpProblem } from './problem.js';

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | undefined): string | null {
  if (!header) return null;
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  return m ? m[1]! : null;
}

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

/**
 * Whether the given token is the expected one, in time independent of where they differ: both are hashed
 * first, so timingSafeEqual compares equal-length digests and the length of the secret does not leak either.
 */
export function tokenMatches(given: string | null, expected: string | null): boolean {
  if (given === null || expected === null || expected === '') return false;
  return timingSafeEqual(digest(given), digest(expected));
}

/** The 401 a request without the right token gets; the challenge says which scheme, and why when a token was wrong. */
export function unauthorized(given: string | null, expected: string | null, what: 'writes' | 'reads'): HttpProblem {
  if (expected === null) {
    return new HttpProblem(401, 'E_UNAUTHORIZED', `this server has no token, so ${what} are refused; start it with --token or ATTACHE_TOKEN`, undefined, {
      'WWW-Authenticate': 'Bearer realm="attache"',
    });
  }
  const wrong = given !== null;
  return new HttpProblem(401, 'E_UNAUTHORIZED', wrong ? 'the bearer token is not valid' : `${what} need 'Authorization: Bearer <token>'`, undefined, {
    'WWW-Authenticate': wrong ? 'Bearer realm="attache", error="invalid_token"' : 'Bearer realm="attache"',
  });
}
