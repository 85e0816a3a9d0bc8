/**
 * @module serving-store
 * The store and queue of a long-running process (`serve`, `worker`). By default they migrate
 * at start, as every command does; with `CONCORD_MIGRATE=off` (a deployment, where
 * `concord migrate` runs once before the servers and workers start) they migrate nothing and
 * refuse to start on a database with migrations pending.
 */
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Logger } from '../log/logger.ts';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { StoreTarget } from '../store/open-store.ts';
import type { Store } from '../store/store.ts';
import { CliError } from './cli-error.ts';
import { openCliJobQueue } from './cli-jobs.ts';
import { openCliStore, resolveStoreTarget, type GlobalOptions } from './cli-store.ts';

/** False when `CONCORD_MIGRATE` is `off` (also `0`, `false`, `no`). */
export function migrateOnStart(env: NodeJS.ProcessEnv = process.env): boolean {
  return !['off', '0', 'false', 'no'].includes((env.CONCORD_MIGRATE ?? '').trim().toLowerCase());
}

export interface ServingStore {
  readonly store: Store;
  readonly jobs: JobQueue;
  /** Where the store lives (for `/readyz`). */
  readonly target: StoreTarget;
  close(): Promise<void>;
}

/** Opens store and queue for a server or worker; closes what it opened when a step fails. */
export async function openServingStore(
  options: GlobalOptions,
  logger: Logger,
  env: NodeJS.ProcessEnv = process.env,
): Promise<ServingStore> {
  const migrate = migrateOnStart(env);
  const { migrationsAt, resolveStoreTarget: targetOf } = await import('../store/open-store.ts');
  const target = targetOf(resolveStoreTarget(options, env), env);
  const store = await openCliStore(options, env, { migrate });
  try {
    if (!migrate) {
      const pending = (await migrationsAt(store as KyselyStore, target)).filter((m) => !m.appliedAt);
      if (pending.length)
        throw new CliError(
          `The database has ${pending.length} migration${pending.length === 1 ? '' : 's'} pending ` +
            `(${pending.map((m) => m.name).join(', ')}) and CONCORD_MIGRATE=off: run \`concord migrate\` first`,
        );
    }
    const jobs = await openCliJobQueue(store, options, env, { logger, migrate });
    return { store, jobs, target, close: () => jobs.close().finally(() => store.close()) };
  } catch (error) {
    await store.close();
    if (error instanceof CliError) throw error;
    throw new CliError(`Cannot start: ${(error as Error).message}`);
  }
}
