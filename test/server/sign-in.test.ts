/**
 * Signing in through the web app (issue 11): the form and its cookie, CSRF on every
 * state-changing request of a session, the author of a decision taken from the session, the
 * lock-out, the one-time password's first sign-in, and public read mode.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Hono } from 'hono';
import { addUser } from '../../src/accounts/users.ts';
import type { AppEnv } from '../../src/services/app-env.ts';
import type { Store } from '../../src/store/store.ts';
import { postText, testApp } from './test-app.ts';
import { putViewsFixture } from './views-fixture.ts';

/** The cookies a response sets, as one Cookie header (name=value pairs). */
function cookiesOf(res: Response, jar = new Map<string, string>()): Map<string, string> {
  for (const line of res.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, value] = pair.split('=');
    if (value) jar.set(name, value);
    else jar.delete(name);
  }
  return jar;
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** Signs in through the form; returns the cookie jar, the last response and the session's CSRF token. */
async function signIn(app: Hono<AppEnv>, name: string, password: string) {
  const form = await app.request('/login?next=%2Fentities');
  const jar = cookiesOf(form);
  const loginToken = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  const body = new URLSearchParams({ name, password, _csrf: loginToken, next: '/entities' });
  const res = await app.request('/login', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body,
  });
  cookiesOf(res, jar);
  const account = await app.request('/account', { headers: { cookie: cookieHeader(jar) } });
  const csrf = /<meta name="csrf-token" content="([^"]+)"/.exec(await account.text())?.[1];
  return { jar, res, csrf };
}

async function withUser(store: Store, name: string, role: 'reviewer' | 'viewer' = 'reviewer') {
  await addUser(store, { name, role, password: `${name}-password-1` }, 'test');
}

