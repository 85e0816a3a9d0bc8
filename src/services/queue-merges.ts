/**
 * @module queue-merges
 * The queue's one cross-document kind, suggested entity merges, kept from the entity index
 * (`entity_summaries`, migration 100: one row per entity with its name, type and mentions)
 * instead of the whole entities layer: rebuilt when that table's stamp moves (an entity added,
 * removed or mentioned more or less), read in pages with a turn for requests between them, and
 * written as a difference, so an unchanged suggestion keeps its row and a decided one stays closed.
 */
import { type Kysely, sql } from 'kysely';
import type { MeetingValue } from '../model/layers.ts';
import { type EntityInput, entityMergeItems } from '../review/queue/entity-merge-items.ts';
import type { Store } from '../store/store.ts';
import { closeSettled, insertRows, nextTurn, queueRow, ranked, SLICE_MS, upsertSource } from './queue-rows.ts';

const PAGE = 5000;
export const MERGES = 'merges';

/** Moves with every entity added or removed and every change of a name or mention count. */
export async function mergesStamp(db: Kysely<any>): Promise<string> {
  const { rows } = await sql`select count(*) as n, sum(mentions) as m, sum(known) as k, sum(length(name)) as l
    from entity_summaries`.execute(db);
  return JSON.stringify(rows[0] ?? null);
}

export async function rebuildMerges(store: Store, db: Kysely<any>, asOf: string, stamp: string): Promise<void> {
  const entities: EntityInput[] = [];
  for (let after = ''; ; ) {
    const page = await db
      .selectFrom('entity_summaries')
      .select(['entity_id', 'type', 'name', 'known', 'mentions'])
      .where('entity_id', '>', after)
      .orderBy('entity_id')
      .limit(PAGE)
      .execute();
    for (const r of page)
      entities.push({
        id: r.entity_id,
        name: r.name,
        type: r.type,
        known: !!Number(r.known),
        mentions: Number(r.mentions),
        documentId: '',
        title: null,
        format: null,
      });
    if (page.length < PAGE) break;
    after = page[page.length - 1].entity_id;
    await nextTurn();
  }
  const suggested = entityMergeItems(entities);
  const places = await placesOf(
    store,
    db,
    suggested.map((i) => i.target.slice('entity:'.length)),
  );
  const rows = suggested
    .filter((i) => places.has(i.target.slice('entity:'.length)))
    .map((i) => queueRow(ranked({ ...i, ...places.get(i.target.slice('entity:'.length)) }, asOf), 'merges'));
  const held = new Map(
    (await db.selectFrom('queue_items').select(['id', 'item']).where('grp', '=', 'merges').execute()).map((r) => [
      r.id as string,
      r.item as string,
    ]),
  );
  const fresh = rows.filter((r) => held.get(r.id) !== r.item);
  const keep = new Set(rows.map((r) => r.id));
  const gone = [...held.keys()].filter((id) => !keep.has(id));
  await db.transaction().execute(async (trx) => {
    const drop = [...gone, ...fresh.map((r) => r.id)];
    for (let i = 0; i < drop.length; i += 500)
      await trx
        .deleteFrom('queue_items')
        .where('id', 'in', drop.slice(i, i + 500))
        .execute();
    await insertRows(trx, fresh);
    await closeSettled(trx, (q) => q.where('grp', '=', 'merges'));
    await upsertSource(trx, MERGES, stamp);
  });
}

/** A document mentioning each entity (the page links there), with its title and format. */
async function placesOf(store: Store, db: Kysely<any>, entityIds: readonly string[]) {
  const out = new Map<string, { documentId: string; title: string | null; format: string | null }>();
  let t = performance.now();
  for (let i = 0; i < entityIds.length; i += 500) {
    const rows = await db
      .selectFrom('entity_documents as e')
      .innerJoin('documents as d', 'd.id', 'e.document_id')
      .select(['e.entity_id', (eb) => eb.fn.min('e.document_id').as('document_id')])
      .where('e.entity_id', 'in', entityIds.slice(i, i + 500))
      .groupBy('e.entity_id')
      .execute();
    for (const r of rows) {
      if (performance.now() - t > SLICE_MS) {
        await nextTurn();
        t = performance.now();
      }
      const doc = await db
        .selectFrom('documents')
        .select(['title', 'file_name'])
        .where('id', '=', r.document_id)
        .executeTakeFirst();
      const [meeting] = await store.getAnnotations({ layer: 'meeting', documentId: r.document_id as string });
      out.set(r.entity_id as string, {
        documentId: r.document_id as string,
        title: doc?.title ?? doc?.file_name ?? null,
        format: (meeting?.value as MeetingValue | undefined)?.format ?? null,
      });
    }
  }
  return out;
}
