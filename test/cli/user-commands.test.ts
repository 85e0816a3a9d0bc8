/**
 * `concord user add|list|disable|enable|role|reset-password|token` on a temporary SQLite
 * file, and that a token the CLI makes signs API requests in as that user until revoked.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { tokenPrincipal } from '../../src/accounts/api-tokens.ts';
import { verifyPassword } from '../../src/accounts/password-hash.ts';
import { memoryIo } from '../../src/cli/cli-io.ts';
import { main } from '../../src/cli/main.ts';
import { openStore } from '../../src/store/open-store.ts';

test('should add, list, disable, re-role users and make and revoke their tokens from the CLI', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-users-'));
  const db = join(dir, 'users.db');
  const run = async (...args: string[]) => {
    const io = memoryIo();
    const code = await main(['node', 'concord', '--db', db, ...args], io);
    return { code, out: io.stdout(), err: io.stderr() };
  };
  try {
    const added = await run('user', 'add', 'Ana', '--role', 'analyst');
    assert.equal(added.code, 0, added.err);
    const password = /one-time password \(shown once\): (\S+)/.exec(added.out)?.[1];
    assert.ok(password, added.out);
    assert.equal((await run('user', 'add', 'ana')).code, 1, 'the name is taken');
    assert.match((await run('user', 'add', 'bob', '--role', 'boss')).err, /Unknown role "boss"/);

    const token = (await run('user', 'token', 'create', 'ana', '--name', 'nightly')).out.trim().split('\n').at(-1)!;
    assert.match(token, /^concord_/);
    assert.equal((await run('user', 'role', 'ana', 'reviewer')).code, 0);
    const listed = await run('user', 'list');
    assert.match(listed.out, /ana\s+reviewer\s+active/);
    const tokens = await run('user', 'token', 'list');
    assert.match(tokens.out, /ana\s+nightly\s+live/);
    assert.ok(!tokens.out.includes(token), 'never the secret');

    let store = await openStore({ sqlitePath: db });
    assert.equal((await tokenPrincipal(store, token))?.role, 'reviewer');
    const user = await store.accounts.userByName('ana');
    assert.ok(user?.mustChangePassword && (await verifyPassword(user.passwordHash, password)));
    await store.close();

    const id = /^([0-9a-f-]{36})\s/m.exec(tokens.out)?.[1] ?? '';
    assert.equal((await run('user', 'token', 'revoke', id)).code, 0);
    assert.equal((await run('user', 'disable', 'ana')).code, 0);
    assert.match((await run('user', 'list')).out, /ana\s+reviewer\s+disabled/);
    store = await openStore({ sqlitePath: db });
    assert.equal(await tokenPrincipal(store, token), undefined);
    const actions = (await store.custody.auditEntries()).map((e) => e.action);
    assert.deepEqual(actions, ['user-add', 'token-create', 'user-update', 'token-revoke', 'user-update']);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
