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
import { custodyAndAudit } from './030-custody-and-audit.ts';
import { claimVerdicts } from './040-claim-verdicts.ts';
import { trackingTables } from './050-tracking-tables.ts';
import { accountsTables } from './060-accounts.ts';
import { watchedSources } from './070-watched-sources.ts';
import { commitmentTermsCovering } from './080-commitment-terms-covering.ts';
import { meetingSignatures } from './090-meeting-signatures.ts';
import { entityIndex } from './100-entity-index.ts';
import { reviewQueueIndex } from './110-review-queue-index.ts';
import { commitmentTermCounts } from './130-commitment-term-counts.ts';
import { fastCompression } from './140-fast-compression.ts';
import { documentListOrder } from './150-document-list-order.ts';
import { entityIndexBatchLookups } from './160-entity-index-batch-lookups.ts';
import { entityIndexRemovals } from './170-entity-index-removals.ts';
import { entityIndexBatchCounts } from './171-entity-index-batch-counts.ts';
import { queueDirtyDocuments } from './220-queue-dirty-documents.ts';
import { documentTerms } from './230-document-terms.ts';

/** The migrations by name; names sort in the order they run. */
export function storeMigrations(config: DialectConfig): Record<string, Migration> {
  return {
    '001-core-tables': coreTables(config),
    '002-full-text-index': fullTextIndex(config),
    '003-append-only-decisions': appendOnlyDecisions(config),
    '020-passages-indexed-by-writer': passagesIndexedByWriter(config),
    '021-jobs': jobsTable(config),
    '030-custody-and-audit': custodyAndAudit(config),
    '040-claim-verdicts': claimVerdicts,
    '050-tracking-tables': trackingTables(),
    '060-accounts': accountsTables,
    '070-watched-sources': watchedSources(),
    '080-commitment-terms-covering': commitmentTermsCovering,
    '090-meeting-signatures': meetingSignatures,
    '100-entity-index': entityIndex(config),
    '110-review-queue-index': reviewQueueIndex,
    '130-commitment-term-counts': commitmentTermCounts(config),
    '140-fast-compression': fastCompression(config),
    '150-document-list-order': documentListOrder,
    '160-entity-index-batch-lookups': entityIndexBatchLookups(config),
    '170-entity-index-removals': entityIndexRemovals(config),
    '171-entity-index-batch-counts': entityIndexBatchCounts(config),
    '220-queue-dirty-documents': queueDirtyDocuments(config),
    '230-document-terms': documentTerms,
  };
}

/**
 * Runs pending migrations; returns the names of those it applied (none when up to date) and
 * throws with the failing migration's name.
 * @example await migrateToLatest(db, sqliteDialectConfig) // ['001-core-tables', …] on a new store
 */
export async function migrateToLatest(db: Kysely<any>, config: DialectConfig): Promise<string[]> {
  await config.prepare?.(db);
  const migrator = storeMigrator(db, config);
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await migrator.migrateToLatest();
    if (!error) return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
    // Kysely's table lookup reads every schema of the database; one dropped meanwhile by another
    // process (tests and tenants sharing a database) fails it, so that lookup is tried again. A
    // column of another schema's table vanishing mid-read ('column "payload" of relation
    // "decisions" does not exist') names no schema, but then no migration of ours has failed.
    const inLookup = !results?.some((r) => r.status === 'Error') && /does not exist/.test(String(error));
    if (attempt < 5 && (droppedElsewhere(error, config.schema) || inLookup)) continue;
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Store migration "${failed}" failed: ${(error as Error).message ?? String(error)}`, {
      cause: error,
    });
  }
}

/** The Migrator over the store's migrations (and its schema's bookkeeping table). */
export function storeMigrator(db: Kysely<any>, config: DialectConfig): Migrator {
  const provider: MigrationProvider = { getMigrations: async () => storeMigrations(config) };
  // Branches take migration numbers from their own ranges and land in any order, so a database
  // may already hold 080 when 060 arrives: run whatever has not run, in name order, and do not
  // refuse the store. Each migration only adds its own tables and indexes, so order between them does not matter.
  return new Migrator({
    db,
    provider,
    allowUnorderedMigrations: true,
    ...(config.schema ? { migrationTableSchema: config.schema } : {}),
  });
}

/** True for a schema or a table of it "does not exist" where the schema is not the store's own. */
export function droppedElsewhere(error: unknown, own: string | undefined): boolean {
  const message = (error as Error)?.message ?? '';
  // A whole schema gone, or one of its tables ('relation "other_schema.decisions" does not exist').
  const m =
    /schema "([^"]+)" does not exist/.exec(message) ?? /relation "([^".]+)\.[^"]+" does not exist/.exec(message);
  return m !== null && m[1] !== own;
}
