/**
 * @module open-store.test
 * Where the store lives (options, then environment, then the default file), and opening it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { openStore, resolveStoreTarget } from '../../src/store/open-store.ts';
import { storeMigrations } from '../../src/store/migrations/migration-provider.ts';
import { sqliteDialectConfig } from '../../src/store/sqlite/sqlite-dialect-config.ts';
import { record } from './store-fixtures.ts';

test('should prefer explicit options, then DATABASE_URL, then CONCORD_DB, then the default file', () => {
  const env = { DATABASE_URL: 'postgres://h/db', CONCORD_DB: '/tmp/x.db' };
  assert.deepEqual(resolveStoreTarget({ sqlitePath: ':memory:' }, env), { kind: 'sqlite', path: ':memory:' });
  assert.deepEqual(resolveStoreTarget({ databaseUrl: 'postgresql://o/db', schema: 's1' }, env), {
    kind: 'postgres',
    url: 'postgresql://o/db',
    schema: 's1',
  });
  assert.deepEqual(resolveStoreTarget({}, env), { kind: 'postgres', url: 'postgres://h/db' });
  assert.deepEqual(resolveStoreTarget({}, { CONCORD_DB: '/tmp/x.db' }), { kind: 'sqlite', path: '/tmp/x.db' });
  assert.deepEqual(resolveStoreTarget({}, {}), { kind: 'sqlite', path: './data/concord.db' });
  assert.deepEqual(resolveStoreTarget({ databaseUrl: 'sqlite:./a.db' }, {}), { kind: 'sqlite', path: './a.db' });
});

test('should refuse an unknown database URL without echoing its password', () => {
  assert.throws(
    () => resolveStoreTarget({ databaseUrl: 'mysql://u:secret@h/db' }, {}),
    (e: Error) => /Unsupported database URL/.test(e.message) && !e.message.includes('secret'),
  );
});

test('should open a migrated SQLite file in a new folder, in WAL mode, and reopen it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-store-'));
  const path = join(dir, 'nested', 'concord.db');
  try {
    const store = await openStore({ sqlitePath: path });
    await store.putDocument(record('d_file', [{ kind: 'paragraph', text: 'Persisted.' }]));
    await store.close();
    assert.ok(existsSync(path));
    const again = await openStore({ sqlitePath: path });
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute((again as KyselyStore).db);
    assert.equal(mode.rows[0].journal_mode, 'wal');
    const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute((again as KyselyStore).db);
    assert.equal(keys.rows[0].foreign_keys, 1);
    assert.equal((await again.getDocument('d_file'))?.document.text, 'Persisted.');
    assert.equal((await again.search({ query: 'persisted' })).total, 1);
    await again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should open a database that ran later-numbered migrations before an earlier-numbered one landed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'concord-unordered-'));
  const path = join(dir, 'store.db');
  try {
    // A database migrated by a build that had 070–090 but not yet 060 (branches land in any order).
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    const all = storeMigrations(sqliteDialectConfig);
    const { ['060-accounts']: accounts, ...without } = all;
    assert.ok(accounts, 'the accounts migration exists');
    const early = new Migrator({ db, provider: { getMigrations: async () => without } });
    assert.equal((await early.migrateToLatest()).error, undefined);
    await db.destroy();
    const store = (await openStore({ sqlitePath: path })) as KyselyStore;
    const applied = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
    assert.deepEqual(
      applied.rows.map((r) => r.name),
      Object.keys(all).sort(),
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
