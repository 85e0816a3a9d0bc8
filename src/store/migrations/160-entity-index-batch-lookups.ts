/**
 * @module 160-entity-index-batch-lookups
 * Migration 160 (issue 12): the entity index of migration 100 kept at a cost that follows the
 * batch written, not the store (PostgreSQL: index probes instead of full reads of
 * `entity_documents`, and pair counts updated in place; see postgres-entity-lookups.ts). Both
 * dialects drop `entity_pairs_rank`, which every pair update had to move (SQLite's per-row
 * triggers already look rows up by key).
 */
import { sql, type Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Runs the dialect's statements. */
export function entityIndexBatchLookups(config: DialectConfig): Migration {
  return {
    up: async (db) => {
      for (const statement of config.entityIndexLookups ?? []) await sql.raw(statement).execute(db);
    },
  };
}
