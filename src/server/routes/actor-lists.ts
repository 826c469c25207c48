import { actorRowsPage, entityOf, type ActorListKind } from '../../store/index.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { HttpProblem } from '../problem.js';
import { EVENT_ROW, QUOTE_ROW, errors, listOf, queryOf, type FilterName } from '../schemas.js';
import { withFtsErrors, type RouteRegistrar } from './context.js';
import { ID_PARAM } from './details.js';
import { filterOf, type Query } from './lists.js';

interface ActorList {
  readonly kind: ActorListKind;
  readonly summary: string;
  readonly params: readonly FilterName[];
  readonly text: string;
  readonly actor?: string;
  readonly row: object;
  readonly fts: boolean;
}

/**
 * An actor's events and quotes, all of them a page at a time, newest first: the actor detail lists the first
 * ones (at most detailItems), these go on. Exactly this actor (by Wikidata id or store key), never the
 * looser name match of the `actor` filter.
 */
const LISTS: readonly ActorList[] = [
  {
    kind: 'events', summary: "One actor's events (as source or target), newest first",
    params: ['actor', 'country', 'type', 'cameo', 'from', 'to', 'place', 'text', 'limit', 'cursor'],
    text: 'part of the evidence', actor: 'another actor of the same events (who met whom): Wikidata id, store key or part of a name',
    row: EVENT_ROW, fts: false,
  },
  {
    kind: 'quotes', summary: "One actor's quotes (as speaker), newest first", params: ['country', 'from', 'to', 'text', 'limit', 'cursor'],
    text: 'FTS5 words in the quote', row: QUOTE_ROW, fts: true,
  },
];

export const actorListRoutes: RouteRegistrar = (app, o) => {
  for (const l of LISTS) {
    const querystring = queryOf(l.params, [], l.text) as { properties: Record<string, object> };
    if (l.actor) querystring.properties.actor = { ...querystring.properties.actor, description: l.actor };
    app.get(`/actors/:id/${l.kind}`, {
      config: { access: 'read', cache: true },
      schema: {
        tags: ['lists'],
        summary: l.summary,
        params: ID_PARAM,
        querystring,
        response: { 200: listOf(l.row), ...errors(401, 404) },
      },
    }, async (req) => {
      const { id } = req.params as { id: string };
      const q = req.query as Query;
      // The cursor is bound to this actor's list too: one from another actor's is refused.
      const route = `/actors/${id}/${l.kind}`;
      const offset = decodeCursor(route, q, q.cursor);
      const entity = entityOf(o.store.db, id);
      if (entity === null) throw new HttpProblem(404, 'E_NOT_FOUND', `no actor with id or key '${id}'`);
      const limit = Math.min(q.limit ?? o.limits.pageDefault, o.limits.pageMax);
      const run = () => actorRowsPage(o.store.db, l.kind, entity, filterOf(q), { offset, limit });
      const page = l.fts ? withFtsErrors('text', run) : run();
      return { items: page.items, next_cursor: page.next === null ? null : encodeCursor(route, q, page.next) };
    });
  }
};
