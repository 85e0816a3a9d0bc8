/**
 * Every connection of the PostgreSQL store has the settings search relies on: a table scan
 * from the first page and no parallel workers, so that the first matches in storage order are
 * the same rows whichever plan reads them (see postgres-full-text.ts), beside its schema.
 */
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { sql } from 'kysely';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { TEST_PG_URL, pgUnreachable } from './store-dialects.ts';

const unreachable = await pgUnreachable();

test('should open every connection with the search session settings', { skip: unreachable }, async () => {
  const schema = `concord_test_${randomBytes(6).toString('hex')}`;
  const store = createPostgresStore({ url: TEST_PG_URL, schema, max: 2 });
  try {
    // Two connections at once, so both of the pool's are checked.
    const settings = await Promise.all(
      [0, 1].map(async () => {
        const { rows } = await sql<Record<string, string>>`select current_setting('synchronize_seqscans') as sync,
          current_setting('max_parallel_workers_per_gather') as workers, current_setting('search_path') as path,
          pg_backend_pid() as pid, pg_sleep(0.05)::text`.execute(store.db);
        return rows[0];
      }),
    );
    assert.equal(new Set(settings.map((s) => s.pid)).size, 2);
    for (const s of settings) assert.deepEqual([s.sync, s.workers, s.path], ['off', '0', schema]);
  } finally {
    await store.close();
  }
});
