/**
 * @module claim-schemas
 * The zod schemas of the claims queries and of a reviewer's verdict: the API validates with
 * them and declares its OpenAPI parameters from them; the web pages validate with them too.
 */
import { z } from 'zod';
import { VERDICTS } from '../model/claim.ts';
import { pagingSchema, wholeNumber } from './query-schemas.ts';

const filter = (description: string) => z.string().trim().min(1).max(300).optional().describe(description);

/** The claim filters, shared by `GET /api/claims` and the claims exports. */
export const claimFilterSchema = z.object({
  meeting: filter('Meeting id as the analysis gives it (`event:cca-fm6-2025`).'),
  outlet: filter("The report's publisher, exactly as stored."),
  verdict: z.enum(VERDICTS).optional().describe('Verdict after review.'),
  document: filter('Only the claims of this report (document id).'),
});

/** `GET /api/claims` query. */
export const claimsQuerySchema = pagingSchema.extend(claimFilterSchema.shape);

/** `POST /api/claims/reviews` body. */
export const claimReviewBodySchema = z.object({
  documentId: z.string().trim().min(1).max(200).describe('The report.'),
  start: wholeNumber(0).describe('Start of the claim (UTF-16 code units).'),
  end: wholeNumber(0).describe('End of the claim.'),
  verdict: z.enum(VERDICTS).describe("The reviewer's verdict (the machine's to confirm it)."),
  evidence: z
    .array(z.object({ documentId: z.string().trim().min(1).max(200), clause: z.string().trim().min(1).max(50) }))
    .max(20)
    .optional()
    .describe('Primary clauses that decide it, by document id and clause label.'),
  note: z.string().trim().max(2000).optional().describe('Why.'),
});
