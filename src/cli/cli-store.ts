/**
 * @module cli-store
 * Which database the CLI opens: `--db`, else env DATABASE_URL (PostgreSQL), else env
 * CONCORD_DB, else the store's own default (./data/concord.db), so CLI and server agree.
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
  // DATABASE_URL is passed on explicitly so that it beats CONCORD_DB here too.
  if (env.DATABASE_URL) return { databaseUrl: env.DATABASE_URL };
  return env.CONCORD_DB ? { sqlitePath: env.CONCORD_DB } : {};
}

/**
 * Opens (and, unless `migrate: false`, migrates) the store; a failure to open is the user's to
 * fix, so it becomes a CliError.
 */
export async function openCliStore(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv = process.env,
  { migrate = true }: { migrate?: boolean } = {},
): Promise<Store> {
  const target = resolveStoreTarget(options, env);
  // Loaded lazily: `concord --help` should not load database drivers.
  const { openStore } = await import('../store/open-store.ts');
  try {
    return await openStore({ ...target, migrate });
  } catch (error) {
    const where = target.databaseUrl ? 'the PostgreSQL database' : (target.sqlitePath ?? 'the default database');
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
  return /^(postgres(ql)?|sqlite):/i.test(value);
}
