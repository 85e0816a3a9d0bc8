/**
 * @module queue-documents
 * The per-document part of the queue's upkeep: the documents `queue_dirty` lists (marked by
 * triggers when anything their items come from is written) are rebuilt a few at a time: their
 * items read with the per-document (indexed) loaders, ranked, and swapped in with the marks they
 * were built from removed, one transaction per slice. A document deleted (moved to the trash) simply
 * has no items. A slice stops taking documents once it has held the thread for `SLICE_MS`.
 */
import type { Kysely } from 'kysely';
import { QUEUE_KINDS, type QueueKind } from '../review/queue/queue-item.ts';
import type { Store } from '../store/store.ts';
import { loadQueueItems } from './queue-sources.ts';
import { closeSettled, insertRows, nextTurn, queueRow, ranked, SLICE_MS } from './queue-rows.ts';

/** Every kind built from one document's own layers, claims and promises (merges are not). */
const DOCUMENT_KINDS: ReadonlySet<QueueKind> = new Set(QUEUE_KINDS.filter((k) => k !== 'entity-merge'));
/** Marks read per slice (a slice usually stops earlier, on time). */
const MARKS_PER_SLICE = 100;
/** Ids marked per turn on the first build. */
const MARKS_PER_PAGE = 1000;

/** Marks every stored document, for the first build, a page of ids per turn. */
export async function markAllDocuments(db: Kysely<any>): Promise<void> {
  for (let after = ''; ; ) {
    const ids = await db
      .selectFrom('documents')
      .select('id')
      .where('id', '>', after)
      .orderBy('id')
      .limit(MARKS_PER_PAGE)
      .execute();
    if (!ids.length) return;
    await db
      .insertInto('queue_dirty')
      .values(ids.map((r) => ({ document_id: r.id, ver: 1 })))
      .onConflict((oc) => oc.column('document_id').doNothing())
      .execute();
    after = ids[ids.length - 1].id as string;
    await nextTurn();
  }
}

/** Marks documents (those a decision or a new day touches); an id that is no document is harmless. */
export async function markDocuments(db: Kysely<any>, ids: readonly string[]): Promise<void> {
  for (const id of new Set(ids))
    await db
      .insertInto('queue_dirty')
      .values({ document_id: id, ver: 1 })
      .onConflict((oc) => oc.column('document_id').doUpdateSet({ ver: (eb: any) => eb('queue_dirty.ver', '+', 1) }))
      .execute();
}

/** Whether some document waits to be rebuilt. */
export async function hasDirty(db: Kysely<any>): Promise<boolean> {
  return !!(await db.selectFrom('queue_dirty').select('document_id').limit(1).executeTakeFirst());
}

/** Rebuilds the next few marked documents; false when none was marked. */
export async function rebuildDirtySlice(store: Store, db: Kysely<any>, asOf: string): Promise<boolean> {
  const t = performance.now();
  const marks = await db
    .selectFrom('queue_dirty')
    .select(['document_id', 'ver'])
    .orderBy('document_id')
    .limit(MARKS_PER_SLICE)
    .execute();
  if (!marks.length) return false;
  const ids = marks.map((m) => m.document_id as string);
  const live = new Set(
    (await db.selectFrom('documents').select('id').where('id', 'in', ids).execute()).map((r) => r.id as string),
  );
  const done: typeof marks = [];
  const rows: ReturnType<typeof queueRow>[] = [];
  for (const mark of marks) {
    if (done.length && performance.now() - t > SLICE_MS) break;
    done.push(mark);
    if (!live.has(mark.document_id)) continue;
    const items = await loadQueueItems(store, { kinds: DOCUMENT_KINDS, documentId: mark.document_id });
    rows.push(...items.map((item) => queueRow(ranked(item, asOf), 'documents')));
  }
  const doneIds = done.map((m) => m.document_id as string);
  await db.transaction().execute(async (trx) => {
    // By kind, not by group: SQLite would pick the group's index and walk every per-document row.
    const own = (q: any) => q.where('document_id', 'in', doneIds).where('kind', '<>', 'entity-merge');
    await own(trx.deleteFrom('queue_items')).execute();
    await insertRows(trx, rows);
    await closeSettled(trx, own);
    // A mark made while this slice was read (a higher version) stays for the next slice.
    for (const m of done)
      await trx.deleteFrom('queue_dirty').where('document_id', '=', m.document_id).where('ver', '=', m.ver).execute();
  });
  return true;
}
