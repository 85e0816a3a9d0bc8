/**
 * @module 003-append-only-decisions
 * Migration 003: the database itself refuses to change or remove a reviewer's decision.
 */
import { sql, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Runs the dialect's trigger statements. */
export function appendOnlyDecisions(config: DialectConfig): Migration {
  return {
    up: async (db) => {
      for (const statement of config.appendOnlyDecisions) await sql.raw(statement).execute(db);
    },
  };
}
