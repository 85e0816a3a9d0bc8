/**
 * @module decision-payload-schema
 * The exact shape of each decision's payload, for every action any front end or the review
 * queue appends. Payloads were stored as sent, at any size and with any extra fields; now each
 * action accepts its own fields only, strings and lists are capped, corrected values are checked
 * like the queue's corrections, and anything else is a 400 naming the field.
 */
import { z } from 'zod';
import { VERDICTS } from '../model/claim.ts';
import { COMMITMENT_STATUSES } from '../model/commitment-status.ts';
import { ENTITY_TYPES } from '../model/layers.ts';
import { LINK_KINDS } from '../model/link.ts';
import { QUEUE_ACTIONS } from '../review/queue/queue-item.ts';
import { QUEUE_VALUE_SCHEMAS } from './queue-schemas.ts';

/** Largest decision request body (a split of many mentions stays far below it). */
export const MAX_DECISION_BYTES = 64 * 1024;
/** Largest stored payload, as JSON: a split of 1,000 mentions fits, a pasted document does not. */
export const MAX_PAYLOAD_BYTES = 96 * 1024;
/** Deepest nesting a payload may have (the deepest legitimate one, a split, has 3). */
export const MAX_PAYLOAD_DEPTH = 6;

const id = z.string().trim().min(1).max(300);
const text = z.string().trim().min(1).max(500);
const reason = z.string().trim().min(1).max(2000);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)');
const offset = z.number().int().min(0);
const mentionKey = z.object({ documentId: id, start: offset, end: offset }).strict();

/** What the machine had said, as the queue keeps it beside a decision. */
const machine = z
  .object({
    value: z.union([z.string().max(500), z.number(), z.boolean(), z.null(), z.array(z.string().max(300)).max(200)]),
    confidence: z.number().finite(),
    rule: z.string().max(200),
  })
  .strict();
/** Fields every decision made in the review queue carries. */
const queued = { decision: z.enum(QUEUE_ACTIONS).optional(), machine: machine.optional() };

const evidenceRef = z
  .object({ documentId: id, document: z.string().max(300), clause: z.string().max(50), start: offset, end: offset })
  .strict();

/** A reviewed field of a statement or meeting: the corrected value, or null / [] when rejected. */
const field = <F extends string>(name: F, value: z.ZodType) =>
  z.object({ ...queued, field: z.literal(name), value }).strict();
const statementReview = z.discriminatedUnion('field', [
  field('kind', QUEUE_VALUE_SCHEMAS['statement-kind'].nullable()),
  field('actors', QUEUE_VALUE_SCHEMAS['statement-actors']),
  field('sectors', QUEUE_VALUE_SCHEMAS['statement-sectors']),
]);
const meetingReview = z.discriminatedUnion('field', [
  field('format', QUEUE_VALUE_SCHEMAS['meeting-format'].nullable()),
  field('date', QUEUE_VALUE_SCHEMAS['meeting-date'].nullable()),
  field('city', QUEUE_VALUE_SCHEMAS['meeting-city'].nullable()),
  field('parties', QUEUE_VALUE_SCHEMAS['meeting-parties']),
]);

/** Per action, the payload it takes. */
export const DECISION_PAYLOAD_SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  merge: z.object({ ...queued, into: id }).strict(),
  rename: z.object({ name: text }).strict(),
  'add-alias': z.object({ alias: text }).strict(),
  split: z
    .object({ mentions: z.array(mentionKey).min(1).max(1000), name: text, type: z.enum(ENTITY_TYPES).optional() })
    .strict(),
  reject: z.object(queued).strict(),
  relink: z.object({ ...queued, entityId: id }).strict(),
  'reject-merge': z.object({ ...queued, into: id }).strict(),
  'set-verdict': z
    .object({ ...queued, verdict: z.enum(VERDICTS), evidence: z.array(evidenceRef).max(20).optional() })
    .strict(),
  'reject-claim': z.object(queued).strict(),
  'review-link': z
    .object({ ...queued, verdict: z.enum(['confirmed', 'rejected']), kind: z.enum(LINK_KINDS).optional() })
    .strict(),
  'set-status': z.object({ ...queued, status: z.enum(COMMITMENT_STATUSES), reason, since: day.optional() }).strict(),
  'reject-commitment': z.object({ ...queued, reason }).strict(),
  'review-statement': statementReview,
  'review-meeting': meetingReview,
};
