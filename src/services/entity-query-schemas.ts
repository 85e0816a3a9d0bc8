/**
 * @module entity-query-schemas
 * The zod schemas of the entities, decisions and statements queries: the API validates with
 * them and declares its OpenAPI parameters from them; the web pages validate with them too.
 */
import { z } from 'zod';
import { ENTITY_TYPES, SECTORS, STATEMENT_KINDS } from '../model/layers.ts';
import { pagingSchema, wholeNumber } from './query-schemas.ts';

const filter = (description: string) => z.string().trim().min(1).max(200).optional().describe(description);
const isoPrefix = (description: string) =>
  z
    .string()
    .trim()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD')
    .optional()
    .describe(description);

/** `GET /api/entities` query. */
export const listEntitiesQuerySchema = pagingSchema.extend({
  type: z.enum(ENTITY_TYPES).optional().describe('Only entities of this type.'),
  q: filter('Case-insensitive substring of the name or any spelling.'),
});

/** `GET /api/entities/:id` query: paging of the mentions. */
export const entityDetailQuerySchema = pagingSchema.extend({
  limit: wholeNumber(1, 200).default(50).describe('Mentions per page, 1–200.'),
});

/** `POST /api/decisions` body. The action-specific checks are `checkEntityDecision`'s. */
export const decisionBodySchema = z.object({
  target: z.string().trim().min(1).max(500).describe('`entity:<id>` or `mention:<documentId>:<start>:<end>`.'),
  action: z.string().trim().min(1).max(40).describe('merge, rename, add-alias, split, reject or relink.'),
  payload: z
    .record(z.string(), z.unknown())
    .default({})
    .describe('merge {into}, rename {name}, add-alias {alias}, split {mentions, name, type?}, relink {entityId}.'),
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
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code (ISO 3166-1 alpha-2)')
    .optional()
    .describe('A state among the actors (ISO alpha-2).'),
  sector: z.enum(SECTORS).optional().describe('A sector of the statement.'),
  deadlineFrom: isoPrefix('Deadline on or after (ISO prefix).'),
  deadlineTo: isoPrefix('Deadline on or before (ISO prefix).'),
  q: filter('Text the statement contains (case and accents ignored).'),
});

/** `GET /api/statements` query. */
export const statementsQuerySchema = pagingSchema.extend(statementFilterSchema.shape).extend({
  limit: wholeNumber(1, 200).default(50).describe('Rows per page, 1–200.'),
});
