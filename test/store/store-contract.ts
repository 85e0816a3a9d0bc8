/**
 * @module store-contract
 * The frame of the store's contract suites: each runs its tests against every dialect (SQLite
 * in memory, PostgreSQL in a throw-away schema), a fresh store per test; a dialect that cannot
 * run is skipped with its reason, never silently. Also the shared document and a row counter.
 */
import { describe, test } from 'node:test';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import type { Database } from '../../src/store/database-schema.ts';
import { record } from './store-fixtures.ts';
import { testDialects, type TestDialect } from './store-dialects.ts';

/** Declares one test that gets a fresh store. */
export type StoreTest = (name: string, fn: (store: KyselyStore) => Promise<void>) => void;

/** Runs `define` once per dialect, inside a suite named `store contract (<topic>): <dialect>`. */
export async function storeContract(topic: string, define: (it: StoreTest) => void): Promise<void> {
  for (const dialect of await testDialects()) {
    describe(`store contract (${topic}): ${dialect.name}`, { skip: dialect.skip }, () => {
      define((name, fn) => test(name, () => withStore(dialect, fn)));
    });
  }
}

async function withStore(dialect: TestDialect, fn: (store: KyselyStore) => Promise<void>): Promise<void> {
  const store = await dialect.open();
  try {
    await fn(store);
  } finally {
    await dialect.dispose(store);
  }
}

export const TABLES: (keyof Database)[] = [
  'documents',
  'sources',
  'nodes',
  'passages',
  'annotations',
  'analysis_runs',
  'decisions',
];

/** Rows per table. */
export async function counts(store: KyselyStore): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of TABLES) {
    const row = await store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    out[table] = Number(row.n);
  }
  return out;
}

/** A declaration with a preamble, clauses and nested sub-clauses. */
export const COOPERATION = record(
  'd_coop',
  [
    { kind: 'heading', text: 'Joint Declaration on Cooperation' },
    { kind: 'preamble', label: 'preamble', text: 'The Heads of State of Kazakhstan and China met in Astana.' },
    {
      kind: 'clause',
      label: '1',
      text: '1. The Parties will deepen trade cooperation, energy cooperation and transport cooperation.',
    },
    {
      kind: 'clause',
      label: '2',
      text: '2. The Parties welcomed the first summit and agreed on the following:',
      children: [
        { kind: 'clause', label: 'a', text: '(a) to hold the next summit in 2025;' },
        { kind: 'clause', label: 'b', text: '(b) to open consulates.' },
      ],
    },
  ],
  {
    title: 'Astana Declaration',
    fileName: 'astana.txt',
    kind: 'declaration',
    language: 'en',
    publisher: 'MFA',
    published: '2024-05-01',
    format: 'text',
    encoding: 'utf-8',
  },
);
