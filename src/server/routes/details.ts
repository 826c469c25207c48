import { actorRecord, articleById } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { ACTOR_ROW, ANALYSIS, EVENT_ROW, NO_QUERY, QUOTE_ROW, errors } from '../schemas.js';
import type { RouteRegistrar } from './context.js';

const nstr = { type: ['string', 'null'] } as const;
export const ID_PARAM = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } };

const ARTICLE_DETAIL = {
  type: 'object',
  required: ['article', 'analysis'],
  properties: {
    article: { type: 'object', properties: { id: { type: 'string' }, date: nstr, title: nstr, url: nstr, source: nstr, ingestedAt: { type: 'string' } } },
    analysis: ANALYSIS,
  },
};

const KB_RECORD = {
  type: ['object', 'null'],
  properties: {
    names: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, lang: { type: 'string' }, script: nstr } } },
    offices: { type: 'array', items: { type: 'object', properties: { post: { type: 'string' }, country: { type: 'string' }, start: nstr, end: nstr } } },
  },
};

const int = { type: 'integer' } as const;

/** In the order actorRecord builds it: the serialiser writes properties in schema order, the CLI in object order. */
const ACTOR_DETAIL = {
  type: 'object',
  properties: {
    id: ACTOR_ROW.properties.id, key: ACTOR_ROW.properties.key, wikidata: nstr, name: nstr, type: nstr, country: nstr,
    mentions: int, first: nstr, last: nstr,
    names: {
      type: 'array',
      description: 'the name mentions as written in the text, with counts, most frequent first',
      items: { type: 'object', properties: { name: { type: 'string' }, count: int } },
    },
    counts: {
      type: 'object',
      description: 'totals: the lengths of the full lists the capped ones start',
      properties: { articles: int, mentions: int, quotes: int, events: int },
    },
    kb: KB_RECORD,
    articles: { type: 'array', description: 'newest first', items: { type: 'object', properties: { id: { type: 'string' }, date: nstr, title: nstr } } },
    quotes: { type: 'array', description: 'newest first (all: /actors/{id}/quotes)', items: QUOTE_ROW },
    events: { type: 'array', description: 'newest first (all: /actors/{id}/events)', items: EVENT_ROW },
  },
};

export const detailRoutes: RouteRegistrar = (app, o) => {
  app.get('/articles/:id', {
    config: { access: 'read', cache: true },
    schema: {
      tags: ['lists'],
      summary: 'One stored article with its analysis document',
      params: ID_PARAM,
      querystring: NO_QUERY,
      response: { 200: ARTICLE_DETAIL, ...errors(401, 404) },
    },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const found = articleById(o.store.db, id);
    if (!found) throw new HttpProblem(404, 'E_NOT_FOUND', `no article with id '${id}'`);
    return found;
  });

  app.get('/actors/:id', {
    config: { access: 'read', cache: true },
    schema: {
      tags: ['lists'],
      summary: 'One actor by Wikidata id or store key: names as written, counts, the KB record, latest articles, quotes and events',
      params: ID_PARAM,
      querystring: NO_QUERY,
      response: { 200: ACTOR_DETAIL, ...errors(401, 404) },
    },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const found = actorRecord(o.store.db, o.kb(), id, o.limits.detailItems);
    if (!found) throw new HttpProblem(404, 'E_NOT_FOUND', `no actor with id or key '${id}'`);
    return found;
  });
};
