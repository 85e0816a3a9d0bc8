/**
 * @module 171-entity-index-batch-counts
 * Migration 171 (issue 12): SQLite's batch writer counts its documents' mentions into the entity
 * index as sets, with the row triggers of migration 100 standing aside meanwhile (see
 * sqlite-entity-batch.ts). PostgreSQL's statement triggers count a batch as a set already.
 */
import type { Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';
import { statementsMigration } from './170-entity-index-removals.ts';

/** Runs the dialect's statements. */
export function entityIndexBatchCounts(config: DialectConfig): Migration {
  return statementsMigration(config.entityIndexBatchCounts);
}
