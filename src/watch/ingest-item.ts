/**
 * @module ingest-item
 * Fetches one item a watched source listed and takes it through the whole path as it arrives:
 * read, analyse and store (`ingest`), then the tracking stage (commitments and their evidence)
 * and the claims check of the meetings it touches. Idempotent: an item already stored, a URL
 * another source already brought in, or bytes already ingested under another URL are recorded
 * as that document without a second ingest. A failed fetch throws, so the job is retried with
 * back-off; a document that cannot be read is recorded with its reason (trying again would not help).
 */
import { createHash } from 'node:crypto';
import type { Analyser } from '../analyse/analyser.ts';
import { fetchUrl, type FetchUrlOptions } from '../ingest/fetch-url.ts';
import { ingest } from '../ingest/ingest.ts';
import { claimsStageFor } from '../link/claims/claims-stage.ts';
import { createStoreAnalyser } from '../review/store-analyser.ts';
import { trackStored } from '../services/track-stored.ts';
import type { Store } from '../store/store.ts';
import type { ItemRef } from './poll-source.ts';

/** What became of an item. */
export type ItemOutcome =
  | { readonly status: 'stored' | 'known'; readonly documentId: string }
  | { readonly status: 'failed'; readonly error: string }
  | { readonly status: 'gone' };

/** One analyser per store and process: building one loads the knowledge base. */
const analysers = new WeakMap<Store, Analyser>();

/**
 * The item of each URL being taken in by this process: two sources listing one URL have their
 * item jobs run one after the other, so the second finds the first's document instead of
 * fetching again. Across worker processes the content hash (and the store's own duplicate
 * check) still keeps one document; only a fetch may be repeated.
 */
const inFlight = new Map<string, Promise<unknown>>();

async function oneAtATime<T>(url: string, work: () => Promise<T>): Promise<T> {
  const previous = inFlight.get(url) ?? Promise.resolve();
  const current = previous.catch(() => undefined).then(work);
  const settled = current.catch(() => undefined);
  inFlight.set(url, settled);
  try {
    return await current;
  } finally {
    if (inFlight.get(url) === settled) inFlight.delete(url);
  }
}

/**
 * Fetches, ingests, tracks and checks one item.
 * @example await ingestItem(store, { sourceId, key: url, url }, { allowLoopback: false })
 */
export function ingestItem(store: Store, ref: ItemRef, fetch?: FetchUrlOptions): Promise<ItemOutcome> {
  return oneAtATime(ref.url, () => ingestOne(store, ref, fetch));
}

async function ingestOne(store: Store, ref: ItemRef, fetch?: FetchUrlOptions): Promise<ItemOutcome> {
  const { watch } = store;
  const item = await watch.getItem(ref.sourceId, ref.key);
  const source = await watch.getSource(ref.sourceId);
  // The source was removed meanwhile: nothing to record against.
  if (!item || !source) return { status: 'gone' };
  if (item.documentId) return { status: 'known', documentId: item.documentId };
  const note = (fields: { documentId?: string; contentHash?: string; error?: string }) =>
    watch.recordItem(ref.sourceId, ref.key, { at: new Date(), ...fields });
  const known = async (documentId: string, contentHash?: string): Promise<ItemOutcome> => {
    await note({ documentId, contentHash });
    return { status: 'known', documentId };
  };

  // A watched page's versions share its URL, so only listed items are matched by URL.
  const byUrl = source.kind === 'page' ? undefined : await watch.ingestedAs({ url: ref.url });
  if (byUrl) return known(byUrl);
  let fetched = takeFetched(ref.url);
  if (!fetched) {
    try {
      fetched = await fetchUrl(ref.url, fetch);
    } catch (error) {
      await note({ error: (error as Error).message });
      throw error;
    }
  }
  try {
    return await takeIn(store, ref, fetched, source.addedBy, note, known);
  } catch (error) {
    // The store or the tracking failed after the fetch: the job's retry reads these bytes again, not the site.
    keepFetched(ref.url, fetched);
    throw error;
  }
}

type Fetched = Awaited<ReturnType<typeof fetchUrl>>;

/** Bytes fetched for an item whose job then failed, by URL, for its retry (a few, for a few minutes). */
const fetchedForRetry = new Map<string, { fetched: Fetched; at: number }>();
const KEEP_FOR_MS = 10 * 60_000;
const KEEP_AT_MOST = 16;

function keepFetched(url: string, fetched: Fetched): void {
  if (fetchedForRetry.size >= KEEP_AT_MOST) fetchedForRetry.delete(fetchedForRetry.keys().next().value as string);
  fetchedForRetry.set(url, { fetched, at: Date.now() });
}

function takeFetched(url: string): Fetched | undefined {
  const kept = fetchedForRetry.get(url);
  fetchedForRetry.delete(url);
  return kept && Date.now() - kept.at < KEEP_FOR_MS ? kept.fetched : undefined;
}

async function takeIn(
  store: Store,
  ref: ItemRef,
  fetched: Fetched,
  addedBy: string,
  note: (fields: { documentId?: string; contentHash?: string; error?: string }) => Promise<unknown>,
  known: (documentId: string, contentHash?: string) => Promise<ItemOutcome>,
): Promise<ItemOutcome> {
  const { watch } = store;
  const contentHash = createHash('sha256').update(fetched.bytes).digest('hex');
  const byHash = await watch.ingestedAs({ contentHash });
  if (byHash) return known(byHash, contentHash);

  let analyser = analysers.get(store);
  if (!analyser) analysers.set(store, (analyser = createStoreAnalyser(store)));
  const outcome = await ingest(store, { ...fetched, by: `watch:${addedBy}` }, analyser);
  if (!outcome.ok) {
    await note({ contentHash, error: outcome.message });
    return { status: 'failed', error: outcome.message };
  }
  if (outcome.created) {
    // As it arrives: linked to earlier and later commitments, and its meeting's claims checked.
    await trackStored(store, outcome.id);
    await claimsStageFor(store)?.refresh();
  }
  await note({ documentId: outcome.id, contentHash });
  return { status: outcome.created ? 'stored' : 'known', documentId: outcome.id };
}
