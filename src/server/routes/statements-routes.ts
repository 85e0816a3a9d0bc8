/**
 * @module statements-routes
 * `/api/statements`: the commitments view across documents (filters, paging, counts per
 * sector, state and kind), and the same filtered set as CSV.
 */
import { statementsToCsv } from '../../export/statements-csv.ts';
import { listStatementsWithTexts, loadStatements, queryStatements } from '../../services/statements-query.ts';
import { csvResponse } from '../csv-response.ts';
import { jsonResponse, problemResponse, queryParameters } from '../openapi/openapi-helpers.ts';
import { parseQuery } from '../../services/validate.ts';
import { statementFilterSchema, statementsQuerySchema } from '../../services/entity-query-schemas.ts';
import { statementsResultJson } from './entities-schemas.ts';
import { defineRoutes } from './route-module.ts';
import { allow } from '../permissions.ts';

/** The statements API. */
export const statementsRoutes = defineRoutes({
  name: 'statements',
  paths: {
    '/api/statements': {
      get: {
        operationId: 'listStatements',
        tags: ['statements'],
        summary:
          'Statements of all documents with their meeting, filtered, ' +
          'with counts per sector, state and kind over every match.',
        parameters: queryParameters(statementsQuerySchema),
        responses: {
          200: jsonResponse('A page of statements and the counts.', statementsResultJson),
          400: problemResponse('Invalid parameters.'),
        },
      },
    },
    '/api/exports/statements.csv': {
      get: {
        operationId: 'exportStatementsCsv',
        tags: ['exports'],
        summary: 'Every statement matching the filters, as CSV.',
        parameters: queryParameters(statementFilterSchema),
        responses: {
          200: { description: 'CSV with a header row.', content: { 'text/csv': { schema: { type: 'string' } } } },
          400: problemResponse('Invalid parameters.'),
        },
      },
    },
  },
  register(app, { store }) {
    app.get('/api/statements', allow('viewer'), async (c) => {
      const { limit, offset, ...filter } = parseQuery(c, statementsQuerySchema);
      // Texts are read for the page only, unless the text itself is searched.
      const result = await listStatementsWithTexts(store, filter, { limit, offset });
      return c.json({
        items: result.rows,
        total: result.total,
        limit,
        offset,
        bySector: result.bySector,
        byActor: result.byActor,
        byKind: result.byKind,
      });
    });

    app.get('/api/exports/statements.csv', allow('viewer'), async (c) => {
      const filter = parseQuery(c, statementFilterSchema);
      const rows = await loadStatements(store, { kind: filter.kind });
      return csvResponse(statementsToCsv(queryStatements(rows, filter, { limit: rows.length }).rows), 'statements.csv');
    });
  },
});
