/**
 * @module queue-index
 * The review queue kept as an indexed list (`queue_items`, migration 110), so a page of it is
 * one indexed query however large the store, and kept up to date by small slices of work
 * (migration 220): decisions stored since the last look close what they settle at once; the
 * documents marked in `queue_dirty` have their items rebuilt a few at a time; suggested merges
 * follow the entity index; a new tracker day re-ranks only the rows whose deadline is near
 * either day. Between slices requests are answered. One upkeep at a time per store.
 */
import { type Kysely, sql } from 'kysely';
import {
  REJECT_COMMITMENT_ACTION,
  REVIEW_LINK_ACTION,
  SET_STATUS_ACTION,
  settledKeys,
} from '../review/queue/queue-decisions.ts';
import { type QueueKind, targetDocument } from '../review/queue/queue-item.ts';
import type { RankedItem } from '../review/queue/rank-items.ts';
import type { Store } from '../store/store.ts';
import { trackingDb } from '../track/tracking-repository.ts';
import { AS_OF, moveToDay } from './queue-day.ts';
import { hasDirty, markAllDocuments, markDocuments, rebuildDirtySlice } from './queue-documents.ts';
import { MERGES, mergesStamp, rebuildMerges } from './queue-merges.ts';
import { BATCH, foldFormat, nextTurn, upsertSource } from './queue-rows.ts';

export { foldFormat } from './queue-rows.ts';

export interface IndexQuery {
  readonly kind?: QueueKind;
  /** Words of the meeting's format (folded, matched anywhere in it). */
  readonly format?: string;
  readonly document?: string;
  readonly limit: number;
  readonly offset: number;
}

export interface IndexPage {
  readonly total: number;
  readonly byKind: Partial<Record<QueueKind, number>>;
  readonly items: RankedItem[];
}

/** The watermark row of `queue_sources`: the last decision already applied. */
const DECISIONS = 'decisions';
/** Decisions that change what a promise's items show (its derived status), not only close them. */
const RESHAPING: ReadonlySet<string> = new Set([REVIEW_LINK_ACTION, SET_STATUS_ACTION, REJECT_COMMITMENT_ACTION]);

const refreshing = new WeakMap<Store, Promise<void>>();

/**
 * Brings the list up to date with the store: decisions stored since the last look are applied
 * at once; the rest (marked documents, merges, a new day) runs in slices, one upkeep at a time
 * per store. With `wait: false` a caller gets the list as it is (`stale: true`) and the upkeep
 * goes on after it has answered, unless the list was never built (then it waits: an empty list
 * would lie).
 * @example await refreshQueueIndex(store, '2026-12-06')
 */
export async function refreshQueueIndex(store: Store, asOf: string, wait = true): Promise<{ stale: boolean }> {
  const db = trackingDb(store);
  await applyNewDecisions(db);
  const running = refreshing.get(store);
  const sources = await readSources(db);
  const pending =
    !sources.has(AS_OF) ||
    sources.get(AS_OF) !== asOf ||
    (await hasDirty(db)) ||
    sources.get(MERGES) !== (await mergesStamp(db));
  if (!pending && !running) return { stale: false };
  if (!wait && sources.has(AS_OF)) {
    // SQLite runs the upkeep's queries on this thread: it starts once this answer is on its way.
    if (!running) setImmediate(() => void start(store, db, asOf).catch(() => {}));
    return { stale: true };
  }
  await (running ?? start(store, db, asOf));
  return { stale: false };
}

/** The store's upkeep, started once; a failure is the caller's, and the next look retries. */
function start(store: Store, db: Kysely<any>, asOf: string): Promise<void> {
  const running = refreshing.get(store);
  if (running) return running;
  const run = upkeep(store, db, asOf).finally(() => refreshing.delete(store));
  refreshing.set(store, run);
  return run;
}

async function readSources(db: Kysely<any>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('queue_sources').select(['grp', 'stamp']).execute();
  return new Map(rows.map((r) => [r.grp as string, r.stamp as string]));
}

