/**
 * The accounts tables (migration 060) on SQLite and PostgreSQL: users, sessions with their
 * user, tokens found by hash until revoked, and a user's sessions ended together.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { testDialects } from './store-dialects.ts';

const AT = '2030-01-01T00:00:00.000Z';

for (const dialect of await testDialects()) {
  describe(`accounts store (${dialect.name})`, { skip: dialect.skip }, () => {
    test('should keep users, sessions and tokens, and find them by their hashes', async () => {
      const store = await dialect.open();
      try {
        const a = store.accounts;
        assert.equal(await a.countUsers(), 0);
        const user = { id: 'u1', name: 'ana', role: 'analyst' as const, passwordHash: '$argon2id$x' };
        await a.addUser({ ...user, mustChangePassword: true, disabled: false, createdAt: AT });
        await assert.rejects(
          a.addUser({ ...user, id: 'u2', mustChangePassword: false, disabled: false, createdAt: AT }),
        );
        assert.equal(await a.updateUser('u1', { role: 'reviewer', mustChangePassword: false }, AT), true);
        assert.deepEqual(
          [(await a.userByName('ana'))?.role, (await a.userById('u1'))?.mustChangePassword],
          ['reviewer', false],
        );

        for (const h of ['s1', 's2'])
          await a.addSession({ idHash: h, userId: 'u1', csrfToken: `c-${h}`, createdAt: AT, expiresAt: AT });
        const session = await a.session('s1');
        assert.deepEqual([session?.csrfToken, session?.user.name], ['c-s1', 'ana']);
        await a.deleteSessionsOf('u1', 's2');
        assert.equal(await a.session('s1'), undefined);
        assert.ok(await a.session('s2'), 'the kept session');
        await a.deleteExpiredSessions('2030-01-02T00:00:00.000Z');
        assert.equal(await a.session('s2'), undefined);

        await a.addToken({ id: 't1', userId: 'u1', name: 'nightly', tokenHash: 'h1', createdAt: AT });
        assert.equal((await a.tokenByHash('h1'))?.user.name, 'ana');
        await a.touchToken('t1', AT);
        assert.equal(await a.revokeToken('t1', AT, 'someone-else'), false, "only the owner's");
        assert.equal(await a.revokeToken('t1', AT), true);
        assert.equal(await a.tokenByHash('h1'), undefined);
        const [listed] = await a.listTokens('u1');
        assert.deepEqual([listed.userName, listed.lastUsedAt, listed.revokedAt], ['ana', AT, AT]);
      } finally {
        await dialect.dispose(store);
      }
    });

    test('should store an account change with its audit entry, or neither', async () => {
      const store = await dialect.open();
      try {
        const user = { id: 'u1', name: 'ana', role: 'analyst' as const, passwordHash: '$argon2id$x' };
        const row = { ...user, mustChangePassword: false, disabled: false, createdAt: AT };
        await store.accounts.audited(
          (a) => a.addUser(row),
          () => ({ actor: 'admin', action: 'user-add', target: 'user:ana', at: AT }),
        );
        const entries = await store.custody.auditEntries();
        assert.deepEqual(
          entries.map((e) => [e.action, e.target]),
          [['user-add', 'user:ana']],
        );
        // The entry fails (an actor the log refuses): the change made before it in the transaction is undone.
        await assert.rejects(
          store.accounts.audited(
            (a) => a.updateUser('u1', { role: 'admin' }, AT),
            () => ({ actor: null as unknown as string, action: 'user-update', target: 'user:ana', at: AT }),
          ),
        );
        assert.equal((await store.accounts.userById('u1'))?.role, 'analyst');
        assert.equal((await store.custody.auditEntries()).length, 1);
        // No entry when nothing changed.
        const revoked = await store.accounts.audited(
          (a) => a.revokeToken('no-such-token', AT),
          (done) => (done ? { actor: 'admin', action: 'token-revoke', target: 'token:x' } : undefined),
        );
        assert.equal(revoked, false);
        assert.equal((await store.custody.auditEntries()).length, 1);
      } finally {
        await dialect.dispose(store);
      }
    });
  });
}
