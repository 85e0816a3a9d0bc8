/**
 * @module documents-openapi
 * OpenAPI path items of the documents routes, built from the same zod schemas the handlers
 * validate with.
 */
import { pageSchema, UPLOADED_FILES_SCHEMA } from '../openapi/openapi-components.ts';
import {
  inputSchema,
  jsonResponse,
  pathParameter,
  problemResponse,
  queryParameters,
  ref,
} from '../openapi/openapi-helpers.ts';
import type { OpenApiPaths } from '../openapi/openapi-types.ts';
import { getDocumentQuerySchema, listDocumentsQuerySchema, pastedTextSchema } from '../../services/query-schemas.ts';

const tags = ['documents'];
const id = pathParameter('id', 'Document id (`d_` + 16 hex digits).');
const notFound = problemResponse('No document with this id.');
const badRequest = problemResponse('Invalid parameters.');

/** Path items of `/api/documents…`. */
export const documentsPaths: OpenApiPaths = {
  '/api/documents': {
    get: {
      operationId: 'listDocuments',
      tags,
      summary: 'List documents, newest first, with filters and paging.',
      parameters: queryParameters(listDocumentsQuerySchema),
      responses: {
        200: jsonResponse('A page of document summaries.', pageSchema(ref('DocumentSummary'))),
        400: badRequest,
      },
    },
    post: {
      operationId: 'importDocuments',
      tags,
      summary: 'Import uploaded files (multipart, any field name, one or more) or pasted text (JSON).',
      requestBody: {
        required: true,
        content: {
          'multipart/form-data': {
            schema: UPLOADED_FILES_SCHEMA,
          },
          'application/json': { schema: inputSchema(pastedTextSchema) },
        },
      },
      responses: {
        201: jsonResponse('At least one document was added; per-file outcomes.', ref('ImportResult')),
        200: jsonResponse('Nothing new was added (already present or failed); per-file outcomes.', ref('ImportResult')),
        400: badRequest,
        413: problemResponse('The body is over the size limit (25 MiB uploads, 2 MiB JSON).'),
        415: problemResponse('Neither multipart/form-data nor JSON.'),
      },
    },
  },
  '/api/documents/{id}': {
    get: {
      operationId: 'getDocument',
      tags,
      summary: 'A document: metadata, text, tree, and the annotation layers asked for.',
      parameters: [id, ...queryParameters(getDocumentQuerySchema)],
      responses: {
        200: jsonResponse('The document.', {
          allOf: [
            ref('DocumentSummary'),
            {
              type: 'object',
              required: ['text', 'tree'],
              properties: {
                text: { type: 'string' },
                tree: ref('TreeNode'),
                annotations: { type: 'object', additionalProperties: { type: 'array', items: ref('Annotation') } },
              },
            },
          ],
        }),
        400: badRequest,
        404: notFound,
      },
    },
    delete: {
      operationId: 'deleteDocument',
      tags,
      summary:
        'Soft-delete a document: it leaves every listing, its source waits in the trash, the audit log records it.',
      parameters: [
        id,
        { name: 'reason', in: 'query', required: false, schema: { type: 'string' }, description: 'Why (audited).' },
      ],
      responses: { 204: { description: 'Deleted.' }, 404: notFound },
    },
  },
  '/api/documents/{id}/analysis': {
    get: {
      operationId: 'getDocumentAnalysis',
      tags,
      summary: "The document's analysis in the GUIDE's JSON format.",
      parameters: [id],
      responses: { 200: jsonResponse('The analysis.', ref('AnalysisJson')), 404: notFound },
    },
  },
  '/api/documents/{id}/source': {
    get: {
      operationId: 'getDocumentSource',
      tags,
      summary: 'The original bytes as received, as an attachment.',
      parameters: [id],
      responses: {
        200: {
          description: 'The original file.',
          content: {
            'application/octet-stream': { schema: { type: 'string', contentMediaType: 'application/octet-stream' } },
          },
        },
        404: notFound,
      },
    },
  },
};
