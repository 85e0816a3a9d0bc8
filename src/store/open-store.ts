/**
 * @module open-store
 * Opens the configured store and brings its schema up to date (unless told not to: a
 * deployment migrates once, with `concord migrate`). Where the data lives, first match wins:
 * explicit options, env DATABASE_URL (postgres://…, in the schema env CONCORD_DB_SCHEMA when
 * set), env CONCORD_DB (a SQLite path), else ./data/concord.db.
 */
import { postgresDialectConfig } from './postgres/postgres-dialect-config.ts';
import { createSqliteStore } from './sqlite/sqlite-store.ts';
import { sqliteDialectConfig } from './sqlite/sqlite-dialect-config.ts';
import type { KyselyStore } from './kysely-store.ts';
import { migrationStatus, type MigrationState } from './migrations/migration-status.ts';
import type { ConcordStore } from './store-extensions.ts';

export interface OpenStoreOptions {
  /** postgres://… or postgresql://… (a `sqlite:` URL names a SQLite file). */
  readonly databaseUrl?: string;
  /** A SQLite file, or `:memory:`. */
  readonly sqlitePath?: string;
  /** PostgreSQL schema to use (created when absent); default: the server's search_path. */
  readonly schema?: string;
  /** Run pending migrations on open (default true). */
  readonly migrate?: boolean;
}

/** Where a store will live. */
export type StoreTarget =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly url: string; readonly schema?: string };

/** The default SQLite file, relative to the working directory. */
export const DEFAULT_SQLITE_PATH = './data/concord.db';

/**
 * Opens and (unless `migrate: false`) migrates the store.
 * @example const store = await openStore({ sqlitePath: ':memory:' });
 */
export async function openStore(options: OpenStoreOptions = {}): Promise<ConcordStore> {
  const target = resolveStoreTarget(options, process.env);
  // The PostgreSQL store (pg and its driver code) loads only when it is the target.
  const store: KyselyStore =
    target.kind === 'postgres'
      ? (await import('./postgres/postgres-store.ts')).createPostgresStore(target)
      : createSqliteStore(target.path);
  if (options.migrate === false) return store;
  try {
    await store.migrate();
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}

/**
 * The store's migrations at `target`, applied (with the time) or pending; changes nothing.
 * @example (await migrationsAt(store, target)).filter((m) => !m.appliedAt) // pending
 */
export function migrationsAt(store: KyselyStore, target: StoreTarget): Promise<MigrationState[]> {
  const config = target.kind === 'postgres' ? postgresDialectConfig(target.schema) : sqliteDialectConfig;
  return migrationStatus(store.db, config);
}

/**
 * Decides where the store lives, from options then environment.
 * @example resolveStoreTarget({}, { DATABASE_URL: 'postgres://h/db' }) // { kind: 'postgres', url: 'postgres://h/db' }
 */
export function resolveStoreTarget(
  options: OpenStoreOptions,
  env: Readonly<Record<string, string | undefined>>,
): StoreTarget {
  if (options.sqlitePath) return { kind: 'sqlite', path: options.sqlitePath };
  const schema = options.schema ?? (env.CONCORD_DB_SCHEMA || undefined);
  const fromUrl = (url: string | undefined) => (url ? targetOfUrl(url, schema) : undefined);
  return (
    fromUrl(options.databaseUrl) ??
    fromUrl(env.DATABASE_URL) ?? { kind: 'sqlite', path: env.CONCORD_DB || DEFAULT_SQLITE_PATH }
  );
}

function targetOfUrl(url: string, schema: string | undefined): StoreTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url, ...(schema ? { schema } : {}) };
  if (/^sqlite:/i.test(url)) return { kind: 'sqlite', path: url.replace(/^sqlite:(\/\/)?/i, '') || ':memory:' };
  throw new Error(
    `Unsupported database URL "${url.replace(/\/\/[^@/]*@/, '//…@')}": use postgres://… or sqlite:<path>`,
  );
}
