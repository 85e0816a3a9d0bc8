/**
 * @module queue-rows
 * Rows of the queue's indexed list (`queue_items`) and the writes every part of its upkeep
 * shares: an item ranked as of a day becomes a row with its sort key and its deadline's day;
 * rows are inserted in batches; what stored decisions settled is closed again after a write.
 */
import { type Kysely, sql } from 'kysely';
import { QUEUE_KINDS, type QueueItem } from '../review/queue/queue-item.ts';
import { daysUntil, priorityOf, type RankedItem } from '../review/queue/rank-items.ts';

/** Rows written per statement: 11 values a row stays far below either database's limit. */
export const BATCH = 400;
/** The longest one slice of upkeep should hold the thread before it lets requests in (ms). */
export const SLICE_MS = 20;

/** Per-document items (every kind but merges) and the cross-document merge suggestions. */
export type RowGroup = 'documents' | 'merges';

/** An item ranked as of `asOf`: its priority and reasons. */
export function ranked(item: QueueItem, asOf: string): RankedItem {
  return { ...item, ...priorityOf(item, asOf) };
}

/** Days since 1970 of a deadline's last day (what re-ranking on a new day selects by). */
export function dueDay(due: string | null | undefined): number | null {
  return due ? (daysUntil(due, '1970-01-01') ?? null) : null;
}

export function queueRow(item: RankedItem, grp: RowGroup) {
  return {
    id: item.id,
    grp,
    kind: item.kind,
    target: item.target,
    document_id: item.documentId,
    format_key: item.format ? foldFormat(item.format) : null,
    order_key: -item.priority,
    kind_order: QUEUE_KINDS.indexOf(item.kind),
    open: 1,
    item: JSON.stringify(item),
    due_day: dueDay(item.due),
  };
}

/** A format as the index keeps it: accents and case folded, dashes made one. */
export function foldFormat(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—―-]/g, '-');
}

export async function insertRows(db: Kysely<any>, rows: readonly ReturnType<typeof queueRow>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH)
    await db
      .insertInto('queue_items')
      .values(rows.slice(i, i + BATCH))
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
}

/** Closes the rows `narrow` selects that earlier decisions settled (items, or `*<target>`). */
export async function closeSettled(db: Kysely<any>, narrow: (q: any) => any): Promise<void> {
  await narrow(db.updateTable('queue_items').set({ open: 0 }))
    .where((eb: any) =>
      eb.or([
        eb('id', 'in', eb.selectFrom('queue_settled').select('key')),
        eb(sql`'*' || target`, 'in', eb.selectFrom('queue_settled').select('key')),
      ]),
    )
    .execute();
}

export async function upsertSource(db: Kysely<any>, grp: string, stamp: string): Promise<void> {
  await db
    .insertInto('queue_sources')
    .values({ grp, stamp })
    .onConflict((oc) => oc.column('grp').doUpdateSet({ stamp }))
    .execute();
}

/** Lets waiting requests run between slices (SQLite's queries hold the thread). */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
