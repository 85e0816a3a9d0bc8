/**
 * @module cli-store
 * Which database the CLI opens: `--db`, else env DATABASE_URL (PostgreSQL), else env
 * CONCORD_DB, else `concord.db` in the working folder.
 */
import type { Store } from '../store/store.ts';
import { CliError } from './cli-error.ts';

/** The global options every command sees. */
export interface GlobalOptions {
  db?: string;
}

/** Connection options in the shape `openStore` takes. */
export interface StoreTarget {
  databaseUrl?: string;
  sqlitePath?: string;
}

/**
 * Resolves where the store lives. A `postgres://` value of `--db` is a database URL too.
 * @example resolveStoreTarget({ db: 'x.db' }, {}) // { sqlitePath: 'x.db' }
 */
export function resolveStoreTarget(options: GlobalOptions, env: NodeJS.ProcessEnv): StoreTarget {
  const explicit = options.db ?? undefined;
  if (explicit) return isDatabaseUrl(explicit) ? { databaseUrl: explicit } : { sqlitePath: explicit };
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return { sqlitePath: env.CONCORD_DB || 'concord.db' };
}

/** Opens and migrates the store; a failure to open is the user's to fix, so it becomes a CliError. */
export async function openCliStore(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Promise<Store> {
  const target = resolveStoreTarget(options, env);
  // Loaded lazily: `concord --help` should not load database drivers.
  const { openStore } = await import('../store/open-store.ts');
  try {
    const store = await openStore(target);
    await store.migrate();
    return store;
  } catch (error) {
    const where = target.databaseUrl ? 'the PostgreSQL database (DATABASE_URL)' : target.sqlitePath;
    throw new CliError(`Cannot open ${where}: ${(error as Error).message}`);
  }
}

/** Runs `work` with an open store and closes it afterwards, also on failure. */
export async function withStore<T>(options: GlobalOptions, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openCliStore(options);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

function isDatabaseUrl(value: string): boolean {
  return /^postgres(ql)?:\/\//i.test(value);
}
