/**
 * @module migration-status
 * Which of the store's migrations a database has applied and which are pending, read without
 * changing anything (`concord migrate --status`, `/readyz`, and serve/worker started with
 * migrations off).
 */
import type { Kysely, MigrationInfo } from 'kysely';
import type { DialectConfig } from '../dialect-config.ts';
import { droppedElsewhere, storeMigrator } from './migration-provider.ts';

/** One migration and when it ran (absent: pending). */
export interface MigrationState {
  readonly name: string;
  readonly appliedAt?: string;
}

/**
 * Every migration in order, applied ones with their time. Reads only: a database never
 * migrated (no bookkeeping table yet) lists every migration as pending.
 * @example (await migrationStatus(db, config)).filter((m) => !m.appliedAt) // the pending ones
 */
export async function migrationStatus(db: Kysely<any>, config: DialectConfig): Promise<MigrationState[]> {
  const migrator = storeMigrator(db, config);
  for (let attempt = 1; ; attempt++) {
    try {
      return toStates(await migrator.getMigrations());
    } catch (error) {
      // Kysely looks for its table across every schema; one dropped meanwhile by another
      // process (tests and tenants sharing a database) fails the lookup, which is tried again.
      if (attempt >= 3 || !droppedElsewhere(error, config.schema)) throw error;
    }
  }
}

function toStates(infos: readonly MigrationInfo[]): MigrationState[] {
  return infos.map((info) => ({
    name: info.name,
    ...(info.executedAt ? { appliedAt: info.executedAt.toISOString() } : {}),
  }));
}
