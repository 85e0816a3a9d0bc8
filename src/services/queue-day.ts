/**
 * @module queue-day
 * A new tracker day without rebuilding the list: only a deadline's nearness depends on the
 * day, so only rows whose deadline lies within the ranking's reach of the old or the new day
 * (`due_day`, indexed) are ranked again, a slice at a time; and a promise whose deadline passed
 * between the two days shows another status, so its document is marked for a rebuild.
 */
import type { Kysely } from 'kysely';
import { RANK_WEIGHTS, type RankedItem } from '../review/queue/rank-items.ts';
import { markDocuments } from './queue-documents.ts';
import { dueDay, nextTurn, ranked, upsertSource } from './queue-rows.ts';

/** The `queue_sources` row holding the day the list is ranked as of. */
export const AS_OF = 'asof';

export async function moveToDay(db: Kysely<any>, from: string, to: string): Promise<void> {
  const [a, b] = [dueDay(from), dueDay(to)];
  if (a === null || b === null) throw new Error(`not a day: ${from} or ${to}`);
  const [low, high] = [Math.min(a, b), Math.max(a, b)];
  // The status turns the day after the deadline; a margin of a day each side.
  const passed = await db
    .selectFrom('queue_items')
    .select('document_id')
    .distinct()
    .where('kind', '=', 'commitment-status')
    .where('due_day', '>=', low - 2)
    .where('due_day', '<=', high + 2)
    .execute();
  await markDocuments(
    db,
    passed.map((r) => r.document_id as string),
  );
  const lo = low - RANK_WEIGHTS.overdueDays - 1;
  const hi = high + RANK_WEIGHTS.horizonDays + 1;
  for (let after = ''; ; ) {
    const rows = await db
      .selectFrom('queue_items')
      .select(['id', 'item'])
      .where('due_day', '>=', lo)
      .where('due_day', '<=', hi)
      .where('id', '>', after)
      .orderBy('id')
      .limit(200)
      .execute();
    if (!rows.length) break;
    await db.transaction().execute(async (trx) => {
      for (const r of rows) {
        const { priority: _p, why: _w, ...item } = JSON.parse(r.item as string) as RankedItem;
        const again = ranked(item, to);
        await trx
          .updateTable('queue_items')
          .set({ order_key: -again.priority, item: JSON.stringify(again) })
          .where('id', '=', r.id)
          .execute();
      }
    });
    after = rows[rows.length - 1].id as string;
    await nextTurn();
  }
  await upsertSource(db, AS_OF, to);
}
