/**
 * @module entities-schemas
 * The zod schemas of the entities, decisions and statements API (validators and OpenAPI
 * parameters are both made from them), and the JSON Schemas of their responses.
 */
import { z } from 'zod';
import { ENTITY_TYPES, SECTORS, STATEMENT_KINDS } from '../../model/layers.ts';
import type { JsonSchema } from '../openapi/openapi-types.ts';
import { pagingSchema } from '../query-schemas.ts';

const filter = (description: string) => z.string().trim().min(1).max(200).optional().describe(description);
const isoPrefix = (description: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected YYYY, YYYY-MM or YYYY-MM-DD')
    .optional()
    .describe(description);

/** `GET /api/entities` query. */
export const listEntitiesQuerySchema = pagingSchema.extend({
  type: z.enum(ENTITY_TYPES).optional().describe('Only entities of this type.'),
  q: filter('Case-insensitive substring of the name or any spelling.'),
});

/** `GET /api/entities/:id` query: paging of the mentions. */
export const entityDetailQuerySchema = pagingSchema.extend({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Mentions per page, 1–200.'),
});

/** `POST /api/decisions` body. The action-specific checks are `checkEntityDecision`'s. */
export const decisionBodySchema = z.object({
  target: z.string().trim().min(1).max(500).describe('`entity:<id>` or `mention:<documentId>:<start>:<end>`.'),
  action: z.string().trim().min(1).max(40).describe('merge, rename, add-alias, split, reject or relink.'),
  payload: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('merge {into}, rename {name}, add-alias {alias}, split {mentions, name, type?}, relink {entityId}.'),
  by: z.string().trim().max(100).optional().describe('Who decides (default "anonymous").'),
  note: z.string().trim().max(2000).optional().describe('Why.'),
});

/** `GET /api/decisions` query. */
export const listDecisionsQuerySchema = z.object({
  target: filter('Only decisions about this target.'),
  action: filter('Only decisions with this action.'),
});

/** The statement filters, shared by `GET /api/statements`, its CSV export and the commitments page. */
export const statementFilterSchema = z.object({
  format: filter('Meeting format, substring ("China–Central Asia", "SCO").'),
  meeting: filter('Words that must all match the meeting (format, level, edition, city, date), e.g. "Astana 2024".'),
  kind: z.enum(STATEMENT_KINDS).optional().describe('Statement kind.'),
  actor: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional()
    .describe('A state among the actors (ISO alpha-2).'),
  sector: z.enum(SECTORS).optional().describe('A sector of the statement.'),
  deadlineFrom: isoPrefix('Deadline on or after (ISO prefix).'),
  deadlineTo: isoPrefix('Deadline on or before (ISO prefix).'),
  q: filter('Text the statement contains (case and accents ignored).'),
});

/** `GET /api/statements` query. */
export const statementsQuerySchema = pagingSchema.extend(statementFilterSchema.shape).extend({
  limit: z.coerce.number().int().min(1).max(200).default(50).describe('Rows per page, 1–200.'),
});

const str = { type: 'string' };
const int = { type: 'integer', minimum: 0 };
const nullable = (type: string) => ({ type: [type, 'null'] });
const counts = { type: 'object', additionalProperties: { type: 'integer' } };

/** One reviewed entity. */
export const entitySummaryJson: JsonSchema = {
  type: 'object',
  required: ['id', 'type', 'name', 'spellings', 'known', 'mentionCount', 'documentCount'],
  properties: {
    id: str,
    type: { enum: [...ENTITY_TYPES] },
    name: str,
    spellings: { type: 'array', items: str },
    known: { type: 'boolean' },
    mentionCount: int,
    documentCount: int,
  },
};

/** The meeting value of a document. */
const meetingJson: JsonSchema = {
  type: ['object', 'null'],
  properties: {
    format: nullable('string'),
    formatId: nullable('string'),
    level: nullable('string'),
    edition: nullable('integer'),
    date: nullable('string'),
    end: nullable('string'),
    city: nullable('string'),
    country: nullable('string'),
  },
};

/** An entity with roles, mentions, co-occurring entities and meetings. */
export const entityProfileJson: JsonSchema = {
  type: 'object',
  required: ['entity', 'roles', 'facts', 'mentions', 'mentionTotal', 'coOccurring', 'meetings'],
  properties: {
    entity: entitySummaryJson,
    roles: {
      type: 'array',
      items: {
        type: 'object',
        required: ['role'],
        properties: { role: str, organization: str, country: str, start: str, end: nullable('string') },
      },
    },
    facts: {
      type: 'array',
      items: { type: 'object', required: ['label', 'value'], properties: { label: str, value: str } },
    },
    mentions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['documentId', 'start', 'end', 'surface', 'before', 'after', 'anchor'],
        properties: {
          documentId: str,
          start: int,
          end: int,
          surface: str,
          before: str,
          after: str,
          title: nullable('string'),
          anchor: { ...nullable('string'), description: 'Reader fragment id of the clause holding the mention.' },
          source: str,
          confidence: { type: 'number' },
          reviewed: { type: 'boolean' },
        },
      },
    },
    mentionTotal: int,
    coOccurring: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'name', 'type', 'documents'],
        properties: { id: str, name: str, type: str, documents: int },
      },
    },
    meetings: {
      type: 'array',
      items: {
        type: 'object',
        required: ['documentId', 'as', 'meeting'],
        properties: {
          documentId: str,
          title: nullable('string'),
          as: { enum: ['participant', 'party'] },
          role: nullable('string'),
          meeting: meetingJson,
        },
      },
    },
  },
};

/** A stored decision. */
export const decisionJson: JsonSchema = {
  type: 'object',
  required: ['target', 'action', 'payload', 'by', 'at'],
  properties: {
    id: { type: 'integer' },
    target: str,
    action: str,
    payload: { type: 'object' },
    by: str,
    at: { ...str, format: 'date-time' },
    note: str,
  },
};

/** One statement row of the commitments view. */
export const statementRowJson: JsonSchema = {
  type: 'object',
  required: ['documentId', 'start', 'end', 'text', 'clause', 'kind', 'actors', 'sectors', 'deadline'],
  properties: {
    documentId: str,
    documentTitle: nullable('string'),
    fileName: nullable('string'),
    start: int,
    end: int,
    text: str,
    clause: str,
    kind: { enum: [...STATEMENT_KINDS] },
    actors: { type: 'array', items: str },
    sectors: { type: 'array', items: { enum: [...SECTORS] } },
    deadline: nullable('string'),
    references: { type: 'array', items: { type: 'object' } },
    source: str,
    confidence: { type: 'number' },
    meeting: meetingJson,
  },
};

/** The statements response: a page of rows plus counts over every match. */
export const statementsResultJson: JsonSchema = {
  type: 'object',
  required: ['items', 'total', 'limit', 'offset', 'bySector', 'byActor', 'byKind'],
  properties: {
    items: { type: 'array', items: statementRowJson },
    total: int,
    limit: int,
    offset: int,
    bySector: counts,
    byActor: counts,
    byKind: counts,
  },
};
