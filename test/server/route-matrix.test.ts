/**
 * The route × role matrix (issue 11): every route of the app declares who may call it
 * (`allow(...)`, found through its PERMISSION mark), and each route answers every role, an
 * anonymous visitor and the public reader as declared: refused (401, a 403 naming the role,
 * or a browser sent to sign in) below the declared role, served otherwise.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { Hono } from 'hono';
import { createApp } from '../../src/app/create-app.ts';
import { ROLES, type Role, roleAtLeast } from '../../src/model/principal.ts';
import type { AppEnv } from '../../src/services/app-env.ts';
import { type Permission, allow } from '../../src/server/permissions.ts';
import { declaredRoutes } from '../../src/server/route-permissions.ts';
import { openStore } from '../../src/store/open-store.ts';
import type { Store } from '../../src/store/store.ts';
import { fixtureIngest } from './fixture-ingest.ts';
import { nullAnalyser } from './test-app.ts';
import { bearer, tokenFor } from './test-credentials.ts';

/** What a caller is: a role (with a real API token), anonymous, or anonymous under public read mode. */
type Caller = Role | 'anonymous' | 'public';
const CALLERS: readonly Caller[] = ['anonymous', 'public', ...ROLES];

function mayCall(caller: Caller, permission: Permission): boolean {
  if (permission === 'public') return true;
  if (caller === 'anonymous') return false;
  return roleAtLeast(caller === 'public' ? 'viewer' : caller, permission);
}

/** A refusal by `allow`, as opposed to any other answer (404, 400, …) of a route that let the caller in. */
async function refused(res: Response): Promise<boolean> {
  if (res.status === 401) return true;
  if (res.status === 303) return (res.headers.get('location') ?? '').startsWith('/login?next=');
  if (res.status !== 403) return false;
  const body = await res.text();
  return body.includes('"code":"forbidden"') || /This needs the \w+ role/.test(body);
}

describe('route × role matrix', () => {
  let store: Store;
  let app: Hono<AppEnv>;
  let publicApp: Hono<AppEnv>;
  const tokens = new Map<Role, string>();

  before(async () => {
    store = await openStore({ sqlitePath: ':memory:' });
    const options = { store, analyser: nullAnalyser, ingest: fixtureIngest, rateLimits: false as const, log: () => {} };
    app = createApp({ ...options, accounts: { publicRead: false } });
    publicApp = createApp({ ...options, accounts: { publicRead: true } });
    for (const role of ROLES) tokens.set(role, await tokenFor(store, role));
  });
  after(() => store.close());

  test('should fail for a route without a permission declaration', () => {
    const bare = new Hono<AppEnv>();
    bare.get('/declared', allow('viewer'), (c) => c.text('ok'));
    bare.get('/forgotten', (c) => c.text('ok'));
    const missing = declaredRoutes(bare).filter((r) => !r.permission);
    assert.deepEqual(
      missing.map((r) => r.path),
      ['/forgotten'],
    );
  });

  test('should find a permission declared on every route of the app', () => {
    const routes = declaredRoutes(app);
    assert.ok(routes.length >= 60, `only ${routes.length} routes found`);
    const missing = routes.filter((r) => !r.permission).map((r) => `${r.method} ${r.path}`);
    assert.deepEqual(missing, [], 'routes without allow(...)');
  });

  test('should answer each route as declared for every role, anonymous and the public reader', async () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const route of declaredRoutes(app)) {
      const url = route.path.replace(/:(\w+)(\{[^}]*\})?/g, 'x');
      for (const caller of CALLERS) {
        const role = caller === 'anonymous' || caller === 'public' ? undefined : caller;
        const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/html' };
        if (role) Object.assign(headers, bearer(tokens.get(role)!));
        const body = route.method === 'GET' || route.method === 'HEAD' ? undefined : '{}';
        const target = caller === 'public' ? publicApp : app;
        const res = await target.request(url, { method: route.method, headers, body });
        const expected = mayCall(caller, route.permission!);
        if ((await refused(res)) === expected)
          wrong.push(
            `${route.method} ${route.path} as ${caller}: ${res.status}, expected ${expected ? 'served' : 'refused'}`,
          );
        checked++;
      }
    }
    assert.deepEqual(wrong, []);
    assert.ok(checked >= 60 * CALLERS.length);
  });
});
