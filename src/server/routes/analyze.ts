import type { FastifyRequest } from 'fastify';
import type { ArticleInput } from '../../ingest/article.js';
import { checkReports } from '../../output/check-format.js';
import { articleBodyProblem, rawArticle, toArticleInput, type ArticleBody } from '../article-input.js';
import type { ResolvedOptions } from '../options.js';
import { ANALYSIS, ARTICLE_BODY, DATE, errors } from '../schemas.js';
import type { RouteRegistrar } from './context.js';

const BODY = {
  content: {
    'application/json': { schema: ARTICLE_BODY },
    'text/plain': { schema: { type: 'string', description: 'the article as plain text' } },
    'text/html': { schema: { type: 'string', description: 'the article as an HTML page' } },
  },
};

const QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: { date: { ...DATE, description: "the article's date, for a text/plain or text/html body" } },
};

function inputOf(req: FastifyRequest, o: ResolvedOptions): ArticleInput {
  const date = (req.query as { date?: string }).date;
  if (typeof req.body === 'string') return rawArticle(req.body, req.headers['content-type'], date, o.limits.articleBytes);
  const body = req.body as ArticleBody;
  const problem = articleBodyProblem(body, o.limits.articleBytes, 'body');
  if (problem) throw problem;
  // A JSON body carries its own date; ?date= is for raw bodies, and wins when both are given.
  return { ...toArticleInput(body, '<request>'), ...(date ? { date } : {}) };
}

const NO_DATE_CHECK = 'the article has no date: names are checked against no office (give ?date=, a date field, or a dated page)';

const CHECK = {
  type: 'object',
  required: ['id', 'date', 'checks', 'warnings'],
  properties: {
    id: { type: 'string' },
    date: { type: ['string', 'null'] },
    warnings: {
      type: 'array',
      description: "the analysis' warnings; W_NO_DATE_CHECK when the article has no date, so no name could be checked against an office",
      items: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } },
    },
    checks: { type: 'array', items: { type: 'object', additionalProperties: true, description: 'as attache check --format json prints, without file' } },
  },
};

/**
 * One article analysed in memory, nothing stored: the same analyzer.analyze the CLI's analyze and check call,
 * run by the server's pool — on worker threads under `attache serve`, so the other requests go on meanwhile.
 */
export const analyzeRoutes: RouteRegistrar = (app, o) => {
  const config = { access: 'read' as const, rateLimit: o.rateLimit ? { max: o.rateLimit.analyzeMax, timeWindow: o.rateLimit.windowMs } : undefined };
  app.post('/analyze', {
    config,
    schema: {
      tags: ['analysis'],
      summary: 'Analyse one article (text, HTML or JSON); stores nothing',
      querystring: QUERY,
      body: BODY,
      response: { 200: ANALYSIS, ...errors(401, 413, 415, 422) },
    },
  }, async (req) => o.pool().analyze(inputOf(req, o)));

  app.post('/check', {
    config,
    schema: {
      tags: ['analysis'],
      summary: "The names in one article that contradict the record on the article's date",
      querystring: QUERY,
      body: BODY,
      response: { 200: CHECK, ...errors(401, 413, 415, 422) },
    },
  }, async (req) => {
    const doc = await o.pool().analyze(inputOf(req, o));
    const checks = checkReports(doc, '<request>').map((r) => ({
      id: r.id, line: r.line, column: r.column, entity: r.entity, person: r.entityName, wikidata: r.wikidata, sentence: r.sentence, ...r.check,
    }));
    // As the CLI warns: without a date no office is known, so an empty list would look like a clean article.
    const warnings = doc.date ? doc.warnings : [...doc.warnings, { code: 'W_NO_DATE_CHECK', message: NO_DATE_CHECK }];
    return { id: doc.id, date: doc.date, checks, warnings };
  });
};
