/**
 * @module tracking-query-schemas
 * Zod schemas of the tracking API's queries and bodies (issue 10), from which the OpenAPI
 * parameters are generated.
 */
import { z } from 'zod';
import { COMMITMENT_STATUSES } from '../model/commitment-status.ts';
import { SECTORS } from '../model/layers.ts';

const text = (description: string) => z.string().trim().min(1).max(200).optional().describe(description);
const day = (description: string) =>
  z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'expected an ISO date')
    .optional()
    .describe(description);

export const commitmentFilterSchema = z.object({
  format: text('Meeting format, substring ("China–Central Asia").'),
  meeting: text('A meeting id (event:cca-fm6-2025) or words of the format and date.'),
  state: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/, 'expected an ISO 3166-1 alpha-2 code')
    .optional()
    .describe('A member state among the actors (ISO alpha-2).'),
  sector: z.enum(SECTORS).optional().describe('A sector of the commitment.'),
  status: z.enum(COMMITMENT_STATUSES).optional().describe('The current status.'),
  dueBefore: day('Due on or before (ISO date).'),
  dueAfter: day('Due on or after (ISO date).'),
});

export const commitmentsQuerySchema = commitmentFilterSchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100).describe('Rows per page, 1–500.'),
  offset: z.coerce.number().int().min(0).default(0).describe('Rows to skip.'),
});

export const calendarFeedQuerySchema = z.object({
  format: text('Meeting format, substring; all formats when absent.'),
});

export const linkReviewBodySchema = z.object({
  verdict: z.enum(['confirmed', 'rejected']),
  note: z.string().max(1000).optional(),
});

export const statusBodySchema = z.object({
  status: z.enum(COMMITMENT_STATUSES),
  reason: z.string().trim().min(1).max(1000),
  since: day('The day the status begins (default: today).'),
});
