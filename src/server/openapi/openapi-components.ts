/**
 * @module openapi-components
 * Shared response schemas of the API, written as JSON Schema data next to the routes that
 * return them (the model types in src/model are the source; keep these in step).
 */
import { DOCUMENT_KINDS, SOURCE_FORMATS } from '../../model/document.ts';
import { NODE_KINDS } from '../../model/node.ts';
import type { JsonSchema } from './openapi-types.ts';

const str = { type: 'string' };
const int = { type: 'integer', minimum: 0 };

/** Component schemas by name (`#/components/schemas/<name>`). */
export const COMPONENT_SCHEMAS: Readonly<Record<string, JsonSchema>> = {
  Problem: {
    type: 'object',
    description: 'RFC 9457 problem details.',
    required: ['type', 'title', 'status', 'detail', 'instance', 'code'],
    properties: {
      type: str,
      title: str,
      status: { type: 'integer' },
      detail: str,
      instance: str,
      code: { ...str, description: 'Stable machine-readable error code.' },
      errors: {
        type: 'array',
        items: {
          type: 'object',
          required: ['pointer', 'message'],
          properties: {
            pointer: {
              ...str,
              description: 'JSON Pointer (RFC 6901) to the field in the query or body, e.g. "/limit".',
            },
            message: {
              ...str,
              description: 'What is wrong, in plain words ("must be a whole number between 1 and 200").',
            },
          },
        },
      },
      requestId: str,
    },
  },
  DocumentMeta: {
    type: 'object',
    properties: {
      url: str,
      title: str,
      publisher: str,
      published: str,
      kind: { ...str, examples: [...DOCUMENT_KINDS] },
      language: str,
      fileName: str,
      format: { enum: [...SOURCE_FORMATS] },
      encoding: str,
      extra: { type: 'object', additionalProperties: str },
    },
  },
  DocumentSummary: {
    type: 'object',
    required: ['id', 'meta', 'title', 'kind', 'length', 'clauseCount', 'createdAt'],
    properties: {
      id: str,
      meta: { $ref: '#/components/schemas/DocumentMeta' },
      title: {
        ...str,
        description:
          "The header's title, else the first heading or title line, else the meeting's name, else the file name.",
      },
      kind: { type: ['string', 'null'], description: 'Declared by the header, else inferred by the analysis.' },
      length: int,
      clauseCount: int,
      createdAt: { ...str, format: 'date-time' },
    },
  },
  TreeNode: {
    type: 'object',
    required: ['kind', 'start', 'end', 'children'],
    description: 'A node of the document tree; [start, end) slices the text in UTF-16 code units.',
    properties: {
      kind: { enum: [...NODE_KINDS] },
      start: int,
      end: int,
      label: str,
      notation: str,
      marker: { type: 'object', properties: { text: str, start: int, end: int } },
      children: { type: 'array', items: { $ref: '#/components/schemas/TreeNode' } },
    },
  },
  Annotation: {
    type: 'object',
    required: ['layer', 'start', 'end', 'value', 'source', 'confidence'],
    properties: {
      layer: str,
      start: int,
      end: int,
      value: {},
      source: str,
      confidence: { type: 'number', minimum: 0, maximum: 1 },
    },
  },
  SearchHit: {
    type: 'object',
    required: [
      'documentId',
      'title',
      'fileName',
      'nodeKind',
      'label',
      'start',
      'end',
      'snippet',
      'marks',
      'snippetHtml',
      'score',
    ],
    properties: {
      documentId: str,
      title: { type: ['string', 'null'] },
      fileName: { type: ['string', 'null'] },
      nodeKind: str,
      label: { type: ['string', 'null'] },
      start: int,
      end: int,
      snippet: { ...str, description: 'The text around the matches, plain (no markup, no control characters).' },
      marks: {
        type: 'array',
        description: 'The matched ranges, in UTF-16 code units of `snippet`, in order.',
        items: { type: 'object', required: ['start', 'end'], properties: { start: int, end: int } },
      },
      snippetHtml: { ...str, description: '`snippet` HTML-escaped, each match wrapped in `<mark>`.' },
      score: { type: 'number' },
    },
  },
  IngestOutcome: {
    oneOf: [
      {
        type: 'object',
        required: ['ok', 'id', 'created', 'clauses'],
        properties: {
          ok: { const: true },
          id: str,
          created: { type: 'boolean' },
          fileName: str,
          title: str,
          clauses: int,
        },
      },
      {
        type: 'object',
        required: ['ok', 'code', 'message'],
        properties: { ok: { const: false }, fileName: str, code: str, message: str },
      },
    ],
  },
  ImportResult: {
    type: 'object',
    required: ['results', 'created', 'existing', 'failed'],
    properties: {
      results: { type: 'array', items: { $ref: '#/components/schemas/IngestOutcome' } },
      created: int,
      existing: int,
      failed: int,
    },
  },
  AnalysisJson: {
    type: 'object',
    description: "One document's analysis in the format of the evaluation GUIDE.",
    required: ['document', 'kind', 'meeting', 'participants', 'parties', 'statements', 'entities', 'claims', 'links'],
    properties: {
      document: str,
      kind: { type: ['string', 'null'] },
      meeting: { type: ['object', 'null'] },
      participants: { type: 'array' },
      parties: { type: ['array', 'null'], items: str },
      statements: { type: 'array' },
      entities: { type: 'array' },
      claims: { type: 'array' },
      links: { type: 'array' },
    },
  },
};

/** A multipart body of uploaded files under any field name, one or more each (the import routes). */
export const UPLOADED_FILES_SCHEMA: JsonSchema = {
  type: 'object',
  additionalProperties: {
    type: 'array',
    items: { type: 'string', contentMediaType: 'application/octet-stream' },
  },
};

/** A page of items: `{ items, total, limit, offset }`. */
export function pageSchema(item: JsonSchema): JsonSchema {
  return {
    type: 'object',
    required: ['items', 'total', 'limit', 'offset'],
    properties: { items: { type: 'array', items: item }, total: int, limit: int, offset: int },
  };
}
