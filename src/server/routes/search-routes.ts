/**
 * @module search-routes
 * `GET /api/search`: ranked full-text hits over clauses, paragraphs and headings.
 */
import { pageSchema } from '../openapi/openapi-components.ts';
import { jsonResponse, problemResponse, queryParameters, ref } from '../openapi/openapi-helpers.ts';
import { batchSearchQuerySchema, searchQuerySchema } from '../../services/query-schemas.ts';
import { parseQuery } from '../../services/validate.ts';
import { markHit, searchPassages } from '../../services/search.ts';
import { sharedKnowledgeBase } from '../../services/shared-knowledge-base.ts';
import { ProblemError } from '../../services/problem.ts';
import { BatchSearchError, batchSearch } from '../../search/batch-search.ts';
import { defineRoutes } from './route-module.ts';
import { allow } from '../permissions.ts';

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
              {
                type: 'object',
                required: ['query', 'expansions'],
                properties: {
                  query: { type: 'string' },
                  expansions: {
                    type: 'array',
                    description: 'Query terms naming a person, state or body, and the spellings searched for each.',
                    items: {
                      type: 'object',
                      required: ['term', 'entityId', 'name', 'variants'],
                      properties: {
                        term: { type: 'string' },
                        entityId: { type: 'string' },
                        name: { type: 'string' },
                        variants: { type: 'array', items: { type: 'string' } },
                      },
                    },
                  },
                  capped: {
                    type: 'boolean',
                    description: 'More passages match than are ranked: total is a lower bound.',
                  },
                },
              },
            ],
          }),
          400: problemResponse('Missing or invalid parameters.'),
        },
      },
    },
    '/api/search/batch': {
      post: {
        operationId: 'batchSearch',
        tags: ['search'],
        summary: 'A CSV of names or terms (first column, one per row) in; the hits of each row out.',
        parameters: queryParameters(batchSearchQuerySchema),
        requestBody: { required: true, content: { 'text/csv': { schema: { type: 'string' } } } },
        responses: {
          200: jsonResponse('One entry per row: its query, total, name expansions and best hits.', {
            type: 'object',
            required: ['rows'],
            properties: {
              rows: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['row', 'query', 'total', 'expansions', 'hits'],
                  properties: {
                    row: { type: 'integer' },
                    query: { type: 'string' },
                    total: { type: 'integer' },
                    capped: { type: 'boolean' },
                    expansions: { type: 'array', items: { type: 'object' } },
                    hits: { type: 'array', items: ref('SearchHit') },
                  },
                },
              },
            },
          }),
          400: problemResponse('An unreadable or empty CSV, too many rows, or invalid parameters.'),
        },
      },
    },
  },
  register(app, { store }) {
    app.post('/api/search/batch', allow('viewer'), async (c) => {
      const q = parseQuery(c, batchSearchQuerySchema);
      const csv = await c.req.text();
      try {
        const rows = await batchSearch(store, sharedKnowledgeBase(), csv, { limit: q.limit, exact: q.exact });
        return c.json({ rows: rows.map((r) => ({ ...r, hits: r.hits.map(markHit) })) });
      } catch (error) {
        if (error instanceof BatchSearchError) throw new ProblemError(400, 'invalid-batch', error.message);
        throw error;
      }
    });
    app.get('/api/search', allow('viewer'), async (c) => {
      const q = parseQuery(c, searchQuerySchema);
      const page = await searchPassages(store, {
        query: q.q,
        limit: q.limit,
        offset: q.offset,
        kind: q.kind,
        entityId: q.entity,
        exact: q.exact,
      });
      return c.json({
        query: q.q,
        items: page.items,
        total: page.total,
        limit: q.limit,
        offset: q.offset,
        expansions: page.expansions,
        ...(page.capped ? { capped: true } : {}),
      });
    });
  },
});
