import { HttpProblem } from '../problem.js';
import { DATE, errors } from '../schemas.js';
import type { RouteRegistrar } from './context.js';

const nstr = { type: ['string', 'null'] } as const;

const HOLDER = {
  type: 'object',
  properties: {
    name: { type: 'string' }, wikidata: nstr, post: { type: 'string' }, country: { type: 'string' },
    start: nstr, end: nstr, endInferred: { type: 'boolean' }, source: { type: 'string' },
  },
};

/** Who held a post when: the KB calls `attache kb holders` makes, with its answers for an unknown country or post. */
export const kbRoutes: RouteRegistrar = (app, o) => {
  app.get('/kb/holders', {
    config: { access: 'read', cache: true },
    schema: {
      tags: ['knowledge base'],
      summary: 'Who held a post (on a date, or ever)',
      querystring: {
        type: 'object',
        additionalProperties: false,
        required: ['country', 'post'],
        properties: {
          country: { type: 'string', minLength: 1, maxLength: 100, description: 'ISO3, ISO2, a name or a demonym' },
          post: { type: 'string', minLength: 1, maxLength: 200, description: 'a post title or alias' },
          date: DATE,
        },
      },
      response: { 200: { type: 'array', items: HOLDER }, ...errors(401, 404) },
    },
  }, async (req) => {
    const q = req.query as { country: string; post: string; date?: string };
    const kb = o.kb();
    const iso = kb.countryCode(q.country) ?? (/^[a-z]{2,3}$/.test(q.country) ? kb.countryCode(q.country.toUpperCase()) : null);
    if (!iso) throw new HttpProblem(404, 'E_KB_QUERY', `no country known as '${q.country}' (give ISO3, ISO2, a name or a demonym)`);
    if (kb.findPosts(iso, q.post).length === 0) {
      const known = ['head_of_state', 'head_of_government', 'foreign', 'defence'] as const;
      const titles = known.flatMap((k) => kb.postsOfKind(iso, k).map((p) => p.title));
      throw new HttpProblem(404, 'E_KB_QUERY', `no post of ${iso} matches '${q.post}'${titles.length ? `; try one of: ${titles.join(', ')}` : ''}`);
    }
    return kb.holders({ country: iso, post: q.post, ...(q.date ? { date: q.date } : {}) }).map((h) => ({
      name: h.name, wikidata: h.wikidata, post: h.post, country: h.country, start: h.start, end: h.end, endInferred: h.endInferred, source: h.source,
    }));
  });
};
