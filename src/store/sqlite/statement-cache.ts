/**
 * @module statement-cache
 * A better-sqlite3 database whose `prepare` reuses compiled statements. Kysely's SQLite driver
 * prepares every query anew; ingest runs the same few statements thousands of times, and
 * compiling them (a multi-row INSERT especially) cost a noticeable share of each write.
 */
import type Sqlite from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Statements kept; the least recently used one is dropped beyond this. */
const DEFAULT_CAPACITY = 200;

/**
 * Wraps `database` so the same SQL text gets the same prepared statement back.
 * @example new SqliteDialect({ database: cachingStatements(new Sqlite(path)) })
 */
export function cachingStatements(database: Sqlite.Database, capacity = DEFAULT_CAPACITY): SqliteDatabase {
  // A Map iterates in insertion order: re-inserting on use makes its first key the least recently used.
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare(sqlText: string): SqliteStatement {
      let statement = cache.get(sqlText);
      if (statement) cache.delete(sqlText);
      else statement = database.prepare(sqlText) as unknown as SqliteStatement;
      cache.set(sqlText, statement);
      if (cache.size > capacity) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