describe('signing in', () => {
  test('should sign in with a session cookie (HttpOnly, SameSite) and show who is signed in', async () => {
    const { raw: app, store } = await testApp();
    await withUser(store, 'ana');
    const { jar, res } = await signIn(app, 'ana', 'ana-password-1');
    assert.equal(res.status, 303);
    assert.equal(res.headers.get('location'), '/entities');
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('concord_session='));
    assert.match(setCookie ?? '', /HttpOnly/i);
    assert.match(setCookie ?? '', /SameSite=Lax/i);
    assert.match(setCookie ?? '', /Max-Age=\d+/);
    const page = await (await app.request('/entities', { headers: { cookie: cookieHeader(jar) } })).text();
    assert.match(page, /data-signed-in="ana"/);
    const logout = await app.request('/logout', { method: 'POST', headers: { cookie: cookieHeader(jar) } });
    assert.equal(logout.status, 403, 'sign-out is a state change: it needs the token too');
    await store.close();
  });

  test('should mark the cookie Secure with the __Host- prefix over https', async () => {
    const { raw: app, store } = await testApp();
    await withUser(store, 'ana');
    const form = await app.request('https://localhost/login');
    const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
    const res = await app.request('https://localhost/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(cookiesOf(form)) },
      body: new URLSearchParams({ name: 'ana', password: 'ana-password-1', _csrf: token }),
    });
    assert.match(res.headers.getSetCookie().join('\n'), /__Host-concord_session=[^;]+;.*Secure/i);
    await store.close();
  });

  test('should refuse a state change of a session without its CSRF token, in a form or a fetch', async () => {
    const { raw: app, store } = await testApp();
    await withUser(store, 'ana');
    const { jar, csrf } = await signIn(app, 'ana', 'ana-password-1');
    assert.ok(csrf);
    const cookie = cookieHeader(jar);
    const decide = (headers: Record<string, string>) =>
      app.request('/api/decisions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie, ...headers },
        body: JSON.stringify({ target: 'entity:nobody', action: 'rename', payload: { name: 'X' } }),
      });
    const without = await decide({});
    assert.equal(without.status, 403);
    assert.equal((await without.json()).code, 'csrf-token-invalid');
    assert.equal((await decide({ 'x-csrf-token': 'forged' })).status, 403);
    assert.equal((await decide({ 'x-csrf-token': csrf! })).status, 404, 'let through: the entity does not exist');
    const form = (fields: Record<string, string>) =>
      app.request('/entities/nobody/review', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
        body: new URLSearchParams(fields),
      });
    assert.equal((await form({ action: 'rename', name: 'X' })).status, 403);
    assert.equal((await form({ action: 'rename', name: 'X', _csrf: csrf! })).status, 404);
    // Every POST form of a page carries the token.
    const page = await (await app.request('/account', { headers: { cookie } })).text();
    const forms = page.match(/<form[^>]*method="post"[^>]*>/g) ?? [];
    assert.ok(forms.length >= 2);
    assert.equal(page.split(`name="_csrf" value="${csrf}"`).length - 1, forms.length);
    await store.close();
  });

  test("should record the signed-in user as a decision's author, whatever the body says", async () => {
    const { app: admin, raw: app, store } = await testApp();
    await putViewsFixture(store);
    await withUser(store, 'ana');
    const { jar, csrf } = await signIn(app, 'ana', 'ana-password-1');
    const entities = (await (await admin.request('/api/entities')).json()).items as { id: string }[];
    assert.ok(entities.length > 0);
    const res = await app.request('/api/decisions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieHeader(jar), 'x-csrf-token': csrf! },
      body: JSON.stringify({
        target: `entity:${entities[0].id}`,
        action: 'rename',
        payload: { name: 'Renamed' },
        by: 'mallory',
      }),
    });
    assert.equal(res.status, 201);
    assert.equal((await res.json()).by, 'ana');
    const audit = (await (await admin.request('/api/audit')).json()).entries as { actor: string; target: string }[];
    const entry = audit.find((e) => e.target === `entity:${entities[0].id}`);
    assert.equal(entry?.actor, 'ana');
    await store.close();
  });

  test('should answer a wrong password and an unknown name alike, then lock out with a clear message', async () => {
    const { raw: app, store } = await testApp();
    await withUser(store, 'ana');
    const wrong = await signIn(app, 'ana', 'not-the-password');
    const unknown = await signIn(app, 'nobody', 'not-the-password');
    assert.deepEqual([wrong.res.status, unknown.res.status], [401, 401]);
    const message = (html: string) => /role="alert">([^<]+)</.exec(html)?.[1];
    assert.equal(message(await wrong.res.text()), message(await unknown.res.text()));
    for (let i = 0; i < 4; i++) await signIn(app, 'ana', 'not-the-password');
    const locked = await signIn(app, 'ana', 'ana-password-1');
    assert.equal(locked.res.status, 429);
    assert.match(
      await locked.res.text(),
      /Too many failed sign-ins for this name or from this address\. Try again in 15 minutes/,
    );
    assert.ok(Number(locked.res.headers.get('retry-after')) > 800);
    await store.close();
  });

  test('should send a user with a one-time password to the account page until they choose one', async () => {
    const { app: admin, raw: app, store } = await testApp();
    const made = await (
      await admin.request('/api/users', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Bea', role: 'viewer', by: 'x' }),
      })
    ).json();
    assert.equal(made.user.name, 'bea');
    const { jar, res, csrf } = await signIn(app, 'bea', made.oneTimePassword);
    assert.equal(res.headers.get('location'), '/account');
    const cookie = cookieHeader(jar);
    assert.equal((await app.request('/', { headers: { cookie } })).headers.get('location'), '/account');
    assert.equal((await app.request('/api/documents', { headers: { cookie } })).status, 403);
    const change = await app.request('/account/password', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
      body: new URLSearchParams({
        current: made.oneTimePassword,
        next: 'bea-chosen-pw',
        repeat: 'bea-chosen-pw',
        _csrf: csrf!,
      }),
    });
    assert.equal(change.status, 200);
    assert.equal(
      (await app.request('/api/documents', { headers: { cookie } })).status,
      200,
      'the same session goes on',
    );
    await store.close();
  });
});

describe('anonymous visitors', () => {
  test('should get the sign-in page (HTML) or a 401 problem (API) when public read is off', async () => {
    const { app, store } = await testApp(undefined, { as: 'anonymous' });
    const page = await app.request('/commitments?x=1', { headers: { accept: 'text/html' } });
    assert.equal(page.status, 303);
    assert.equal(page.headers.get('location'), '/login?next=%2Fcommitments%3Fx%3D1');
    const api = await app.request('/api/documents');
    assert.equal(api.status, 401);
    assert.equal((await api.json()).code, 'unauthenticated');
    assert.equal((await app.request('/login')).status, 200);
    assert.equal((await app.request('/api/openapi.json')).status, 200);
    assert.equal(
      (await app.request('/api/documents', { headers: { authorization: 'Bearer concord_nope' } })).status,
      401,
    );
    await store.close();
  });

  test('should read as viewers in public read mode, and change nothing', async () => {
    const { app, store } = await testApp(undefined, { as: 'anonymous', publicRead: true });
    assert.equal((await app.request('/api/documents')).status, 200);
    assert.match(await (await app.request('/')).text(), /Public reading/);
    const post = await postText(app, { text: '1. The Parties met.' });
    assert.equal(post.status, 403);
    assert.equal((await post.json()).code, 'forbidden');
    assert.equal((await app.request('/api/audit')).status, 403);
    assert.equal((await app.request('/import')).status, 403);
    await store.close();
  });
});
