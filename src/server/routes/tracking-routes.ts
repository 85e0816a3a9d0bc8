/**
 * @module tracking-routes
 * Issue 10's API: commitments with status and evidence, one commitment, reviewers' verdicts on
 * links and statuses, scorecards, the calendar and its iCalendar feed, the review of
 * implementation, and CSV of each.
 */
import { icalendarFeed } from '../../export/icalendar-feed.ts';
import { calendarCsv, commitmentsCsv, scorecardCsv } from '../../export/tracking-csv.ts';
import {
  calendar,
  getCommitment,
  implementationReview,
  listCommitments,
  reviewLink,
  scorecards,
  setStatus,
} from '../../services/tracking.ts';
import { csvResponse } from '../csv-response.ts';
import {
  inputSchema,
  jsonResponse,
  pathParameter,
  problemResponse,
  queryParameters,
} from '../openapi/openapi-helpers.ts';
import type { OpenApiOperation, OpenApiPaths } from '../openapi/openapi-types.ts';
import { ProblemError } from '../../services/problem.ts';
import { MAX_DECISION_BYTES } from '../../services/decision-payload-schema.ts';
import { parseJsonBody, parseQuery } from '../../services/validate.ts';
import { defineRoutes } from './route-module.ts';
import {
  calendarFeedQuerySchema,
  commitmentFilterSchema,
  commitmentsQuerySchema,
  linkReviewBodySchema,
  statusBodySchema,
} from '../../services/tracking-query-schemas.ts';
import { actorName, allow } from '../permissions.ts';

const tags = ['tracking'];
const object = { type: 'object' } as const;
const badRequest = problemResponse('Invalid parameters.');
const get = (operationId: string, summary: string, parameters = queryParameters(commitmentFilterSchema)) => ({
  get: { operationId, tags, summary, parameters, responses: { 200: jsonResponse(summary, object), 400: badRequest } },
});
const csv = (operationId: string, summary: string): { get: OpenApiOperation } => ({
  get: {
    operationId,
    tags: ['exports'],
    summary,
    parameters: queryParameters(commitmentFilterSchema),
    responses: {
      200: { description: 'CSV with a header row.', content: { 'text/csv': { schema: { type: 'string' } } } },
    },
  },
});
const post = (operationId: string, summary: string, body: Parameters<typeof inputSchema>[0], param: string) => ({
  post: {
    operationId,
    tags,
    summary,
    parameters: [pathParameter('key', param)],
    requestBody: { required: true, content: { 'application/json': { schema: inputSchema(body) } } },
    responses: {
      201: jsonResponse('The decision, as stored.', object),
      400: badRequest,
      404: problemResponse('No such item.'),
    },
  },
});

const paths: OpenApiPaths = {
  '/api/commitments': get(
    'listCommitments',
    'Commitments and endorsed future events with status and evidence.',
    queryParameters(commitmentsQuerySchema),
  ),
  '/api/commitments/{key}': {
    get: {
      operationId: 'getCommitment',
      tags,
      summary: 'One commitment: text, actors, sectors, due date, status history and evidence.',
      parameters: [pathParameter('key', 'The commitment key `<documentId>:<start>:<end>`.')],
      responses: { 200: jsonResponse('The commitment.', object), 404: problemResponse('No such commitment.') },
    },
  },
  '/api/commitments/{key}/status': post(
    'setCommitmentStatus',
    "Set a commitment's status by hand, with a reason.",
    statusBodySchema,
    'The commitment key.',
  ),
  '/api/links/{key}/review': post(
    'reviewLink',
    'Confirm or reject an evidence link.',
    linkReviewBodySchema,
    'The link key.',
  ),
  '/api/scorecards': get(
    'getScorecards',
    'Compliance per member state (G20 scale) and per sector, with shares fulfilled.',
  ),
  '/api/calendar': get('getCalendar', 'Committed and endorsed future events: upcoming, held, overdue.'),
  '/api/calendar.ics': {
    get: {
      operationId: 'getCalendarFeed',
      tags,
      summary: 'The calendar as an iCalendar feed (RFC 5545), per format.',
      parameters: queryParameters(calendarFeedQuerySchema),
      responses: { 200: { description: 'iCalendar.', content: { 'text/calendar': { schema: { type: 'string' } } } } },
    },
  },
  '/api/review': get('getImplementationReview', "Every commitment of a format's meeting with status and evidence."),
  '/api/exports/commitments.csv': csv('exportCommitmentsCsv', 'Commitments with status and evidence, as CSV.'),
  '/api/exports/scorecards.csv': csv('exportScorecardsCsv', 'Scorecards per state and breakdown, as CSV.'),
  '/api/exports/calendar.csv': csv('exportCalendarCsv', 'The calendar of promised events, as CSV.'),
};

