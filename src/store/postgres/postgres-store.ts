/**
 * @module postgres-store
 * Opens the store on PostgreSQL through a `pg` Pool. With a schema, every connection of the
 * pool gets `search_path` set to it, so tests and tenants never see each other's tables.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../database-schema.ts';
import { KyselyStore } from '../kysely-store.ts';
import { createPostgresBatchWriter } from './postgres-batch-writer.ts';
import { postgresDialectConfig } from './postgres-dialect-config.ts';

/** Where the PostgreSQL store lives. */
export interface PostgresStoreOptions {
  readonly url: string;
  /** Schema to keep the tables in (created at migrate); default: the server's search_path. */
  readonly schema?: string;
  /** Pool size; default 10. */
  readonly max?: number;
  /** Connections one `putDocuments` batch is written over at once (default 2; see postgres-batch-writer.ts). */
  readonly writers?: number;
}

/**
 * A store on PostgreSQL. Call `migrate()` before use.
 * @example const store = createPostgresStore({ url: 'postgres://postgres@127.0.0.1/concord' });
 */
export function createPostgresStore(options: PostgresStoreOptions): KyselyStore {
  const config = postgresDialectConfig(options.schema);
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return new KyselyStore(db, config, createPostgresBatchWriter(pool, { writers: options.writers }));
}
