/**
 * @module entities-routes
 * `/api/entities` (reviewed entities and one entity's profile), `/api/decisions` (reviewers'
 * decisions about entities and mentions) and the entity exports (Popolo JSON, mentions CSV).
 */
import { mentionsToCsv } from '../../export/mentions-csv.ts';
import { completePopolo } from '../../export/complete-popolo.ts';
import { meetingEvents } from '../../services/meeting-events.ts';
import { loadReviewedEntities } from '../../services/reviewed-entities.ts';
import { listEntities } from '../../services/entity-catalogue.ts';
import { csvResponse } from '../csv-response.ts';
import { storedEntityProfile } from '../../services/entity-profile.ts';
import { pageSchema } from '../openapi/openapi-components.ts';
import {
  inputSchema,
  jsonResponse,
  pathParameter,
  problemResponse,
  queryParameters,
} from '../openapi/openapi-helpers.ts';
import type { OpenApiPaths } from '../openapi/openapi-types.ts';
import { ProblemError } from '../../services/problem.ts';
import { MAX_DECISION_BYTES } from '../../services/decision-payload-schema.ts';
import { recordDecision } from '../../services/record-decision.ts';
import { kbRecord } from '../../services/shared-knowledge-base.ts';
import { parseJsonBody, parseQuery } from '../../services/validate.ts';
import {
  decisionBodySchema,
  entityDetailQuerySchema,
  listDecisionsQuerySchema,
  listEntitiesQuerySchema,
} from '../../services/entity-query-schemas.ts';
import { decisionJson, entityProfileJson, entitySummaryJson } from './entities-schemas.ts';
import { defineRoutes } from './route-module.ts';
import { actorName, allow } from '../permissions.ts';

const tags = ['entities'];
const badRequest = problemResponse('Invalid parameters.');

const paths: OpenApiPaths = {
  '/api/entities': {
    get: {
      operationId: 'listEntities',
      tags,
      summary: 'Reviewed entities (machine mentions with every decision applied), most mentioned first.',
      parameters: queryParameters(listEntitiesQuerySchema),
      responses: { 200: jsonResponse('A page of entities.', pageSchema(entitySummaryJson)), 400: badRequest },
    },
  },
  '/api/entities/{id}': {
    get: {
      operationId: 'getEntity',
      tags,
      summary:
        'One entity: knowledge-base roles and facts, mentions in context, co-occurring entities, meetings attended.',
      parameters: [
        pathParameter('id', 'Entity id, e.g. `country:KZ`, `person:tokayev-kassym-jomart`.'),
        ...queryParameters(entityDetailQuerySchema),
      ],
      responses: {
        200: jsonResponse('The entity.', entityProfileJson),
        400: badRequest,
        404: problemResponse('No entity with this id.'),
      },
    },
  },
  '/api/decisions': {
    get: {
      operationId: 'listDecisions',
      tags,
      summary: "Reviewers' decisions, oldest first.",
      parameters: queryParameters(listDecisionsQuerySchema),
      responses: {
        200: jsonResponse('The decisions.', {
          type: 'object',
          required: ['items'],
          properties: { items: { type: 'array', items: decisionJson } },
        }),
        400: badRequest,
      },
    },
    post: {
      operationId: 'addDecision',
      tags,
      summary: 'Record a decision about an entity (merge, rename, add-alias, split) or a mention (reject, relink).',
      requestBody: { required: true, content: { 'application/json': { schema: inputSchema(decisionBodySchema) } } },
      responses: {
        201: jsonResponse('The decision, as stored.', decisionJson),
        400: problemResponse('The decision is malformed or names an entity that does not exist.'),
        413: problemResponse('The body is over 64 KiB.'),
        404: problemResponse('The target entity or mention does not exist.'),
      },
    },
  },
  '/api/exports/popolo.json': {
    get: {
      operationId: 'exportPopolo',
      tags: ['exports'],
      summary: 'People and organisations with their memberships, as Popolo JSON.',
      responses: {
        200: jsonResponse('Popolo persons, organizations and memberships.', {
          type: 'object',
          required: ['persons', 'organizations', 'memberships'],
          properties: { persons: { type: 'array' }, organizations: { type: 'array' }, memberships: { type: 'array' } },
        }),
      },
    },
  },
  '/api/exports/mentions.csv': {
    get: {
      operationId: 'exportMentionsCsv',
      tags: ['exports'],
      summary: 'Every entity mention after review, as CSV (offsets in UTF-16 code units).',
      responses: {
        200: { description: 'CSV with a header row.', content: { 'text/csv': { schema: { type: 'string' } } } },
      },
    },
  },
};

/** The entities API. */
export const entitiesRoutes = defineRoutes({
  name: 'entities',
  paths,
  register(app, { store }) {
    app.get('/api/entities', allow('viewer'), async (c) => {
      const q = parseQuery(c, listEntitiesQuerySchema);
      const page = await listEntities(store, q);
      return c.json({ items: page.items, total: page.total, limit: q.limit, offset: q.offset });
    });

    app.get('/api/entities/:id', allow('viewer'), async (c) => {
      const q = parseQuery(c, entityDetailQuerySchema);
      const id = c.req.param('id');
      const profile = await storedEntityProfile(store, id, kbRecord, q);
      if (!profile) throw new ProblemError(404, 'entity-not-found', `No entity with id "${id}".`);
      return c.json(profile);
    });

    app.get('/api/decisions', allow('viewer'), async (c) => {
      const q = parseQuery(c, listDecisionsQuerySchema);
      return c.json({ items: await store.listDecisions({ target: q.target, action: q.action }) });
    });

    app.post('/api/decisions', allow('reviewer'), async (c) => {
      const body = await parseJsonBody(c, decisionBodySchema, { maxBytes: MAX_DECISION_BYTES });
      return c.json(await recordDecision(store, { ...body, by: actorName(c) }), 201);
    });

    app.get('/api/exports/popolo.json', allow('viewer'), async (c) => {
      const reviewed = await loadReviewedEntities(store);
      return c.json({ ...completePopolo(reviewed.entities, kbRecord), events: await meetingEvents(store) });
    });

    app.get('/api/exports/mentions.csv', allow('viewer'), async () =>
      csvResponse(mentionsToCsv((await loadReviewedEntities(store)).mentions), 'mentions.csv'),
    );
  },
});
