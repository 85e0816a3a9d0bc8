/**
 * @module sqlite-store
 * Opens the store on a SQLite file (or `:memory:`) through better-sqlite3: WAL journal,
 * foreign keys on (they drive the cascading delete), a busy timeout for a second process.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from '../database-schema.ts';
import { KyselyStore } from '../kysely-store.ts';
import { sqliteDialectConfig } from './sqlite-dialect-config.ts';

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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
  return new KyselyStore(db, sqliteDialectConfig);
}