async function upkeep(store: Store, db: Kysely<any>, asOf: string): Promise<void> {
  const day = (await readSources(db)).get(AS_OF);
  if (day === undefined) {
    // The first build: every document, ranked as of this day.
    await markAllDocuments(db);
    await upsertSource(db, AS_OF, asOf);
  } else if (day !== asOf) await moveToDay(db, day, asOf);
  for (;;) {
    while (await rebuildDirtySlice(store, db, asOf)) await nextTurn();
    const stamp = await mergesStamp(db);
    if ((await readSources(db)).get(MERGES) !== stamp) await rebuildMerges(store, db, asOf, stamp);
    // Decisions stored meanwhile; they may mark documents again.
    await applyNewDecisions(db);
    if (!(await hasDirty(db))) return;
    await nextTurn();
  }
}

/** One page of open items, ranked, with the counts per kind (the kind filter aside). */
export async function queryQueueIndex(store: Store, query: IndexQuery): Promise<IndexPage> {
  const db = trackingDb(store);
  const filtered = (q: any) => {
    let out = q.where('open', '=', 1);
    if (query.document) out = out.where('document_id', '=', query.document);
    if (query.format) out = out.where(sql`format_key like ${`%${escapeLike(foldFormat(query.format))}%`} escape '!'`);
    return out;
  };
  const counts = await filtered(db.selectFrom('queue_items').select(['kind', (eb: any) => eb.fn.countAll().as('n')]))
    .groupBy('kind')
    .execute();
  const byKind: Partial<Record<QueueKind, number>> = {};
  for (const r of counts as { kind: QueueKind; n: number | string }[]) byKind[r.kind] = Number(r.n);
  let page = filtered(db.selectFrom('queue_items').select('item'));
  if (query.kind) page = page.where('kind', '=', query.kind);
  const rows = await page
    .orderBy('order_key')
    .orderBy('kind_order')
    .orderBy('document_id')
    .orderBy('id')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  const total = query.kind ? (byKind[query.kind] ?? 0) : Object.values(byKind).reduce((a, b) => a + b, 0);
  return { total, byKind, items: rows.map((r: { item: string }) => JSON.parse(r.item) as RankedItem) };
}

/**
 * Records what the decisions stored since the last look settle and closes those items; marks
 * the documents of promises whose status or evidence a decision reshapes.
 */
async function applyNewDecisions(db: Kysely<any>): Promise<void> {
  const mark = await db.selectFrom('queue_sources').select('stamp').where('grp', '=', DECISIONS).executeTakeFirst();
  const since = Number(mark?.stamp ?? 0);
  const rows = await db
    .selectFrom('decisions')
    .select(['id', 'target', 'action', 'payload'])
    .where('id', '>', since)
    .orderBy('id')
    .execute();
  if (!rows.length) return;
  const keys = [...new Set(rows.flatMap((r) => settledKeys({ ...r, payload: payloadOf(r.payload) })))];
  const reshaped = rows.filter((r) => RESHAPING.has(r.action)).map((r) => r.target as string);
  const last = Number(rows[rows.length - 1].id);
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < keys.length; i += BATCH) {
      const slice = keys.slice(i, i + BATCH);
      await trx
        .insertInto('queue_settled')
        .values(slice.map((key) => ({ key })))
        .onConflict((oc) => oc.column('key').doNothing())
        .execute();
      const whole = slice.filter((k) => k.startsWith('*')).map((k) => k.slice(1));
      await trx.updateTable('queue_items').set({ open: 0 }).where('id', 'in', slice).execute();
      if (whole.length) await trx.updateTable('queue_items').set({ open: 0 }).where('target', 'in', whole).execute();
    }
    await markDocuments(trx, await documentsOf(trx, reshaped));
    await upsertSource(trx, DECISIONS, String(last));
  });
}

/** The documents whose items show the targets (the rows already listing them, else the target's own). */
async function documentsOf(db: Kysely<any>, targets: readonly string[]): Promise<string[]> {
  const out = new Set<string>();
  for (let i = 0; i < targets.length; i += BATCH) {
    const slice = targets.slice(i, i + BATCH);
    const rows = await db.selectFrom('queue_items').select('document_id').where('target', 'in', slice).execute();
    for (const r of rows) out.add(r.document_id as string);
    for (const t of slice) {
      const own = targetDocument(t);
      if (own) out.add(own);
    }
  }
  return [...out];
}

/** A payload as stored: JSON text in SQLite, an object in PostgreSQL. */
function payloadOf(raw: unknown): Record<string, unknown> {
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
}

/** `!` escapes LIKE's wildcards (the same in both databases, unlike a backslash). */
function escapeLike(s: string): string {
  return s.replace(/[!%_]/g, (c) => `!${c}`);
}
