/**
 * @module watch-store
 * The tables of monitored sources (migration 070): the sources, and the items each has listed
 * with the time first seen, the bytes' hash and the document each became. Both dialects run the
 * same queries; `on conflict do nothing` makes remembering an item idempotent.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { NewWatchedSource, SourceKind, WatchedItem, WatchedSource } from '../../model/watched-source.ts';
import { DEFAULT_INTERVAL_MINUTES } from '../../model/watched-source.ts';
import type { Database, WatchedItemsTable, WatchedSourcesTable } from '../database-schema.ts';

/** Keys per `in (…)` list: well under either dialect's parameter limit. */
const CHUNK = 500;

/** An item to remember: its key (the URL, or URL and hash for a page's version), URL and title. */
export interface ListedItem {
  readonly key: string;
  readonly url: string;
  readonly title?: string | null;
}

/** An ingested item with its source, for the "new since" view. */
export interface ArrivedItem extends WatchedItem {
  readonly sourceUrl: string;
  readonly format: string | null;
  readonly ingestedAt: string;
}

/** Reads and writes of the watched sources and their items. */
export class WatchStore {
  readonly #db: Kysely<Database>;

  constructor(db: Kysely<Database>) {
    this.#db = db;
  }

  /** Adds a source; a URL already watched returns that source with `created: false`. */
  async addSource(input: NewWatchedSource, now = new Date()): Promise<{ source: WatchedSource; created: boolean }> {
    const existing = await this.#db
      .selectFrom('watched_sources')
      .select('id')
      .where('url', '=', input.url)
      .executeTakeFirst();
    if (existing) return { source: (await this.getSource(existing.id))!, created: false };
    const id = randomUUID();
    await this.#db
      .insertInto('watched_sources')
      .values({
        id,
        url: input.url,
        kind: input.kind,
        format: input.format ?? null,
        interval_minutes: input.intervalMinutes ?? DEFAULT_INTERVAL_MINUTES,
        added_by: input.addedBy,
        added_at: now.toISOString(),
        last_polled_at: null,
        last_error: null,
        failures: 0,
      })
      .onConflict((oc) => oc.column('url').doNothing())
      .execute();
    const stored = await this.#db
      .selectFrom('watched_sources')
      .select('id')
      .where('url', '=', input.url)
      .executeTakeFirst();
    return { source: (await this.getSource(stored!.id))!, created: stored!.id === id };
  }

  /** Every source, oldest first, with its item counts. */
  async listSources(): Promise<WatchedSource[]> {
    const rows = await this.#withCounts().orderBy('s.added_at').orderBy('s.id').execute();
    return rows.map(toSource);
  }

  async getSource(id: string): Promise<WatchedSource | undefined> {
    const row = await this.#withCounts().where('s.id', '=', id).executeTakeFirst();
    return row ? toSource(row) : undefined;
  }

  /** Removes a source and what it has seen (documents stay). False when absent. */
  async removeSource(id: string): Promise<boolean> {
    await this.#db.deleteFrom('watched_items').where('source_id', '=', id).execute();
    const result = await this.#db.deleteFrom('watched_sources').where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /** Records a poll's end: its error, or success (which resets the failures in a row). */
  async recordPoll(id: string, outcome: { at: Date; error?: string }): Promise<void> {
    await this.#db
      .updateTable('watched_sources')
      .set((eb) => ({
        last_polled_at: outcome.at.toISOString(),
        last_error: outcome.error ?? null,
        failures: outcome.error ? eb('failures', '+', 1) : 0,
      }))
      .where('id', '=', id)
      .execute();
  }

  /** Which of `keys` the source has already seen. */
  async seenKeys(sourceId: string, keys: readonly string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await this.#db
        .selectFrom('watched_items')
        .select('item_key')
        .where('source_id', '=', sourceId)
        .where('item_key', 'in', keys.slice(i, i + CHUNK))
        .execute();
      for (const r of rows) seen.add(r.item_key);
    }
    return seen;
  }

  /** Remembers items as first seen `now`; items already remembered keep their first time. */
  async addItems(sourceId: string, items: readonly ListedItem[], now = new Date()): Promise<void> {
    const at = now.toISOString();
    for (let i = 0; i < items.length; i += CHUNK / 10) {
      const rows = items.slice(i, i + CHUNK / 10).map((item) => ({
        source_id: sourceId,
        item_key: item.key,
        url: item.url,
        title: item.title ?? null,
        first_seen_at: at,
      }));
      await this.#db
        .insertInto('watched_items')
        .values(rows)
        .onConflict((oc) => oc.columns(['source_id', 'item_key']).doNothing())
        .execute();
    }
  }

