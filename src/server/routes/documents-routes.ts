/**
 * @module documents-routes
 * `/api/documents`: list, read, analysis, source, upload and delete.
 */
import { listDocumentsPage } from '../../services/document-list.ts';
import type { Context } from 'hono';
import { toAnalysisJson } from '../../export/analysis-export.ts';
import { storedVerdicts } from '../../export/export-analyses.ts';
import { guideLinksOf } from '../../track/guide-links.ts';
import type { DocumentMeta } from '../../model/document.ts';
import { loadLayers, loadStoredLayers } from '../../store/document-layers.ts';
import type { AppEnv } from '../../services/app-env.ts';
import type { AppDeps } from '../../services/service-deps.ts';
import { deleteDocument } from '../../services/delete-document.ts';
import { importFiles, importText, type ImportResult } from '../../services/import-documents.ts';
import { ProblemError } from '../../services/problem.ts';
import { getDocumentQuerySchema, listDocumentsQuerySchema, pastedTextSchema } from '../../services/query-schemas.ts';
import { parseJsonBody, parseQuery } from '../../services/validate.ts';
import { documentsPaths } from './documents-openapi.ts';
import { defineRoutes } from './route-module.ts';
import { actorName, allow } from '../permissions.ts';

/** The documents API. */
export const documentsRoutes = defineRoutes({
  name: 'documents',
  paths: documentsPaths,
  register(app, deps) {
    app.get('/api/documents', allow('viewer'), async (c) => {
      const q = parseQuery(c, listDocumentsQuerySchema);
      const page = await listDocumentsPage(deps.store, q);
      return c.json({ items: page.items, total: page.total, limit: q.limit, offset: q.offset });
    });

    app.post('/api/documents', allow('analyst'), async (c) => {
      const result = await importFromRequest(c, deps);
      return c.json(result, result.created > 0 ? 201 : 200);
    });

    app.get('/api/documents/:id', allow('viewer'), async (c) => {
      const { layers } = parseQuery(c, getDocumentQuerySchema);
      const stored = await findDocument(deps, c.req.param('id'));
      const { document, ...summary } = stored;
      const body = {
        ...summary,
        text: document.text,
        ...(layers ? { annotations: await loadStoredLayers(deps.store, stored.id, layers) } : {}),
      };
      return c.json(body);
    });

    app.get('/api/documents/:id/analysis', allow('viewer'), async (c) => {
      const stored = await findDocument(deps, c.req.param('id'));
      const layers = await loadLayers(deps.store, stored.id);
      const verdicts = await storedVerdicts(deps.store, stored.id);
      return c.json(toAnalysisJson(stored, layers, verdicts, await guideLinksOf(deps.store, stored.id)));
    });

    app.get('/api/documents/:id/source', allow('viewer'), async (c) => {
      const stored = await findDocument(deps, c.req.param('id'));
      const bytes = await deps.store.getSource(stored.id);
      if (!bytes)
        throw new ProblemError(
          404,
          'source-not-found',
          `Document "${stored.id}" was stored without its original bytes.`,
        );
      return sourceResponse(bytes, stored.meta, stored.id);
    });

    app.delete('/api/documents/:id', allow('admin'), async (c) => {
      const id = c.req.param('id');
      // Through the service: the claims of the document's meeting are re-checked without it.
      if (!(await deleteDocument(deps, id, actorName(c), c.req.query('reason')))) throw notFound(id);
      return c.body(null, 204);
    });
  },
});

/** Multipart (one or more files) or JSON (pasted text); anything else is a 415. */
async function importFromRequest(c: Context<AppEnv>, deps: AppDeps): Promise<ImportResult> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  if (type.startsWith('application/json'))
    return importText(deps, await parseJsonBody(c, pastedTextSchema), actorName(c));
  if (type.startsWith('multipart/form-data')) {
    const files = await uploadedFiles(c);
    if (!files.length)
      throw new ProblemError(
        400,
        'no-files',
        'The form has no files: send one or more files in multipart/form-data (any field name).',
      );
    return importFiles(deps, files, actorName(c));
  }
  throw new ProblemError(
    415,
    'unsupported-media-type',
    'Send files as multipart/form-data, or pasted text as application/json { "text": … }.',
  );
}

/** All files of a multipart body, whatever their field names, in order. */
export async function uploadedFiles(c: Context<AppEnv>): Promise<File[]> {
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    throw new ProblemError(400, 'invalid-multipart', 'The multipart body could not be read.');
  }
  return Object.values(body)
    .flat()
    .filter((v): v is File => v instanceof File);
}

async function findDocument(deps: AppDeps, id: string) {
  const stored = await deps.store.getDocument(id);
  if (!stored) throw notFound(id);
  return stored;
}

function notFound(id: string): ProblemError {
  return new ProblemError(404, 'document-not-found', `No document with id "${id}".`);
}

const MEDIA_TYPES: Readonly<Record<string, string>> = {
  text: 'text/plain; charset=utf-8',
  markdown: 'text/markdown; charset=utf-8',
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * The original bytes, always as an attachment: a stored HTML page must never render on our
 * origin. Text bytes keep the encoding the reader detected (they may not be UTF-8).
 */
function sourceResponse(bytes: Uint8Array, meta: DocumentMeta, id: string): Response {
  const type = (meta.format && MEDIA_TYPES[meta.format]) || 'application/octet-stream';
  const charset = meta.encoding && /^[\w.:-]+$/.test(meta.encoding) ? meta.encoding : 'utf-8';
  const safeName = (meta.fileName ?? `${id}.${meta.format ?? 'bin'}`).replace(/[^\w.-]+/g, '_');
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': type.replace(/charset=utf-8$/, `charset=${charset}`),
      'Content-Disposition': `attachment; filename="${safeName}"`,
      'Content-Length': String(bytes.byteLength),
    },
  });
}
