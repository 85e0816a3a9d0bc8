/**
 * @module 020-passages-indexed-by-writer
 * Migration 020: whoever inserts passages also indexes them (the batch writers), so the
 * dialect drops what indexed them row by row (SQLite's insert trigger on `passages`).
 */
import { sql, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Runs the dialect's statements. */
export function passagesIndexedByWriter(config: DialectConfig): Migration {
  return {
    up: async (db) => {
      for (const statement of config.passagesIndexedByWriter) await sql.raw(statement).execute(db);
    },
  };
}
