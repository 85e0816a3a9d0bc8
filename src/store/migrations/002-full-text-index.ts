/**
 * @module 002-full-text-index
 * Migration 002: the dialect's full-text index over `passages` (FTS5 table or tsvector column).
 */
import type { Migration } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';

/** Delegates to the dialect's full-text index. */
export function fullTextIndex(config: DialectConfig): Migration {
  return { up: (db) => config.fullText.migrate(db) };
}
