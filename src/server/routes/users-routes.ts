/**
 * @module users-routes
 * Accounts over the API: who am I (`GET /api/me`), and for admins the users (list, add,
 * change role, disable) and their API tokens (list, make, revoke). A new user's one-time
 * password and a new token are in the answer that made them, and nowhere else, ever.
 */
import { z } from 'zod';
import { createToken, revokeToken } from '../../accounts/api-tokens.ts';
import { addUser, listUsers, updateUser } from '../../accounts/users.ts';
import { ROLES } from '../../model/principal.ts';
import { parseJsonBody } from '../../services/validate.ts';
import { inputSchema, jsonResponse, pathParameter, problemResponse } from '../openapi/openapi-helpers.ts';
import type { OpenApiPaths } from '../openapi/openapi-types.ts';
import { actorName, allow, currentUser } from '../permissions.ts';
import { defineRoutes } from './route-module.ts';

const tags = ['users'];
const object = { type: 'object' } as const;
const name = pathParameter('name', 'User name.');
const newUserSchema = z.object({
  name: z.string().trim().min(1).max(64).describe('Lower-case letters, digits, ".", "_", "-".'),
  role: z.enum(ROLES),
  password: z.string().max(1000).optional().describe('Absent: a one-time password is made and returned once.'),
});
const userChangeSchema = z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional() });
const newTokenSchema = z.object({ name: z.string().trim().min(1).max(100).describe('What the token is for.') });
const json = (schema: z.ZodType) => ({
  required: true,
  content: { 'application/json': { schema: inputSchema(schema) } },
});
const refused = { 401: problemResponse('Not signed in.'), 403: problemResponse('Not an admin.') };

const paths: OpenApiPaths = {
  '/api/me': {
    get: {
      operationId: 'getMe',
      tags,
      summary: 'Who the request is signed in as (`user` is null when anonymous), and how.',
      responses: { 200: jsonResponse('The principal.', object) },
    },
  },
  '/api/users': {
    get: {
      operationId: 'listUsers',
      tags,
      summary: 'Every user, with role and status (admins).',
      responses: { 200: jsonResponse('The users.', object), ...refused },
    },
    post: {
      operationId: 'addUser',
      tags,
      summary: 'Adds a user; without a password, answers with a one-time password (shown once).',
      requestBody: json(newUserSchema),
      responses: {
        201: jsonResponse('The user, and `oneTimePassword` when one was made.', object),
        400: problemResponse('Invalid name, role or password.'),
        409: problemResponse('The name is taken.'),
        ...refused,
      },
    },
  },
  '/api/users/{name}': {
    patch: {
      operationId: 'updateUser',
      tags,
      summary: "Changes a user's role or disables/enables them; their sessions end.",
      parameters: [name],
      requestBody: json(userChangeSchema),
      responses: {
        200: jsonResponse('The user.', object),
        404: problemResponse('No such user.'),
        409: problemResponse('The last enabled admin.'),
        ...refused,
      },
    },
  },
  '/api/users/{name}/tokens': {
    post: {
      operationId: 'createToken',
      tags,
      summary: 'Makes an API token acting as the user; `token` is in this answer only.',
      parameters: [name],
      requestBody: json(newTokenSchema),
      responses: {
        201: jsonResponse('The token and its record.', object),
        404: problemResponse('No such user.'),
        ...refused,
      },
    },
  },
  '/api/tokens': {
    get: {
      operationId: 'listTokens',
      tags,
      summary: 'Every API token (without the secret), newest first.',
      responses: { 200: jsonResponse('The tokens.', object), ...refused },
    },
  },
  '/api/tokens/{id}': {
    delete: {
      operationId: 'revokeToken',
      tags,
      summary: 'Revokes a token at once.',
      parameters: [pathParameter('id', 'Token id.')],
      responses: { 204: { description: 'Revoked.' }, 404: problemResponse('No live token with this id.'), ...refused },
    },
  },
};

/** The accounts API. */
export const usersRoutes = defineRoutes({
  name: 'users',
  paths,
  register(app, { store }) {
    app.get('/api/me', allow('public'), (c) =>
      c.json({ user: currentUser(c) ?? null, via: c.get('auth')?.via ?? null }),
    );
    app.get('/api/users', allow('admin'), async (c) => c.json({ items: await listUsers(store) }));
    app.post('/api/users', allow('admin'), async (c) => {
      const body = await parseJsonBody(c, newUserSchema);
      return c.json(await addUser(store, body, actorName(c)), 201);
    });
    app.patch('/api/users/:name', allow('admin'), async (c) => {
      const change = await parseJsonBody(c, userChangeSchema);
      return c.json(await updateUser(store, c.req.param('name'), change, actorName(c)));
    });
    app.post('/api/users/:name/tokens', allow('admin'), async (c) => {
      const { name: label } = await parseJsonBody(c, newTokenSchema);
      const { token, record } = await createToken(store, c.req.param('name'), label, actorName(c));
      return c.json({ token, ...record }, 201);
    });
    app.get('/api/tokens', allow('admin'), async (c) => c.json({ items: await store.accounts.listTokens() }));
    app.delete('/api/tokens/:id', allow('admin'), async (c) => {
      await revokeToken(store, c.req.param('id'), actorName(c));
      return c.body(null, 204);
    });
  },
});
