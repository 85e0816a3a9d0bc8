/**
 * @module custody-routes
 * Chain of custody: a document's custody record, the trash of soft-deleted documents and
 * their restore, the hash-chained audit log (export and verification), and import from a URL
 * (whose fetch records where the source came from).
 */
import { z } from 'zod';
import { importUrl } from '../../services/import-url.ts';
import { restoreDocument } from '../../services/restore-document.ts';
import { parseJsonBody } from '../../services/validate.ts';
import { ProblemError } from '../../services/problem.ts';
import { jsonResponse, pathParameter, problemResponse } from '../openapi/openapi-helpers.ts';
import type { OpenApiPaths } from '../openapi/openapi-types.ts';
import { defineRoutes } from './route-module.ts';
import { actorName, allow } from '../permissions.ts';

const tags = ['custody'];
const id = pathParameter('id', 'Document id (`d_` + 16 hex digits).');
const object = { type: 'object' } as const;
const urlBodySchema = z.object({ url: z.string().trim().min(1).max(2000) });

const paths: OpenApiPaths = {
  '/api/documents/{id}/custody': {
    get: {
      operationId: 'getCustody',
      tags,
      summary: "Who imported the document's source, when, and its SHA-256 (kept after deletion).",
      parameters: [id],
      responses: { 200: jsonResponse('The custody record.', object), 404: problemResponse('No custody record.') },
    },
  },
  '/api/trash': {
    get: {
      operationId: 'listTrash',
      tags,
      summary: 'Soft-deleted documents, latest first.',
      responses: { 200: jsonResponse('The trash.', object) },
    },
  },
  '/api/trash/{id}/restore': {
    post: {
      operationId: 'restoreDocument',
      tags,
      summary: 'Restore a deleted document from its kept original bytes.',
      parameters: [id],
      responses: {
        200: jsonResponse('The restored document.', object),
        404: problemResponse('Not in the trash.'),
        422: problemResponse('The kept source could not be read again.'),
      },
    },
  },
  '/api/documents/from-url': {
    post: {
      operationId: 'importFromUrl',
      tags: ['documents'],
      summary: 'Import a document from a public http(s) URL (private and metadata addresses are refused).',
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'object', properties: { url: { type: 'string' } } } } },
      },
      responses: {
        200: jsonResponse('The outcome of the import.', object),
        400: problemResponse('Not an http(s) URL, or it reaches a refused address.'),
        502: problemResponse('The fetch failed, took too long or was too large.'),
      },
    },
  },
  '/api/audit': {
    get: {
      operationId: 'exportAudit',
      tags,
      summary: 'The audit log, oldest first, each entry chained to the previous one by hash.',
      responses: { 200: jsonResponse('Entries and the head hash.', object) },
    },
  },
  '/api/audit/verify': {
    get: {
      operationId: 'verifyAudit',
      tags,
      summary: 'Checks the chain: numbering, links and hashes; lists every entry that breaks it.',
      responses: { 200: jsonResponse('The verification report.', object) },
    },
  },
};

/** The custody API. */
export const custodyRoutes = defineRoutes({
  name: 'custody',
  paths,
  register(app, deps) {
    app.get('/api/documents/:id/custody', allow('viewer'), async (c) => {
      const record = await deps.store.custody.custodyOf(c.req.param('id'));
      if (!record) throw new ProblemError(404, 'custody-not-found', `No custody record for "${c.req.param('id')}".`);
      return c.json(record);
    });
    app.get('/api/trash', allow('admin'), async (c) => c.json({ items: await deps.store.custody.listTrash() }));
    app.post('/api/trash/:id/restore', allow('admin'), async (c) =>
      c.json(await restoreDocument(deps, c.req.param('id'), actorName(c))),
    );
    app.post('/api/documents/from-url', allow('analyst'), async (c) => {
      const { url } = await parseJsonBody(c, urlBodySchema);
      return c.json(await importUrl(deps, url, actorName(c)));
    });
    app.get('/api/audit', allow('admin'), async (c) => {
      const entries = await deps.store.custody.auditEntries();
      return c.json({ entries, head: entries.at(-1)?.hash ?? null });
    });
    app.get('/api/audit/verify', allow('admin'), async (c) => c.json(await deps.store.custody.verify()));
  },
});
