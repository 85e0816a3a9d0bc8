/**
 * @module readiness-checks
 * The checks behind `/readyz`: the store answers and holds every migration this code knows
 * (else "run concord migrate"), and the job queue answers.
 */
import { sql } from 'kysely';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import { migrationsAt, type StoreTarget } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import type { ReadinessCheck } from '../services/readiness.ts';

/**
 * The store check. Once every migration has been seen applied, later probes only ask the
 * database for `select 1`: migrations are not undone under a running server, and listing them
 * reads the catalogue of every schema, too much for a probe every few seconds.
 */
export function storeReadiness(store: Store, target?: StoreTarget): ReadinessCheck {
  const kysely = store as KyselyStore;
  const where: StoreTarget =
    target ?? (store.capabilities.fullText === 'fts5' ? { kind: 'sqlite', path: '' } : { kind: 'postgres', url: '' });
  let migrated = false;
  return {
    name: 'store',
    async run() {
      if (migrated) {
        await sql`select 1`.execute(kysely.db);
        return;
      }
      const pending = (await migrationsAt(kysely, where)).filter((m) => !m.appliedAt).map((m) => m.name);
      if (pending.length)
        throw new Error(
          `${pending.length} migration${pending.length === 1 ? '' : 's'} pending (${pending.join(', ')}): ` +
            'run `concord migrate`',
        );
      migrated = true;
    },
  };
}

/** The queue check, when this server has a queue. */
export function queueReadiness(jobs: JobQueue): ReadinessCheck {
  return { name: 'queue', run: () => jobs.check() };
}
