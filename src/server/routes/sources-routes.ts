/**
 * @module sources-routes
 * Monitored sources (issue 12): `GET/POST /api/sources`, `DELETE /api/sources/{id}`,
 * `POST /api/sources/{id}/poll`, and `GET /api/new`, the documents they brought in since a
 * time with contradicted claims first. Reading is for viewers, adding and polling for
 * analysts, removing for admins.
 */
import {
  inputSchema,
  jsonResponse,
  pathParameter,
  problemResponse,
  queryParameters,
} from '../openapi/openapi-helpers.ts';
import { newSince, newSinceQuerySchema } from '../../services/new-since.ts';
import { parseJsonBody, parseQuery } from '../../services/validate.ts';
import {
  addWatchedSource,
  listSourceViews,
  newSourceSchema,
  pollSourceNow,
  removeWatchedSource,
} from '../../services/watched-sources.ts';
import { actorName, allow } from '../permissions.ts';
import { defineRoutes } from './route-module.ts';

const sourceSchema = {
  type: 'object',
  required: ['id', 'url', 'kind', 'intervalMinutes', 'addedBy', 'addedAt', 'failures', 'itemsSeen', 'nextPollAt'],
  properties: {
    id: { type: 'string' },
    url: { type: 'string' },
    kind: { type: 'string', enum: ['feed', 'sitemap', 'page'] },
    format: { type: ['string', 'null'], description: 'The multilateral format the source belongs to.' },
    intervalMinutes: { type: 'integer' },
    addedBy: { type: 'string' },
    addedAt: { type: 'string' },
    lastPolledAt: { type: ['string', 'null'] },
    lastError: { type: ['string', 'null'], description: "The last poll's error; null after a success." },
    failures: { type: 'integer', description: 'Polls failed in a row.' },
    itemsSeen: { type: 'integer' },
    itemsIngested: { type: 'integer' },
    itemsFailed: { type: 'integer', description: 'Items not stored whose last fetch or read failed.' },
    nextPollAt: { type: 'string' },
  },
} as const;

const newItemSchema = {
  type: 'object',
  required: ['documentId', 'title', 'url', 'sources', 'arrivedAt', 'claims', 'contradicted'],
  properties: {
    documentId: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
    sources: { type: 'array', items: { type: 'object' } },
    arrivedAt: { type: 'string' },
    claims: {
      type: 'object',
      properties: {
        supported: { type: 'integer' },
        contradicted: { type: 'integer' },
        notInSource: { type: 'integer' },
      },
    },
    contradicted: { type: 'array', items: { type: 'object' } },
  },
} as const;

const noQueue = problemResponse('This server runs without a job queue.');

/** The monitored sources API. */
export const sourcesRoutes = defineRoutes({
  name: 'sources',
  paths: {
    '/api/sources': {
      get: {
        operationId: 'listSources',
        tags: ['sources'],
        summary: 'Watched feeds, sitemaps and pages: last and next poll, last error, items seen.',
        responses: {
          200: jsonResponse('The sources.', {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: sourceSchema } },
          }),
        },
      },
      post: {
        operationId: 'addSource',
        tags: ['sources'],
        summary: 'Watch a feed (RSS or Atom), a sitemap or a page; polled at once, then every interval.',
        requestBody: { required: true, content: { 'application/json': { schema: inputSchema(newSourceSchema) } } },
        responses: {
          200: jsonResponse('The URL was already watched: that source.', sourceSchema),
          201: jsonResponse('The source added.', sourceSchema),
          400: problemResponse('Invalid source.'),
        },
      },
    },
    '/api/sources/{id}': {
      delete: {
        operationId: 'removeSource',
        tags: ['sources'],
        summary: 'Stop watching a source (the documents it brought in stay).',
        parameters: [pathParameter('id', 'Source id.')],
        responses: { 204: { description: 'Removed.' }, 404: problemResponse('No such source.') },
      },
    },
    '/api/sources/{id}/poll': {
      post: {
        operationId: 'pollSource',
        tags: ['sources'],
        summary: 'Poll a source now (a job; its new items are ingested, analysed and checked as jobs).',
        parameters: [pathParameter('id', 'Source id.')],
        responses: {
          202: jsonResponse('The poll job.', {
            type: 'object',
            required: ['jobId'],
            properties: { jobId: { type: 'string' } },
          }),
          404: problemResponse('No such source.'),
          503: noQueue,
        },
      },
    },
    '/api/new': {
      get: {
        operationId: 'listNewSince',
        tags: ['sources'],
        summary: 'Documents watched sources brought in since a time, those with contradicted claims first.',
        parameters: queryParameters(newSinceQuerySchema),
        responses: {
          200: jsonResponse('The new documents.', {
            type: 'object',
            required: ['since', 'items'],
            properties: { since: { type: 'string' }, items: { type: 'array', items: newItemSchema } },
          }),
          400: problemResponse('Invalid parameters.'),
        },
      },
    },
  },
  register(app, { store, jobs }) {
    app.get('/api/sources', allow('viewer'), async (c) => c.json({ items: await listSourceViews(store) }));
    app.post('/api/sources', allow('analyst'), async (c) => {
      const input = await parseJsonBody(c, newSourceSchema, { maxBytes: 16 * 1024 });
      const { source, created } = await addWatchedSource(store, input, actorName(c));
      // A new source is due at once: polled now where a queue runs, else by the next scheduler tick.
      if (created && jobs) await pollSourceNow(store, jobs, source.id);
      return c.json(source, created ? 201 : 200);
    });
    app.delete('/api/sources/:id', allow('admin'), async (c) => {
      await removeWatchedSource(store, c.req.param('id'));
      return c.body(null, 204);
    });
    app.post('/api/sources/:id/poll', allow('analyst'), async (c) =>
      c.json({ jobId: await pollSourceNow(store, jobs, c.req.param('id')) }, 202),
    );
    app.get('/api/new', allow('viewer'), async (c) =>
      c.json(await newSince(store, parseQuery(c, newSinceQuerySchema))),
    );
  },
});
