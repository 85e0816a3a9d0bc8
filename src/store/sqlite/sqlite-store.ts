/**
 * @module sqlite-store
 * Opens the store on a SQLite file (or `:memory:`) through better-sqlite3: WAL journal,
 * foreign keys on (they drive the cascading delete), a busy timeout for a second process,
 * settings for bulk ingest (see `BULK_PRAGMAS`) and prepared statements reused.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database-schema.ts';
import { KyselyStore } from '../kysely-store.ts';
import { sqliteDialectConfig } from './sqlite-dialect-config.ts';
import { createSqliteBatchWriter } from './sqlite-batch-writer.ts';
import { cachingStatements } from './statement-cache.ts';

/**
 * Settings that make one-transaction-per-document ingest fast without weakening it: every
 * commit stays atomic, and WAL with synchronous=NORMAL stays consistent after a crash.
 * - cache_size 64 MiB (default 2 MiB): index pages of a growing store stay in memory.
 * - wal_autocheckpoint 10,000 pages (default 1,000): a checkpoint copies the log into the
 *   database and syncs it; pages rewritten by many commits (FTS5 segments, index roots) are
 *   copied once per checkpoint, and there are ten times fewer syncs. Measured: store writes
 *   about twice as fast on a store of 1,000 documents, a quarter faster at 20,000.
 * - temp_store memory: sorts of large search results need no temporary file.
 */
const BULK_PRAGMAS = ['cache_size = -65536', 'wal_autocheckpoint = 10000', 'temp_store = MEMORY'];

/**
 * A store on the SQLite file at `path` (its folder is created). Call `migrate()` before use.
 * @example const store = createSqliteStore(':memory:'); await store.migrate();
 */
export function createSqliteStore(path: string): KyselyStore {
  if (path !== ':memory:' && !path.startsWith('file:')) mkdirSync(dirname(path), { recursive: true });
  const database = new Sqlite(path);
  database.pragma('journal_mode = WAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  database.pragma('synchronous = NORMAL');
  for (const pragma of BULK_PRAGMAS) database.pragma(pragma);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: cachingStatements(database) }) });
  // Holding the store's one connection keeps any other query (and its transaction) out meanwhile.
  const writer = createSqliteBatchWriter(database, (fn) => db.connection().execute(fn));
  const store = new KyselyStore(db, sqliteDialectConfig, writer);
  // Commits by other connections move data_version, this connection's own move total_changes().
  const ownChanges = database.prepare('select total_changes()').pluck();
  store.changeCounter = () => `${database.pragma('data_version', { simple: true })}:${ownChanges.get()}`;
  return store;
}
