/**
 * @module 170-entity-index-removals
 * Migration 170 (issue 12): deleted mentions leave the entity index of migration 100 at a cost
 * that follows the rows deleted, not the store (PostgreSQL: its statement trigger looks every
 * row up by key instead of reading `entity_documents` and `entity_pairs` whole; see
 * postgres-entity-removals.ts; SQLite: the trigger on `entity_documents` finds the emptied pairs
 * by primary key instead of reading `entity_pairs` whole; see sqlite-entity-removals.ts).
 */
import { sql, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Runs the dialect's statements. */
export function entityIndexRemovals(config: DialectConfig): Migration {
  return statementsMigration(config.entityIndexRemovals);
}

/** A migration that runs a dialect's statements in order (none: nothing to do on that dialect). */
export function statementsMigration(statements: readonly string[] = []): Migration {
  return {
    up: async (db) => {
      for (const statement of statements) await sql.raw(statement).execute(db);
    },
  };
}
