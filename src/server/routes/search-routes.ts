/**
 * @module search-routes
 * `GET /api/search`: ranked full-text hits over clauses, paragraphs and headings.
 */
import { pageSchema } from '../openapi/openapi-components.ts';
import { jsonResponse, problemResponse, queryParameters, ref } from '../openapi/openapi-helpers.ts';
import { searchQuerySchema } from '../../services/query-schemas.ts';
import { parseQuery } from '../../services/validate.ts';
import { searchPassages } from '../../services/search.ts';
import { defineRoutes } from './route-module.ts';

/** The search API. */
export const searchRoutes = defineRoutes({
  name: 'search',
  paths: {
    '/api/search': {
      get: {
        operationId: 'search',
        tags: ['search'],
        summary: 'Ranked full-text search; each snippet comes plain, with its matched ranges and as escaped HTML.',
        parameters: queryParameters(searchQuerySchema),
        responses: {
          200: jsonResponse('A page of hits, best first.', {
            allOf: [
              pageSchema(ref('SearchHit')),
              { type: 'object', required: ['query'], properties: { query: { type: 'string' } } },
            ],
          }),
          400: problemResponse('Missing or invalid parameters.'),
        },
      },
    },
  },
  register(app, { store }) {
    app.get('/api/search', async (c) => {
      const q = parseQuery(c, searchQuerySchema);
      const page = await searchPassages(store, {
        query: q.q,
        limit: q.limit,
        offset: q.offset,
        kind: q.kind,
        entityId: q.entity,
      });
      return c.json({ query: q.q, items: page.items, total: page.total, limit: q.limit, offset: q.offset });
    });
  },
});
