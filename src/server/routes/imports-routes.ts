/**
 * @module imports-routes
 * `POST /api/imports`: uploaded files queued as one batch `ingest` job instead of being read
 * inside the request; the answer (202) names the job, whose progress and per-file outcomes
 * `GET /api/jobs/{id}` reports. The web import page's script uploads through it.
 */
import { UPLOADED_FILES_SCHEMA } from '../openapi/openapi-components.ts';
import { jsonResponse, problemResponse } from '../openapi/openapi-helpers.ts';
import { requireQueue } from '../../services/job-views.ts';
import { ProblemError } from '../../services/problem.ts';
import { queueImport } from '../../services/queue-import.ts';
import { actorName, allow } from '../permissions.ts';
import { uploadedFiles } from './documents-routes.ts';
import { defineRoutes } from './route-module.ts';

/** The batch import API. */
export const importsRoutes = defineRoutes({
  name: 'imports',
  paths: {
    '/api/imports': {
      post: {
        operationId: 'queueImport',
        tags: ['imports'],
        summary: 'Queue uploaded files (multipart, any field name) as one ingest job; poll the job for progress.',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: UPLOADED_FILES_SCHEMA,
            },
          },
        },
        responses: {
          202: jsonResponse('The job was queued (or an identical one was already).', {
            type: 'object',
            required: ['jobId', 'files', 'href'],
            properties: {
              jobId: { type: 'string' },
              files: { type: 'integer', description: 'Files in the batch.' },
              href: { type: 'string', description: 'The job in the API: `/api/jobs/{id}`.' },
            },
          }),
          400: problemResponse('No files in the body.'),
          413: problemResponse('The body is over the upload limit (25 MiB).'),
          503: problemResponse('This server runs without a job queue: import with POST /api/documents.'),
        },
      },
    },
  },
  register(app, { jobs }) {
    app.post('/api/imports', allow('analyst'), async (c) => {
      const queue = requireQueue(jobs);
      // Empty files go too: the job reports each as failed, so outcomes stay one per file sent.
      const files = await uploadedFiles(c);
      if (!files.length)
        throw new ProblemError(400, 'no-files', 'The form has no files: send one or more in multipart/form-data.');
      const jobId = await queueImport(queue, files, undefined, actorName(c));
      const href = `/api/jobs/${encodeURIComponent(jobId)}`;
      c.header('Location', href);
      return c.json({ jobId, files: files.length, href }, 202);
    });
  },
});
