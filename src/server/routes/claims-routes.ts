/**
 * @module claims-routes
 * `/api/claims`: checked claims of the reports (filters: meeting, outlet, verdict, report),
 * a reviewer's verdict (append-only), and the claims as CSV and as ClaimReview JSON-LD.
 */
import { claimReviews } from '../../export/claim-review.ts';
import { claimsToCsv } from '../../export/claims-csv.ts';
import { claimFilterSchema, claimReviewBodySchema, claimsQuerySchema } from '../../services/claim-schemas.ts';
import { listClaims, type ReviewedClaimRow, reviewClaim } from '../../services/claims.ts';
import { MAX_DECISION_BYTES } from '../../services/decision-payload-schema.ts';
import { parseJsonBody, parseQuery } from '../../services/validate.ts';
import { csvResponse } from '../csv-response.ts';
import { inputSchema, jsonResponse, problemResponse, queryParameters } from '../openapi/openapi-helpers.ts';
import { defineRoutes } from './route-module.ts';
import { actorName, allow } from '../permissions.ts';

const claimJson = {
  type: 'object',
  properties: {
    documentId: { type: 'string' },
    start: { type: 'integer' },
    end: { type: 'integer' },
    meetingId: { type: ['string', 'null'] },
    text: { type: 'string' },
    outlet: { type: ['string', 'null'] },
    aspect: { type: 'string' },
    attributedTo: { type: 'string' },
    verdict: { type: 'string', enum: ['supported', 'contradicted', 'not-in-source'] },
    evidence: { type: 'array', items: { type: 'object' } },
    differences: { type: 'array', items: { type: 'object' } },
    note: { type: 'string' },
    rule: { type: 'string' },
    confidence: { type: 'number' },
    review: { type: 'object' },
  },
  required: ['documentId', 'start', 'end', 'text', 'verdict', 'evidence', 'note', 'rule', 'confidence'],
} as const;

/** One claim as the API gives it (texts sliced from the stored documents). */
export function claimToJson(r: ReviewedClaimRow) {
  return {
    documentId: r.claim.documentId,
    start: r.claim.start,
    end: r.claim.end,
    meetingId: r.claim.meetingId,
    text: r.text,
    outlet: r.report.publisher,
    aspect: r.claim.value.aspect,
    attributedTo: r.claim.value.attributedTo,
    verdict: r.verdict,
    evidence: r.evidence.map((e) => ({ ...e, text: r.evidenceTexts.find((t) => t.start === e.start)?.text ?? null })),
    differences: r.differences,
    note: r.note,
    rule: r.rule,
    confidence: r.confidence,
    ...(r.review ? { review: r.review } : {}),
  };
}

const filterOf = (q: {
  meeting?: string;
  outlet?: string;
  verdict?: ReviewedClaimRow['verdict'];
  document?: string;
}) => ({
  meetingId: q.meeting,
  outlet: q.outlet,
  verdict: q.verdict,
  documentId: q.document,
});

/** The claims API. */
export const claimsRoutes = defineRoutes({
  name: 'claims',
  paths: {
    '/api/claims': {
      get: {
        operationId: 'listClaims',
        tags: ['claims'],
        summary: 'Checked claims of the reports with their verdict, evidence and note, after review.',
        parameters: queryParameters(claimsQuerySchema),
        responses: {
          200: jsonResponse('A page of claims.', {
            type: 'object',
            properties: { items: { type: 'array', items: claimJson }, total: { type: 'integer' } },
          }),
          400: problemResponse('Invalid parameters.'),
        },
      },
    },
    '/api/claims/reviews': {
      post: {
        operationId: 'reviewClaim',
        tags: ['claims'],
        summary: 'A reviewer confirms or changes a verdict and its evidence (append-only; survives re-analysis).',
        requestBody: {
          required: true,
          content: { 'application/json': { schema: inputSchema(claimReviewBodySchema) } },
        },
        responses: {
          201: jsonResponse('The decision as stored.', { type: 'object' }),
          400: problemResponse('Invalid decision.'),
          404: problemResponse('No such checked claim.'),
        },
      },
    },
    '/api/exports/claims.csv': {
      get: {
        operationId: 'exportClaimsCsv',
        tags: ['exports'],
        summary: 'Every claim matching the filters, as CSV.',
        parameters: queryParameters(claimFilterSchema),
        responses: {
          200: { description: 'CSV with a header row.', content: { 'text/csv': { schema: { type: 'string' } } } },
          400: problemResponse('Invalid parameters.'),
        },
      },
    },
    '/api/exports/claim-review.jsonld': {
      get: {
        operationId: 'exportClaimReview',
        tags: ['exports'],
        summary: 'Every claim matching the filters as schema.org ClaimReview (JSON-LD).',
        parameters: queryParameters(claimFilterSchema),
        responses: {
          200: { description: 'A JSON-LD graph.', content: { 'application/ld+json': { schema: { type: 'object' } } } },
          400: problemResponse('Invalid parameters.'),
        },
      },
    },
  },
  register(app, { store }) {
    app.get('/api/claims', allow('viewer'), async (c) => {
      const { limit, offset, ...q } = parseQuery(c, claimsQuerySchema);
      const all = await listClaims(store, filterOf(q));
      return c.json({ items: all.slice(offset, offset + limit).map(claimToJson), total: all.length, limit, offset });
    });
    app.post('/api/claims/reviews', allow('reviewer'), async (c) => {
      const body = await parseJsonBody(c, claimReviewBodySchema, { maxBytes: MAX_DECISION_BYTES });
      return c.json(await reviewClaim(store, { ...body, by: actorName(c) }), 201);
    });
    app.get('/api/exports/claims.csv', allow('viewer'), async (c) => {
      return csvResponse(
        claimsToCsv(await listClaims(store, filterOf(parseQuery(c, claimFilterSchema)))),
        'claims.csv',
      );
    });
    app.get('/api/exports/claim-review.jsonld', allow('viewer'), async (c) => {
      const rows = await listClaims(store, filterOf(parseQuery(c, claimFilterSchema)));
      return c.body(JSON.stringify(claimReviews(rows)), 200, { 'content-type': 'application/ld+json; charset=utf-8' });
    });
  },
});
