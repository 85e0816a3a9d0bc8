/**
 * @module poll-source
 * One poll of a watched source: fetch its listing (or, for a page, the page), compare what it
 * lists with the items already seen, remember the new ones with the time first seen, and queue
 * one job per item to fetch and ingest it. Items seen before whose fetch failed (the queue
 * retried each job with back-off) are queued again by later polls, up to `MAX_ITEM_ATTEMPTS`
 * fetches in all; one fetched but unreadable is not. The item jobs are keyed by source
 * and item, so a poll that runs twice queues nothing twice. The poll's outcome (its error, or
 * success) is recorded on the source.
 */
import { createHash } from 'node:crypto';
import { fetchUrl, type FetchUrlOptions } from '../ingest/fetch-url.ts';
import type { WatchedSource } from '../model/watched-source.ts';
import type { Store } from '../store/store.ts';
import type { ListedItem } from '../store/watch/watch-store.ts';
import { fetchListing } from './fetch-listing.ts';

/** New items queued per poll; the rest wait, unseen, for the next poll. */
export const MAX_NEW_PER_POLL = 200;
/**
 * Fetches of one item before it is left alone (its error stays visible): a job tries up to 4
 * times, so an item is taken up by at most 3 polls.
 */
export const MAX_ITEM_ATTEMPTS = 12;

/** An item to fetch and ingest: what the item job carries. */
export interface ItemRef {
  readonly sourceId: string;
  readonly key: string;
  readonly url: string;
}

export interface PollDeps {
  readonly store: Store;
  /** Queues the job that fetches and ingests one item; returns the job's id. */
  readonly enqueueItem: (item: ItemRef) => Promise<string>;
  readonly fetch?: FetchUrlOptions;
  readonly now?: () => Date;
}

/** What one poll found. */
export interface PollResult {
  /** Entries the listing opened (a page: 1). */
  readonly listed: number;
  /** Items seen for the first time. */
  readonly newItems: number;
  /** Item jobs queued (new items and earlier failures tried again). */
  readonly jobs: readonly string[];
}

/**
 * Polls `source` and queues its new items. Throws when the listing cannot be fetched or read,
 * after recording the error on the source.
 * @example await pollSource({ store, enqueueItem }, source)
 */
export async function pollSource(deps: PollDeps, source: WatchedSource): Promise<PollResult> {
  const now = deps.now ?? (() => new Date());
  const { watch } = deps.store;
  try {
    const listed = await listItems(source, deps.fetch);
    const seen = await watch.seenKeys(
      source.id,
      listed.items.map((i) => i.key),
    );
    const fresh = listed.items.filter((i) => !seen.has(i.key)).slice(0, MAX_NEW_PER_POLL);
    await watch.addItems(source.id, fresh, now());
    const pending = await watch.pendingItems(source.id, MAX_ITEM_ATTEMPTS, MAX_NEW_PER_POLL);
    const jobs: string[] = [];
    for (const item of pending)
      jobs.push(await deps.enqueueItem({ sourceId: source.id, key: item.key, url: item.url }));
    await watch.recordPoll(source.id, { at: now() });
    return { listed: listed.count, newItems: fresh.length, jobs };
  } catch (error) {
    await watch.recordPoll(source.id, { at: now(), error: (error as Error).message ?? String(error) });
    throw error;
  }
}

/** The items a source lists now: a listing's entries, or a page's current version. */
async function listItems(
  source: WatchedSource,
  fetch: FetchUrlOptions | undefined,
): Promise<{ items: ListedItem[]; count: number }> {
  if (source.kind === 'page') {
    const page = await fetchUrl(source.url, fetch);
    const hash = createHash('sha256').update(page.bytes).digest('hex');
    // A version of the page is new when its bytes are: the key holds the hash.
    return { items: [{ key: `${source.url}#sha256=${hash}`, url: source.url }], count: 1 };
  }
  const listing = await fetchListing(source.url, fetch);
  const items = listing.entries.map((e) => ({ key: e.url, url: e.url, title: e.title ?? null }));
  return { items, count: listing.listed };
}
