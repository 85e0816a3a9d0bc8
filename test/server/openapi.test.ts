import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { toHonoPath } from '../../src/server/openapi/build-openapi.ts';
import { declaredRoutes } from '../../src/server/route-permissions.ts';
import { testApp } from './test-app.ts';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

describe('OpenAPI document', () => {
  test('should describe exactly the /api routes the app registers', async () => {
    const { app, store } = await testApp();
    const doc = await (await app.request('/api/openapi.json')).json();
    assert.equal(doc.openapi, '3.1.0');
    const described = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .flatMap(([path, item]) =>
        Object.keys(item)
          .filter((m) => METHODS.includes(m))
          .map((m) => `${m.toUpperCase()} ${toHonoPath(path)}`),
      )
      .sort();
    const registered = [
      ...new Set(
        app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`),
      ),
    ].sort();
    assert.deepEqual(described, registered);
    await store.close();
  });

  test('should give every operation an id, responses and resolvable component refs', async () => {
    const { app, store } = await testApp();
    const doc = await (await app.request('/api/openapi.json')).json();
    const ids = new Set<string>();
    for (const item of Object.values(
      doc.paths as Record<string, Record<string, { operationId: string; responses: object }>>,
    )) {
      for (const op of Object.values(item)) {
        assert.ok(op.operationId && !ids.has(op.operationId), `duplicate or missing operationId ${op.operationId}`);
        ids.add(op.operationId);
        assert.ok(Object.keys(op.responses).length > 0);
      }
    }
    for (const [, name] of JSON.stringify(doc).matchAll(/"#\/components\/schemas\/(\w+)"/g))
      assert.ok(doc.components.schemas[name], `missing schema ${name}`);
    const limit = doc.paths['/api/documents'].get.parameters.find((p: { name: string }) => p.name === 'limit');
    assert.deepEqual([limit.in, limit.required, limit.schema.maximum], ['query', false, 200]);
    await store.close();
  });

  test('should give every operation the security its route declares with allow()', async () => {
    const { app, store } = await testApp();
    const doc = await (await app.request('/api/openapi.json')).json();
    assert.deepEqual(Object.keys(doc.components.securitySchemes).sort(), ['bearerToken', 'sessionCookie']);
    assert.deepEqual(doc.components.securitySchemes.bearerToken, {
      ...doc.components.securitySchemes.bearerToken,
      type: 'http',
      scheme: 'bearer',
    });
    assert.equal(doc.components.securitySchemes.sessionCookie.in, 'cookie');
    const declared = new Map(declaredRoutes(app).map((r) => [`${r.method} ${r.path}`, r.permission]));
    const wrong: string[] = [];
    const roles = new Set<string>();
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, { security?: unknown }>>))
      for (const [method, op] of Object.entries(item)) {
        const permission = declared.get(`${method.toUpperCase()} ${toHonoPath(path)}`);
        const expected =
          permission === 'public' ? [] : [{ sessionCookie: [permission] }, { bearerToken: [permission] }];
        if (!permission || JSON.stringify(op.security) !== JSON.stringify(expected))
          wrong.push(`${method} ${path}: ${JSON.stringify(op.security)} but allow('${permission}')`);
        roles.add(String(permission));
      }
    assert.deepEqual(wrong, []);
    assert.ok(roles.size >= 4, `roles seen: ${[...roles]}`);
    assert.deepEqual(doc.paths['/api/openapi.json'].get.security, []);
    assert.deepEqual(doc.paths['/api/queue/decisions'].post.security[1], { bearerToken: ['reviewer'] });
    await store.close();
  });
});
