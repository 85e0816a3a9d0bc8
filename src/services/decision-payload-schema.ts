/**
 * @module decision-payload-schema
 * The exact shape of each decision's payload. Payloads were stored as sent, at any size and
 * with any extra fields; now each action accepts its own fields only, strings and lists are
 * capped, and anything else is a 400 naming the field.
 */
import { z } from 'zod';
import { ENTITY_TYPES } from '../model/layers.ts';

/** Largest decision request body (a split of many mentions stays far below it). */
export const MAX_DECISION_BYTES = 64 * 1024;

const id = z.string().trim().min(1).max(300);
const text = z.string().trim().min(1).max(500);
const mentionKey = z.object({ documentId: id, start: z.number().int().min(0), end: z.number().int().min(0) }).strict();

/** Per action, the payload it takes. */
export const DECISION_PAYLOAD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  merge: z.object({ into: id }).strict(),
  rename: z.object({ name: text }).strict(),
  'add-alias': z.object({ alias: text }).strict(),
  split: z
    .object({ mentions: z.array(mentionKey).min(1).max(1000), name: text, type: z.enum(ENTITY_TYPES).optional() })
    .strict(),
  reject: z.object({}).strict(),
  relink: z.object({ entityId: id }).strict(),
};
