/**
 * @module store-dialects
 * The databases the store contract runs against: SQLite in memory, and PostgreSQL in a fresh
 * schema per store (dropped afterwards) when a server answers; otherwise that dialect is
 * skipped with the reason shown.
 */
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { createPostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';

/** The PostgreSQL the tests use (trust auth). */
export const TEST_PG_URL = process.env.CONCORD_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** A database to run the contract against. */
export interface TestDialect {
  readonly name: string;
  /** Why it is skipped, when it is. */
  readonly skip?: string;
  /** A fresh, migrated store. */
  open(): Promise<KyselyStore>;
  /** Closes the store and removes what it created. */
  dispose(store: KyselyStore): Promise<void>;
}

/** SQLite in memory and, when reachable, PostgreSQL. */
export async function testDialects(): Promise<TestDialect[]> {
  return [sqliteDialect(), await postgresDialect()];
}

function sqliteDialect(): TestDialect {
  return {
    name: 'sqlite',
    async open() {
      const store = createSqliteStore(':memory:');
      await store.migrate();
      return store;
    },
    async dispose(store) {
      await store.close();
    },
  };
}

async function postgresDialect(): Promise<TestDialect> {
  const unreachable = await pgUnreachable();
  const schemas = new WeakMap<KyselyStore, string>();
  return {
    name: 'postgres',
    ...(unreachable ? { skip: `PostgreSQL unreachable at ${TEST_PG_URL} (${unreachable})` } : {}),
    async open() {
      const schema = `concord_test_${randomBytes(6).toString('hex')}`;
      const store = createPostgresStore({ url: TEST_PG_URL, schema, max: 4 });
      schemas.set(store, schema);
      await store.migrate();
      return store;
    },
    async dispose(store) {
      await store.close();
      await dropPgSchemas(schemas.get(store) as string);
    },
  };
}

/** Drops test schemas (with `cascade`); a pg-boss queue's schema is `<schema>_boss`. */
export async function dropPgSchemas(...schemas: readonly string[]): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_PG_URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}

/** Undefined when a connection works, else the error message (tests skip with it). */
export async function pgUnreachable(url: string = TEST_PG_URL): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  } finally {
    await client.end().catch(() => {});
  }
}
