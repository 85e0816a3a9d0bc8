/**
 * Accounts (issue 11): argon2id hashes, session lifetime and idle timeout, the login limiter,
 * token revocation and the first admin, on a real store.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_ACCOUNT_SETTINGS, accountSettingsFromEnv } from '../../src/accounts/account-settings.ts';
import { createToken, revokeToken, tokenPrincipal } from '../../src/accounts/api-tokens.ts';
import { ensureFirstAdmin } from '../../src/accounts/first-admin.ts';
import { LoginLimiter } from '../../src/accounts/login-limiter.ts';
import { hashPassword, verifyPassword } from '../../src/accounts/password-hash.ts';
import { resolveSession, signIn } from '../../src/accounts/sessions.ts';
import { addUser, updateUser } from '../../src/accounts/users.ts';
import { openStore } from '../../src/store/open-store.ts';

const MINUTE = 60_000;

describe('accounts', () => {
  test('should hash passwords with argon2id and verify them', async () => {
    const hash = await hashPassword('correct horse battery');
    assert.match(hash, /^\$argon2id\$v=19\$m=\d+,t=\d+,p=\d+\$[\w+/]+\$[\w+/]+$/);
    assert.equal(await verifyPassword(hash, 'correct horse battery'), true);
    assert.equal(await verifyPassword(hash, 'correct horse batterY'), false);
    assert.equal(await verifyPassword('not a hash', 'x'), false);
    assert.notEqual(await hashPassword('correct horse battery'), hash, 'salted');
  });

  test('should store only hashes: no password, session secret or token in the database', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    await addUser(store, { name: 'ana', role: 'analyst', password: 'ana-password-1' }, 'test');
    const limiter = new LoginLimiter();
    const result = await signIn(
      store,
      { name: 'ana', password: 'ana-password-1', client: 'c' },
      { settings: DEFAULT_ACCOUNT_SETTINGS, limiter },
    );
    assert.ok(result.ok);
    const { token } = await createToken(store, 'ana', 'script', 'test');
    const db = (store as unknown as { db: import('kysely').Kysely<any> }).db;
    const dump = JSON.stringify([
      await db.selectFrom('users').selectAll().execute(),
      await db.selectFrom('sessions').selectAll().execute(),
      await db.selectFrom('api_tokens').selectAll().execute(),
    ]);
    for (const secret of ['ana-password-1', result.secret, token]) assert.ok(!dump.includes(secret), secret);
    await store.close();
  });

  test('should end a session at its idle timeout and at its absolute expiry', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    await addUser(store, { name: 'ana', role: 'analyst', password: 'ana-password-1' }, 'test');
    const settings = { ...DEFAULT_ACCOUNT_SETTINGS, sessionMs: 60 * MINUTE, idleMs: 10 * MINUTE };
    const t0 = Date.parse('2030-01-01T00:00:00Z');
    const start = async () => {
      const r = await signIn(
        store,
        { name: 'ana', password: 'ana-password-1', client: 'c' },
        { settings, limiter: new LoginLimiter(), now: () => t0 },
      );
      assert.ok(r.ok);
      return r.secret;
    };
    const idle = await start();
    assert.equal((await resolveSession(store, idle, settings, t0 + 9 * MINUTE))?.principal.name, 'ana');
    assert.ok(await resolveSession(store, idle, settings, t0 + 18 * MINUTE), 'used 9 minutes ago');
    assert.equal(await resolveSession(store, idle, settings, t0 + 29 * MINUTE), undefined, 'idle 11 minutes');
    assert.equal(await resolveSession(store, idle, settings, t0 + 30 * MINUTE), undefined, 'and gone for good');

    const busy = await start();
    for (let m = 5; m < 60; m += 5) assert.ok(await resolveSession(store, busy, settings, t0 + m * MINUTE), `${m} min`);
    assert.equal(await resolveSession(store, busy, settings, t0 + 60 * MINUTE), undefined, 'absolute expiry');
    await store.close();
  });

  test('should end sessions and refuse tokens of a disabled user', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    await addUser(store, { name: 'admin', role: 'admin', password: 'chief-password-1' }, 'test');
    await addUser(store, { name: 'ana', role: 'reviewer', password: 'ana-password-1' }, 'test');
    const { token } = await createToken(store, 'ana', 'script', 'test');
    const settings = DEFAULT_ACCOUNT_SETTINGS;
    const r = await signIn(
      store,
      { name: 'ana', password: 'ana-password-1', client: 'c' },
      { settings, limiter: new LoginLimiter() },
    );
    assert.ok(r.ok);
    assert.equal((await tokenPrincipal(store, token))?.role, 'reviewer');
    await updateUser(store, 'ana', { disabled: true }, 'admin');
    assert.equal(await resolveSession(store, r.secret, settings), undefined);
    assert.equal(await tokenPrincipal(store, token), undefined);
    const again = await signIn(
      store,
      { name: 'ana', password: 'ana-password-1', client: 'c' },
      { settings, limiter: new LoginLimiter() },
    );
    assert.deepEqual(again, { ok: false, reason: 'invalid' }, 'a disabled account answers like a wrong password');
    await assert.rejects(updateUser(store, 'admin', { role: 'viewer' }, 'admin'), /last enabled admin/);
    await store.close();
  });

  test('should refuse a revoked token at once', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    await addUser(store, { name: 'ana', role: 'analyst', password: 'ana-password-1' }, 'test');
    const { token, record } = await createToken(store, 'ana', 'nightly', 'test');
    assert.match(token, /^concord_[\w-]{43}$/);
    assert.equal((await tokenPrincipal(store, token))?.name, 'ana');
    await revokeToken(store, record.id, 'test');
    assert.equal(await tokenPrincipal(store, token), undefined);
    await assert.rejects(revokeToken(store, record.id, 'test'), /No live token/);
    const [listed] = await store.accounts.listTokens();
    assert.ok(listed.revokedAt && !('tokenHash' in listed));
    await store.close();
  });

  test('should lock an account name after 5 failures, and a client after 20, whether or not the name exists', () => {
    const limiter = new LoginLimiter({ perAccount: 5, perClient: 20, windowMs: 15 * MINUTE });
    const t = 1_000_000;
    for (let i = 0; i < 5; i++) {
      assert.equal(limiter.wait('ana', 'c1', t), 0);
      limiter.failed('ana', 'c1', t);
    }
    assert.equal(limiter.wait('ana', 'c2', t + MINUTE), 14 * MINUTE, 'the name is locked from any client');
    assert.equal(limiter.wait('bob', 'c1', t), 0, 'the client may still try other names');
    assert.equal(limiter.wait('ana', 'c2', t + 15 * MINUTE), 0, 'the lock ends with the window');
    for (let i = 0; i < 20; i++) limiter.failed(`nobody-${i}`, 'c3', t);
    assert.ok(limiter.wait('someone-else', 'c3', t) > 0, 'a client guessing many names is locked');
  });

  test('should make the first admin once, with a one-time password printed once or the given one', async () => {
    const store = await openStore({ sqlitePath: ':memory:' });
    const lines: string[] = [];
    assert.equal(await ensureFirstAdmin(store, {}, (l) => lines.push(l)), true);
    const password = lines[1].trim();
    assert.match(password, /^[a-z2-9]{20}$/);
    const admin = await store.accounts.userByName('admin');
    assert.deepEqual([admin?.role, admin?.mustChangePassword], ['admin', true]);
    assert.equal(await verifyPassword(admin!.passwordHash, password), true);
    assert.equal(await ensureFirstAdmin(store, {}, (l) => lines.push(l)), false, 'users exist: nothing to do');
    assert.equal(lines.length, 2);
    await store.close();

    const other = await openStore({ sqlitePath: ':memory:' });
    const said: string[] = [];
    await ensureFirstAdmin(other, { CONCORD_ADMIN_PASSWORD: 'from-the-environment' }, (l) => said.push(l));
    const fromEnv = await other.accounts.userByName('admin');
    assert.equal(await verifyPassword(fromEnv!.passwordHash, 'from-the-environment'), true);
    assert.equal(fromEnv?.mustChangePassword, false);
    assert.ok(!said.join('\n').includes('from-the-environment'), 'the password is not printed');
    await other.close();
  });

  test('should read the settings from the environment', () => {
    const s = accountSettingsFromEnv({
      CONCORD_PUBLIC_READ: 'on',
      CONCORD_SESSION_HOURS: '2',
      CONCORD_SECURE_COOKIES: '1',
    });
    assert.deepEqual([s.publicRead, s.sessionMs, s.secureCookies, s.idleMs], [true, 2 * 3_600_000, true, 60 * MINUTE]);
  });
});