  /**
   * Items seen but not stored yet, oldest first: never fetched, or whose fetch failed fewer than
   * `maxAttempts` times. One fetched but unreadable (its hash is known) is not tried again.
   */
  async pendingItems(sourceId: string, maxAttempts: number, limit: number): Promise<WatchedItem[]> {
    const rows = await this.#db
      .selectFrom('watched_items')
      .selectAll()
      .where('source_id', '=', sourceId)
      .where('document_id', 'is', null)
      .where('content_hash', 'is', null)
      .where('attempts', '<', maxAttempts)
      .orderBy('first_seen_at')
      .orderBy('item_key')
      .limit(limit)
      .execute();
    return rows.map(toItem);
  }

  async getItem(sourceId: string, key: string): Promise<WatchedItem | undefined> {
    const row = await this.#db
      .selectFrom('watched_items')
      .selectAll()
      .where('source_id', '=', sourceId)
      .where('item_key', '=', key)
      .executeTakeFirst();
    return row ? toItem(row) : undefined;
  }

  /** The document an item with this URL (from any source) or these bytes already became, if any. */
  async ingestedAs(match: { url?: string; contentHash?: string }): Promise<string | undefined> {
    let q = this.#db.selectFrom('watched_items').select('document_id').where('document_id', 'is not', null);
    if (match.url) q = q.where('url', '=', match.url);
    else if (match.contentHash) q = q.where('content_hash', '=', match.contentHash);
    else return undefined;
    return (await q.limit(1).executeTakeFirst())?.document_id ?? undefined;
  }

  /** Records one attempt at an item: the document it became, or why it failed. */
  async recordItem(
    sourceId: string,
    key: string,
    outcome: { at: Date; documentId?: string; contentHash?: string; error?: string },
  ): Promise<void> {
    await this.#db
      .updateTable('watched_items')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        error: outcome.error ?? null,
        ...(outcome.contentHash ? { content_hash: outcome.contentHash } : {}),
        ...(outcome.documentId ? { document_id: outcome.documentId, ingested_at: outcome.at.toISOString() } : {}),
      }))
      .where('source_id', '=', sourceId)
      .where('item_key', '=', key)
      .execute();
  }

  /** Items stored as documents at or after `since`, newest first. */
  async arrivedSince(since: Date, limit = 500): Promise<ArrivedItem[]> {
    const rows = await this.#db
      .selectFrom('watched_items as i')
      .innerJoin('watched_sources as s', 's.id', 'i.source_id')
      .selectAll('i')
      .select(['s.url as source_url', 's.format as source_format'])
      .where('i.ingested_at', '>=', since.toISOString())
      .where('i.document_id', 'is not', null)
      .orderBy('i.ingested_at', 'desc')
      .orderBy('i.item_key')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      ...toItem(r),
      sourceUrl: r.source_url,
      format: r.source_format,
      ingestedAt: r.ingested_at!,
    }));
  }

  #withCounts() {
    return this.#db
      .selectFrom('watched_sources as s')
      .selectAll('s')
      .select((eb) => [
        eb
          .selectFrom('watched_items as i')
          .select((e) => e.fn.countAll().as('n'))
          .whereRef('i.source_id', '=', 's.id')
          .as('items_seen'),
        eb
          .selectFrom('watched_items as i')
          .select((e) => e.fn.countAll().as('n'))
          .whereRef('i.source_id', '=', 's.id')
          .where('i.document_id', 'is not', null)
          .as('items_ingested'),
        eb
          .selectFrom('watched_items as i')
          .select((e) => e.fn.countAll().as('n'))
          .whereRef('i.source_id', '=', 's.id')
          .where('i.document_id', 'is', null)
          .where('i.error', 'is not', null)
          .as('items_failed'),
      ]);
  }
}

function toSource(
  r: Selectable<WatchedSourcesTable> & { items_seen: unknown; items_ingested: unknown; items_failed: unknown },
): WatchedSource {
  return {
    id: r.id,
    url: r.url,
    kind: r.kind as SourceKind,
    format: r.format,
    intervalMinutes: Number(r.interval_minutes),
    addedBy: r.added_by,
    addedAt: r.added_at,
    lastPolledAt: r.last_polled_at,
    lastError: r.last_error,
    failures: Number(r.failures),
    itemsSeen: Number(r.items_seen ?? 0),
    itemsIngested: Number(r.items_ingested ?? 0),
    itemsFailed: Number(r.items_failed ?? 0),
  };
}

function toItem(r: Selectable<WatchedItemsTable>): WatchedItem {
  return {
    sourceId: r.source_id,
    key: r.item_key,
    url: r.url,
    title: r.title,
    firstSeenAt: r.first_seen_at,
    documentId: r.document_id,
    contentHash: r.content_hash,
    error: r.error,
    attempts: Number(r.attempts),
  };
}
