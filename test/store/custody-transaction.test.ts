/**
 * An import and its custody are one transaction on every test database (issue 11, custody):
 * when the audit log refuses the entry, the document is not stored; when the document's own
 * rows fail, no custody record or audit entry is left. Failures are made by a trigger.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { testDialects } from './store-dialects.ts';
import { record } from './store-fixtures.ts';

const doc = (id: string) => ({
  ...record(id, [{ kind: 'clause', label: '1', text: `1. The Parties agree on ${id}.` }], { title: id }),
  custody: { by: 'ana', at: '2026-12-07T00:00:00.000Z' },
});

/** Makes every insert into `table` fail, until the returned function is called. */
async function failInserts(store: KyselyStore, dialect: string, table: string): Promise<() => Promise<void>> {
  const name = `fail_${table}`;
  if (dialect === 'sqlite') {
    await sql
      .raw(`create trigger ${name} before insert on ${table} begin select raise(abort, '${table} down'); end`)
      .execute(store.db);
    return async () => void (await sql.raw(`drop trigger ${name}`).execute(store.db));
  }
  await sql
    .raw(
      `create function ${name}() returns trigger language plpgsql as $$ begin raise exception '${table} down'; end $$`,
    )
    .execute(store.db);
  await sql
    .raw(`create trigger ${name} before insert on ${table} for each row execute function ${name}()`)
    .execute(store.db);
  return async () => {
    await sql.raw(`drop trigger ${name} on ${table}`).execute(store.db);
    await sql.raw(`drop function ${name}()`).execute(store.db);
  };
}

const counts = async (store: KyselyStore) => ({
  documents: (await store.listDocuments({})).total,
  custody: (await store.db.selectFrom('source_custody').select('document_id').execute()).length,
  imports: (await store.custody.auditEntries()).filter((e) => e.action === 'import').length,
});

for (const dialect of await testDialects()) {
  describe(`an import and its custody in one transaction (${dialect.name})`, { skip: dialect.skip }, () => {
    test('a refused audit entry stores no document; a refused document leaves no custody', async () => {
      const store = await dialect.open();
      try {
        const none = { documents: 0, custody: 0, imports: 0 };
        let restore = await failInserts(store, dialect.name, 'audit_log');
        await assert.rejects(store.putDocument(doc('d_one')), /audit_log down/);
        const batch = await store.putDocuments([doc('d_two'), doc('d_three')]);
        assert.deepEqual(
          batch.map((o) => o.ok),
          [false, false],
        );
        assert.deepEqual(await counts(store), none, 'no document without its audit entry');
        await restore();

        restore = await failInserts(store, dialect.name, 'nodes');
        await assert.rejects(store.putDocument(doc('d_one')), /nodes down/);
        assert.deepEqual(await counts(store), none, 'no custody or audit entry without its document');
        await restore();

        await store.putDocument(doc('d_one'));
        await store.putDocuments([doc('d_two'), doc('d_three')]);
        assert.deepEqual(await counts(store), { documents: 3, custody: 3, imports: 3 });
        assert.equal((await store.custody.verify()).ok, true);
      } finally {
        await dialect.dispose(store);
      }
    });
  });
}
