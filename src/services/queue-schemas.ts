/**
 * @module queue-schemas
 * What a reviewer may send to the review queue: one decision (`item`, `action`, `value` for a
 * correction, `note`) or a list of them, each value checked against its kind's own shape and
 * capped in size. Who decides is never read from the body: an extra `by` is dropped.
 */
import { z } from 'zod';
import { COMMITMENT_STATUSES } from '../model/commitment-status.ts';
import { VERDICTS } from '../model/claim.ts';
import { SECTORS, STATEMENT_KINDS } from '../model/layers.ts';
import { LINK_KINDS } from '../model/link.ts';
import { QUEUE_ACTIONS, QUEUE_KINDS, type QueueKind } from '../review/queue/queue-item.ts';

/** Most decisions one bulk request may carry. */
export const MAX_BULK_DECISIONS = 200;
/** Largest queue decision body: 200 decisions with notes fit. */
export const MAX_QUEUE_BODY_BYTES = 256 * 1024;

const id = z.string().trim().min(1).max(300);
const text = (max: number) => z.string().trim().min(1).max(max);
const state = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code'));
const states = z
  .array(state)
  .max(60)
  .transform((codes) => [...new Set(codes)].sort());

/** The shape of a corrected value, per kind. */
export const QUEUE_VALUE_SCHEMAS: Readonly<Record<QueueKind, z.ZodType>> = {
  'entity-link': id,
  'entity-merge': id,
  'statement-kind': z.enum(STATEMENT_KINDS),
  'statement-actors': states,
  'statement-sectors': z
    .array(z.enum(SECTORS))
    .max(SECTORS.length)
    .transform((s) => [...new Set(s)].sort()),
  'meeting-format': text(200),
  'meeting-date': z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'an ISO date (YYYY-MM-DD)'),
  'meeting-city': text(120),
  'meeting-parties': states,
  'claim-verdict': z.enum(VERDICTS),
  'implementation-link': z.enum(LINK_KINDS),
  'commitment-status': z.enum(COMMITMENT_STATUSES),
};

/** One decision as a client sends it. */
export const queueDecisionSchema = z.object({
  item: z.string().trim().min(3).max(700),
  action: z.enum(QUEUE_ACTIONS),
  value: z.unknown().optional(),
  note: z.string().trim().max(2000).optional(),
});
export type QueueDecisionInput = z.output<typeof queueDecisionSchema>;

/** One decision, or several in `decisions`. */
export const queueDecisionsBodySchema = z.union([
  queueDecisionSchema,
  z.object({ decisions: z.array(queueDecisionSchema).min(1).max(MAX_BULK_DECISIONS) }),
]);

/** The queue's filters and page. */
export const queueQuerySchema = z.object({
  kind: z.enum(QUEUE_KINDS).optional(),
  format: z.string().trim().max(200).optional(),
  document: z.string().trim().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type QueueQuery = z.output<typeof queueQuerySchema>;

/** A form's text field as the kind's value: lists are written "KZ, UZ" or "trade; energy". */
export function formValue(kind: QueueKind, raw: string): unknown {
  const list = kind === 'statement-actors' || kind === 'statement-sectors' || kind === 'meeting-parties';
  return list ? raw.split(/[,;\s]+/).filter(Boolean) : raw;
}
