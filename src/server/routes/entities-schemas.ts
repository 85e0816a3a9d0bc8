/**
 * @module entities-schemas
 * The JSON Schemas of the entities, decisions and statements API responses (the query
 * schemas are the services' own: src/services/entity-query-schemas.ts).
 */
import { ENTITY_TYPES, SECTORS, STATEMENT_KINDS } from '../../model/layers.ts';
import type { JsonSchema } from '../openapi/openapi-types.ts';

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
  required: ['entity', 'roles', 'facts', 'mentions', 'mentionTotal', 'coOccurring', 'meetings', 'meetingTotal'],
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
    meetingTotal: { ...int, description: 'Meetings attended; `meetings` holds the newest 100.' },
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
