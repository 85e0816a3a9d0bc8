/**
 * @module linked-stores
 * Stores for the tracker's tests: each filled with documents in the order given, every document
 * linked as it arrives (as the ingest pipeline does), all disposed after the suite.
 */
import { after } from 'node:test';
import type { DocumentRecord } from '../../src/store/store.ts';
import type { KyselyStore } from '../../src/store/kysely-store.ts';
import { linkDocument } from '../../src/track/link-document.ts';
import type { TestDialect } from '../store/store-dialects.ts';

/** Call inside a `describe`: returns `open(records)`, a store with the records stored and linked in order. */
export function linkedStores(
  dialect: TestDialect,
  options: Parameters<typeof linkDocument>[2] = {},
): (records: DocumentRecord[]) => Promise<KyselyStore> {
  const stores: KyselyStore[] = [];
  after(async () => {
    for (const s of stores) await dialect.dispose(s);
  });
  return async (records) => {
    const store = await dialect.open();
    stores.push(store);
    for (const r of records) {
      await store.putDocument(r);
      await linkDocument(store, r.document.id, options);
    }
    return store;
  };
}
