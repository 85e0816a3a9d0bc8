/**
 * @module 140-fast-compression
 * Migration 140 (issue 12): the dialect's faster compression of large values, for the write
 * path (PostgreSQL: lz4 instead of pglz; nothing on SQLite, which does not compress).
 */
import { sql, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Runs the dialect's statements. */
export function fastCompression(config: DialectConfig): Migration {
  return {
    up: async (db) => {
      for (const statement of config.fastCompression ?? []) await sql.raw(statement).execute(db);
    },
  };
}
