/**
 * @module migrate.test
 * `concord migrate` on SQLite, in process: `--status` lists every migration pending on a new
 * file and changes nothing; `migrate` applies them and names each; a second run applies
 * nothing. Servers and workers started with CONCORD_MIGRATE=off refuse a database with
 * migrations pending, and start on a migrated one without migrating.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { memoryIo } from '../../src/cli/cli-io.ts';
import { main } from '../../src/cli/main.ts';
import { migrateOnStart, openServingStore } from '../../src/cli/serving-store.ts';
import { silentLogger } from '../../src/log/logger.ts';

let dir: string;
let db: string;
const run = async (...args: string[]) => {
  const io = memoryIo();
  const code = await main(['node', 'concord', '--db', db, ...args], io);
  process.exitCode = 0;
  return { code, out: io.stdout(), err: io.stderr() };
};

describe('concord migrate', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'concord-migrate-'));
    db = join(dir, 'concord.db');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('should list every migration pending on a new database, and change nothing', async () => {
    const status = await run('migrate', '--status');
    assert.equal(status.code, 0, status.err);
    assert.match(status.out, /^migration\s+state\s+applied at$/m);
    assert.match(status.out, /^001-core-tables\s+pending\s*$/m);
    assert.match(status.out, /^0 applied, (\d+) pending\.$/m);
    const again = await run('migrate', '--status', '--json');
    const { migrations } = JSON.parse(again.out) as { migrations: { name: string; appliedAt?: string }[] };
    assert.ok(migrations.length >= 8);
    assert.ok(migrations.every((m) => !m.appliedAt));
  });

  test('should refuse to serve with CONCORD_MIGRATE=off while migrations are pending', async () => {
    assert.equal(migrateOnStart({ CONCORD_MIGRATE: 'off' }), false);
    assert.equal(migrateOnStart({}), true);
    await assert.rejects(
      openServingStore({ db }, silentLogger, { CONCORD_MIGRATE: 'off' }),
      /migrations? pending \(001-core-tables, .*run `concord migrate` first/,
    );
  });

  test('should apply the pending migrations, naming each, then find nothing to apply', async () => {
    const first = await run('migrate');
    assert.equal(first.code, 0, first.err);
    const applied = first.out.split('\n').filter((l) => l.startsWith('applied  '));
    assert.equal(applied[0], 'applied  001-core-tables');
    assert.match(
      first.out,
      new RegExp(`^${applied.length} migrations applied; ${applied.length} applied, 0 pending\\.$`, 'm'),
    );
    const second = await run('migrate');
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /^Nothing to apply; \d+ applied, 0 pending\.$/m);
    const status = await run('migrate', '--status');
    assert.match(status.out, /^001-core-tables\s+applied\s+\d{4}-\d\d-\d\dT/m);
  });

  test('should start with CONCORD_MIGRATE=off on a migrated database', async () => {
    const serving = await openServingStore({ db }, silentLogger, { CONCORD_MIGRATE: 'off' });
    try {
      assert.equal(serving.target.kind, 'sqlite');
      await serving.jobs.check();
    } finally {
      await serving.close();
    }
  });

  test('should say so in one line when the database cannot be opened', async () => {
    const r = await run('--db', join(dir, 'missing-folder', 'x', '\0bad.db'), 'migrate');
    assert.notEqual(r.code, 0);
    assert.match(r.err, /^concord: /);
  });
});
