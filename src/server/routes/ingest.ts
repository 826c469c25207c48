import { contentHash, type PutOutcome } from '../../store/index.js';
import type { AnalysisResult } from '../../store/ingest/job.js';
import type { ArticleRecord } from '../../store/record.js';
import { articleBodyProblem, toArticleInput, type ArticleBody } from '../article-input.js';
import { INGEST_ARTICLE, errors } from '../schemas.js';
import type { RouteRegistrar } from './context.js';

type Result =
  | { index: number; id: string; outcome: PutOutcome }
  | { index: number; error: { code: string; message: string } };

const RESULT = {
  type: 'object',
  properties: {
    index: { type: 'integer' },
    id: { type: 'string' },
    outcome: { type: 'string', enum: ['inserted', 'replaced', 'unchanged'] },
    error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } },
  },
  required: ['index'],
};

/**
 * Stores articles as `attache ingest` does, through the same steps: the content hash first (a stored article
 * costs no analysis), the analysis job the ingest's workers run, and putArticles (one transaction, each article
 * whole; a new text under a stored id or URL replaces the old one), then the full-text index.
 */
export const ingestRoutes: RouteRegistrar = (app, o) => {
  app.post('/ingest', {
    bodyLimit: o.limits.ingestBodyBytes,
    config: { access: 'write', rateLimit: o.rateLimit ? { max: o.rateLimit.analyzeMax, timeWindow: o.rateLimit.windowMs } : undefined },
    schema: {
      tags: ['store'],
      summary: 'Analyse and store articles (needs the token)',
      security: [{ bearer: [] }],
      querystring: { type: 'object', additionalProperties: false, properties: {} },
      body: {
        type: 'object',
        additionalProperties: false,
        required: ['articles'],
        properties: { articles: { type: 'array', minItems: 1, maxItems: o.limits.ingestArticles, items: INGEST_ARTICLE } },
      },
      response: { 200: { type: 'object', required: ['results'], properties: { results: { type: 'array', items: RESULT } } }, ...errors(401, 413, 415) },
    },
  }, async (req) => {
    const { articles } = req.body as { articles: ArticleBody[] };
    const results: (Result | null)[] = articles.map(() => null);
    const jobs: { index: number; hash: string; body: ArticleBody; run: Promise<AnalysisResult> }[] = [];
    const pool = o.pool();
    articles.forEach((body, index) => {
      const bad = articleBodyProblem(body, o.limits.articleBytes, `body.articles.${index}`);
      if (bad) {
        results[index] = { index, error: { code: bad.code, message: bad.message } };
        return;
      }
      const input = toArticleInput(body, `<request>:${index}`);
      const hash = contentHash(input);
      if (o.store.hasArticle(hash)) {
        results[index] = { index, id: hash, outcome: 'unchanged' };
        return;
      }
      jobs.push({ index, hash, body, run: pool.run({ id: index, input, source: { hash, extId: body.id || null, origin: `<request>:${index}` }, date: null }) });
    });
    const done = await Promise.all(jobs.map(async (j) => ({ ...j, result: await j.run })));
    const records: { index: number; hash: string; record: ArticleRecord }[] = [];
    for (const j of done) {
      if ('error' in j.result) results[j.index] = { index: j.index, error: j.result.error };
      // The outlet a caller names wins over the URL's host.
      else records.push({ index: j.index, hash: j.hash, record: j.body.source ? { ...j.result.record, source: j.body.source } : j.result.record });
    }
    // In input order, so that of two articles with one id or URL the later one wins, as in `attache ingest`.
    records.sort((a, b) => a.index - b.index);
    const outcomes = o.store.putArticles(records.map((r) => r.record));
    records.forEach((r, i) => (results[r.index] = { index: r.index, id: r.hash, outcome: outcomes[i]! }));
    if (records.length > 0) {
      o.store.indexPending();
      o.afterWrite();
    }
    return { results };
  });
};
