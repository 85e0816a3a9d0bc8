/**
 * @module migration-provider
 * The numbered migrations of the store, provided in code (no files to find at run time) and
 * run by Kysely's Migrator, which records them in `kysely_migration` so a second run is a no-op.
 * Add a migration: a new numbered file and one line below; never edit one that has shipped.
 */
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';
import { coreTables } from './001-core-tables.ts';
import { fullTextIndex } from './002-full-text-index.ts';
import { appendOnlyDecisions } from './003-append-only-decisions.ts';
import { passagesIndexedByWriter } from './020-passages-indexed-by-writer.ts';
import { jobsTable } from './021-jobs.ts';

/** The migrations by name; names sort in the order they run. */
export function storeMigrations(config: DialectConfig): Record<string, Migration> {
  return {
    '001-core-tables': coreTables(config),
    '002-full-text-index': fullTextIndex(config),
    '003-append-only-decisions': appendOnlyDecisions(config),
    '020-passages-indexed-by-writer': passagesIndexedByWriter(config),
    '021-jobs': jobsTable(config),
  };
}

/**
 * Runs pending migrations; throws with the failing migration's name.
 * @example await migrateToLatest(db, sqliteDialectConfig)
 */
export async function migrateToLatest(db: Kysely<any>, config: DialectConfig): Promise<void> {
  await config.prepare?.(db);
  const provider: MigrationProvider = { getMigrations: async () => storeMigrations(config) };
  const { error, results } = await new Migrator({
    db,
    provider,
    ...(config.schema ? { migrationTableSchema: config.schema } : {}),
  }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Store migration "${failed}" failed: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
}
