/**
 * @module test-credentials
 * Real credentials for tests: a user of a role with an API token made through the accounts
 * code, and an app wrapper that sends `Authorization: Bearer …` on every request (unless the
 * request sets its own), so tests act as a signed-in user rather than through a back door.
 */
import type { Hono } from 'hono';
import { createToken } from '../../src/accounts/api-tokens.ts';
import { addUser } from '../../src/accounts/users.ts';
import type { Role } from '../../src/model/principal.ts';
import type { AppEnv } from '../../src/services/app-env.ts';
import type { Store } from '../../src/store/store.ts';

/** The password every test user gets. */
export const TEST_PASSWORD = 'test-password-123';

/** Adds `test-<role>` (once per store) and returns a new API token acting as it. */
export async function tokenFor(store: Store, role: Role = 'admin'): Promise<string> {
  const name = `test-${role}`;
  if (!(await store.accounts.userByName(name))) await addUser(store, { name, role, password: TEST_PASSWORD }, 'test');
  return (await createToken(store, name, 'test', 'test')).token;
}

/** The bearer header of a token. */
export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/** `app`, whose `request` and `fetch` send the token unless a request carries its own Authorization. */
export function withToken(app: Hono<AppEnv>, token: string): Hono<AppEnv> {
  const sign = (headers: HeadersInit | undefined): Headers => {
    const h = new Headers(headers);
    if (!h.has('authorization')) h.set('authorization', `Bearer ${token}`);
    return h;
  };
  return new Proxy(app, {
    get(target, prop, receiver) {
      if (prop === 'request')
        return (input: string | Request | URL, init?: RequestInit, ...rest: unknown[]) => {
          if (input instanceof Request)
            return target.request(new Request(input, { headers: sign(input.headers) }), init, ...(rest as []));
          return target.request(input, { ...init, headers: sign(init?.headers) }, ...(rest as []));
        };
      if (prop === 'fetch')
        return (request: Request, ...rest: unknown[]) =>
          target.fetch(new Request(request, { headers: sign(request.headers) }), ...(rest as []));
      return Reflect.get(target, prop, receiver);
    },
  });
}
