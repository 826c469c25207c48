import type { KnowledgeBase } from '../../kb/knowledge-base.js';
import { actorDetail, articleById } from '../../store/index.js';
import { HttpProblem } from '../problem.js';
import { ACTOR_ROW, ANALYSIS, EVENT_ROW, NO_QUERY, QUOTE_ROW, errors } from '../schemas.js';
import { scriptOf } from '../script.js';
import type { RouteRegistrar } from './context.js';

const nstr = { type: ['string', 'null'] } as const;
const ID_PARAM = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 300 } } };

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

const ACTOR_DETAIL = {
  type: 'object',
  properties: {
    ...ACTOR_ROW.properties,
    names: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' }, count: { type: 'integer' } } } },
    kb: KB_RECORD,
    articles: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' }, date: nstr, title: nstr } } },
    quotes: { type: 'array', items: QUOTE_ROW },
    events: { type: 'array', items: EVENT_ROW },
  },
};

/** What the knowledge base records of a person the store keys by Wikidata or KB id; null for anything else. */
function kbRecord(kb: KnowledgeBase, id: string): { names: { name: string; lang: string; script: string | null }[]; offices: object[] } | null {
  if (!/^(Q\d+|kb:.+)$/.test(id)) return null;
  const report = kb.person(id);
  if (!report) return null;
  return {
    names: report.person.names.map((n) => ({ name: n.text, lang: n.lang, script: scriptOf(n.text) })),
    offices: report.offices.map((h) => ({ post: h.post, country: h.country, start: h.start, end: h.end })),
  };
}

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
      summary: 'One actor by Wikidata id or store key: names, the record, articles, quotes and events',
      params: ID_PARAM,
      querystring: NO_QUERY,
      response: { 200: ACTOR_DETAIL, ...errors(401, 404) },
    },
  }, async (req) => {
    const { id } = req.params as { id: string };
    const found = actorDetail(o.store.db, id, o.limits.detailItems);
    if (!found) throw new HttpProblem(404, 'E_NOT_FOUND', `no actor with id or key '${id}'`);
    const key = String(found.summary.key);
    const wikidata = found.summary.wikidata === null ? null : String(found.summary.wikidata);
    return {
      ...found.summary,
      names: found.names,
      kb: kbRecord(o.kb(), wikidata ?? key),
      articles: found.articles,
      quotes: found.quotes,
      events: found.events,
    };
  });
};
