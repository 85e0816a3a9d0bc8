/**
 * @module jobs-routes
 * `GET /api/jobs` (newest first, by state) and `GET /api/jobs/:id`: what the queue is doing,
 * with each job's state, attempts, last failure's reason, progress and result.
 */
import { jsonResponse, pathParameter, problemResponse, queryParameters } from '../openapi/openapi-helpers.ts';
import { findJob, jobsQuerySchema, requireQueue } from '../../services/job-views.ts';
import { parseQuery } from '../../services/validate.ts';
import { defineRoutes } from './route-module.ts';
import { allow } from '../permissions.ts';

const jobSchema = {
  type: 'object',
  required: ['id', 'type', 'state', 'attempts', 'createdAt'],
  properties: {
    id: { type: 'string' },
    type: { type: 'string', description: 'ingest, reanalyse, or a type another feature registered.' },
    state: { type: 'string', enum: ['queued', 'running', 'retrying', 'completed', 'failed'] },
    attempts: { type: 'integer' },
    error: { type: 'string', description: "The last failure's reason." },
    progress: {
      type: 'object',
      required: ['done', 'total'],
      properties: { done: { type: 'integer' }, total: { type: 'integer' } },
    },
    result: { description: 'What a completed job returned.' },
    createdAt: { type: 'string' },
    startedAt: { type: 'string' },
    finishedAt: { type: 'string' },
  },
} as const;

/** The jobs API. */
export const jobsRoutes = defineRoutes({
  name: 'jobs',
  paths: {
    '/api/jobs': {
      get: {
        operationId: 'listJobs',
        tags: ['jobs'],
        summary: 'Jobs, newest first: queued, running, retrying, completed or failed with the reason.',
        parameters: queryParameters(jobsQuerySchema),
        responses: {
          200: jsonResponse('The jobs.', {
            type: 'object',
            required: ['items'],
            properties: { items: { type: 'array', items: jobSchema } },
          }),
          400: problemResponse('Invalid parameters.'),
          503: problemResponse('This server runs without a job queue.'),
        },
      },
    },
    '/api/jobs/{id}': {
      get: {
        operationId: 'getJob',
        tags: ['jobs'],
        summary: 'One job, with its progress.',
        parameters: [pathParameter('id', 'Job id.')],
        responses: {
          200: jsonResponse('The job.', jobSchema),
          404: problemResponse('No such job.'),
          503: problemResponse('This server runs without a job queue.'),
        },
      },
    },
  },
  register(app, { jobs }) {
    app.get('/api/jobs', allow('viewer'), async (c) => {
      const q = parseQuery(c, jobsQuerySchema);
      return c.json({ items: await requireQueue(jobs).list({ state: q.state, limit: q.limit }) });
    });
    app.get('/api/jobs/:id', allow('viewer'), async (c) => c.json(await findJob(jobs, c.req.param('id'))));
  },
});
