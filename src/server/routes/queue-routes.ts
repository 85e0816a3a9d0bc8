/**
 * @module queue-routes
 * `/api/queue`: every machine suggestion waiting for a reviewer, ranked (low confidence,
 * contradicted claims and near deadlines first), filtered and paged; and the reviewer's
 * decisions on them, one or many at a time. The decision's author is the session's user.
 */
import { MAX_QUEUE_BODY_BYTES, queueDecisionsBodySchema, queueQuerySchema } from '../../services/queue-schemas.ts';
import { decideQueueItem, decideQueueItems, listQueue } from '../../services/review-queue.ts';
import { parseJsonBody, parseQuery } from '../../services/validate.ts';
import { inputSchema, jsonResponse, problemResponse, queryParameters } from '../openapi/openapi-helpers.ts';
import { actorName, allow } from '../permissions.ts';
import { defineRoutes } from './route-module.ts';

const tags = ['review'];

const itemJson = {
  type: 'object',
  properties: {
    id: { type: 'string', description: 'What a decision names: `<target>#<field>`.' },
    kind: { type: 'string' },
    target: { type: 'string' },
    documentId: { type: 'string' },
    title: { type: ['string', 'null'] },
    format: { type: ['string', 'null'] },
    text: { type: 'string' },
    detail: { type: 'string' },
    machine: {
      type: 'object',
      properties: { value: {}, confidence: { type: 'number' }, rule: { type: 'string' } },
    },
    actions: { type: 'array', items: { type: 'string', enum: ['confirm', 'correct', 'reject'] } },
    priority: { type: 'number' },
    why: { type: 'array', items: { type: 'string' } },
  },
  required: ['id', 'kind', 'target', 'documentId', 'text', 'machine', 'actions', 'priority', 'why'],
} as const;

/** The review queue API. */
export const queueRoutes = defineRoutes({
  name: 'review',
  paths: {
    '/api/queue': {
      get: {
        operationId: 'listQueue',
        tags,
        summary: 'Open machine suggestions of every kind, most urgent first, with counts per kind.',
        parameters: queryParameters(queueQuerySchema),
        responses: {
          200: jsonResponse('A page of the queue.', {
            type: 'object',
            properties: {
              asOf: { type: 'string' },
              stale: { type: 'boolean', description: 'The store changed and the queue is being rebuilt.' },
              total: { type: 'integer' },
              byKind: { type: 'object' },
              items: { type: 'array', items: itemJson },
            },
          }),
          400: problemResponse('Invalid parameters.'),
        },
      },
    },
    '/api/queue/decisions': {
      post: {
        operationId: 'decideQueueItems',
        tags,
        summary:
          'Confirm, correct (with `value`) or reject one item, or several in `decisions`; append-only, ' +
          "kept with the machine's suggestion, the reviewer (from the session) and the time.",
        requestBody: {
          required: true,
          content: { 'application/json': { schema: inputSchema(queueDecisionsBodySchema) } },
        },
        responses: {
          201: jsonResponse('One decision as stored.', { type: 'object' }),
          200: jsonResponse('Several: an outcome per decision, in order.', {
            type: 'object',
            properties: { results: { type: 'array', items: { type: 'object' } } },
          }),
          400: problemResponse('Invalid decision.'),
          404: problemResponse('No such item.'),
          413: problemResponse('Body too large.'),
        },
      },
    },
  },
  register(app, { store }) {
    app.get('/api/queue', allow('viewer'), async (c) => {
      const query = parseQuery(c, queueQuerySchema);
      const page = await listQueue(store, query, { wait: false });
      return c.json({ ...page, limit: query.limit, offset: query.offset });
    });
    app.post('/api/queue/decisions', allow('reviewer'), async (c) => {
      const body = await parseJsonBody(c, queueDecisionsBodySchema, { maxBytes: MAX_QUEUE_BODY_BYTES });
      const by = actorName(c);
      if ('decisions' in body) return c.json({ results: await decideQueueItems(store, body.decisions, by) });
      return c.json(await decideQueueItem(store, body, by), 201);
    });
  },
});