export const trackingRoutes = defineRoutes({
  name: 'tracking',
  paths,
  register(app, { store }) {
    app.get('/api/commitments', allow('viewer'), async (c) => {
      const { limit, offset, ...filter } = parseQuery(c, commitmentsQuerySchema);
      return c.json({ ...(await listCommitments(store, filter, { limit, offset })), limit, offset });
    });
    app.get('/api/commitments/:key', allow('viewer'), async (c) => {
      const record = await getCommitment(store, c.req.param('key'));
      if (!record) throw new ProblemError(404, 'not-found', 'No such commitment.');
      return c.json(record);
    });
    app.post('/api/commitments/:key/status', allow('reviewer'), async (c) => {
      const key = c.req.param('key');
      const change = await parseJsonBody(c, statusBodySchema, { maxBytes: MAX_DECISION_BYTES });
      if (!(await getCommitment(store, key))) throw new ProblemError(404, 'not-found', 'No such commitment.');
      return c.json(await setStatus(store, key, change, actorName(c)), 201);
    });
    app.post('/api/links/:key/review', allow('reviewer'), async (c) => {
      const { verdict, note } = await parseJsonBody(c, linkReviewBodySchema, { maxBytes: MAX_DECISION_BYTES });
      return c.json(await reviewLink(store, c.req.param('key'), verdict, actorName(c), note), 201);
    });
    app.get('/api/scorecards', allow('viewer'), async (c) =>
      c.json(await scorecards(store, parseQuery(c, commitmentFilterSchema))),
    );
    app.get('/api/calendar', allow('viewer'), async (c) =>
      c.json(await calendar(store, parseQuery(c, commitmentFilterSchema))),
    );
    app.get('/api/calendar.ics', allow('viewer'), async (c) => {
      const { format } = parseQuery(c, calendarFeedQuerySchema);
      const { events } = await calendar(store, { format });
      return new Response(icalendarFeed(events, format ?? 'All formats'), {
        headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
      });
    });
    app.get('/api/review', allow('viewer'), async (c) => {
      const { format, meeting } = parseQuery(c, commitmentFilterSchema);
      if (!format) throw new ProblemError(400, 'invalid-query', 'The review needs a format.');
      return c.json(await implementationReview(store, format, meeting));
    });
    app.get('/api/exports/commitments.csv', allow('viewer'), async (c) => {
      const { items } = await listCommitments(store, parseQuery(c, commitmentFilterSchema));
      return csvResponse(commitmentsCsv(items), 'commitments.csv');
    });
    app.get('/api/exports/scorecards.csv', allow('viewer'), async (c) => {
      const { states } = await scorecards(store, parseQuery(c, commitmentFilterSchema));
      return csvResponse(scorecardCsv(states), 'scorecards.csv');
    });
    app.get('/api/exports/calendar.csv', allow('viewer'), async (c) => {
      const { events } = await calendar(store, parseQuery(c, commitmentFilterSchema));
      return csvResponse(calendarCsv(events), 'calendar.csv');
    });
  },
});
