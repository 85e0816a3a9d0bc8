/**
 * @module queue-index
 * The review queue kept as an indexed list (`queue_items`, migration 110), so a page of it is
 * one indexed query however large the store: each source group's items are built, ranked (their
 * priority as of the tracker's day) and written when the group's stamp changes; decisions
 * stored since the last look mark what they settle; the page, the counts per kind and the
 * filters are then answered in SQL. One rebuild at a time per store in this process.
 */
import { type Kysely, sql } from 'kysely';
import { settledKeys } from '../review/queue/queue-decisions.ts';
import { QUEUE_KINDS, type QueueKind } from '../review/queue/queue-item.ts';
import { type RankedItem, rankItems } from '../review/queue/rank-items.ts';
import type { Store } from '../store/store.ts';
import { trackingDb } from '../track/tracking-repository.ts';
import { loadQueueItems } from './queue-sources.ts';
import { QUEUE_GROUPS, type QueueGroup, queueStamps } from './queue-stamps.ts';

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

/** Rows written per statement: 9 values a row stays far below either database's limit. */
const BATCH = 500;
/** The watermark row of `queue_sources`: the last decision already applied. */
const DECISIONS = 'decisions';

const refreshing = new WeakMap<Store, Promise<void>>();

/**
 * Brings the list up to date with the store: decisions stored since the last look are applied
 * at once; groups whose stamp changed are rebuilt, one rebuild at a time per store. With
 * `wait: false` a caller gets the list as it was (`stale: true`) and the rebuild starts after
 * it has answered, unless some group was never built (then it waits: an empty list would lie).
 * @example await refreshQueueIndex(store, '2026-12-06')
 */
export async function refreshQueueIndex(store: Store, asOf: string, wait = true): Promise<{ stale: boolean }> {
  const db = trackingDb(store);
  await applyNewDecisions(db);
  const running = refreshing.get(store);
  const [stamps, stored] = await Promise.all([
    queueStamps(db, asOf),
    db.selectFrom('queue_sources').select(['grp', 'stamp']).execute(),
  ]);
  const known = new Map(stored.map((r) => [r.grp as string, r.stamp as string]));
  const groups = Object.keys(QUEUE_GROUPS) as QueueGroup[];
  const stale = groups.filter((g) => known.get(g) !== stamps[g]);
  if (!stale.length && !running) return { stale: false };
  const built = groups.every((g) => known.has(g));
  if (!wait && built) {
    // SQLite runs a rebuild's queries on this thread: it starts once this answer is on its way.
    if (!running) setImmediate(() => void start(store, db, asOf).catch(() => {}));
    return { stale: true };
  }
  await (running ?? start(store, db, asOf));
  return { stale: false };
}

/** The store's rebuild, started once; a failure is the caller's, and the next look retries. */
function start(store: Store, db: Kysely<any>, asOf: string): Promise<void> {
  const running = refreshing.get(store);
  if (running) return running;
  const run = rebuildStale(store, db, asOf).finally(() => refreshing.delete(store));
  refreshing.set(store, run);
  return run;
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

/** A format as the index keeps it: accents and case folded, dashes made one. */
export function foldFormat(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‐‑‒–—―-]/g, '-');
}

async function rebuildStale(store: Store, db: Kysely<any>, asOf: string): Promise<void> {
  const [stamps, stored] = await Promise.all([
    queueStamps(db, asOf),
    db.selectFrom('queue_sources').select(['grp', 'stamp']).execute(),
  ]);
  const known = new Map(stored.map((r) => [r.grp as string, r.stamp as string]));
  for (const group of Object.keys(QUEUE_GROUPS) as QueueGroup[])
    if (known.get(group) !== stamps[group]) {
      await rebuild(store, db, group, stamps[group], asOf);
      await nextTurn();
    }
  // Decisions stored while the groups were rebuilt.
  await applyNewDecisions(db);
}

/** Lets waiting requests run between the parts of a rebuild (SQLite's queries hold the thread). */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Builds one group's items afresh and swaps them in, in one transaction with the new stamp. */
async function rebuild(store: Store, db: Kysely<any>, group: QueueGroup, stamp: string, asOf: string) {
  const kinds = new Set<QueueKind>(QUEUE_GROUPS[group]);
  const ranked = rankItems(await loadQueueItems(store, { kinds }), asOf);
  const rows = ranked.map((item) => ({
    id: item.id,
    grp: group,
    kind: item.kind,
    target: item.target,
    document_id: item.documentId,
    format_key: item.format ? foldFormat(item.format) : null,
    order_key: -item.priority,
    kind_order: QUEUE_KINDS.indexOf(item.kind),
    open: 1,
    item: JSON.stringify(item),
  }));
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('queue_items').where('grp', '=', group).execute();
    for (let i = 0; i < rows.length; i += BATCH)
      await trx
        .insertInto('queue_items')
        .values(rows.slice(i, i + BATCH))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    // What earlier decisions settled stays settled in the rebuilt rows.
    await trx
      .updateTable('queue_items')
      .set({ open: 0 })
      .where('grp', '=', group)
      .where((eb) =>
        eb.or([
          eb('id', 'in', eb.selectFrom('queue_settled').select('key')),
          eb(sql`'*' || target`, 'in', eb.selectFrom('queue_settled').select('key')),
        ]),
      )
      .execute();
    await upsertSource(trx, group, stamp);
  });
}

/** Records what the decisions stored since the last look settle, and closes those items. */
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
    await upsertSource(trx, DECISIONS, String(last));
  });
}

async function upsertSource(db: Kysely<any>, grp: string, stamp: string) {
  await db
    .insertInto('queue_sources')
    .values({ grp, stamp })
    .onConflict((oc) => oc.column('grp').doUpdateSet({ stamp }))
    .execute();
}

/** A payload as stored: JSON text in SQLite, an object in PostgreSQL. */
function payloadOf(raw: unknown): Record<string, unknown> {
  return (typeof raw === 'string' ? JSON.parse(raw) : raw) as Record<string, unknown>;
}

/** `!` escapes LIKE's wildcards (the same in both databases, unlike a backslash). */
function escapeLike(s: string): string {
  return s.replace(/[!%_]/g, (c) => `!${c}`);
}
