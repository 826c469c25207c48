export { buildServer, CSP_DIRECTIVES } from './build.js';
export { DEFAULT_LIMITS, DEFAULT_RATE_LIMITS, type ServerOptions, type ServerLimits, type RateLimits } from './options.js';
export { isLoopback } from './hosts.js';
export { tokenMatches, bearerToken } from './auth.js';
export { toProblem, HttpProblem, type Problem } from './problem.js';
