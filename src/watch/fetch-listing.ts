/**
 * @module fetch-listing
 * Fetches a feed or sitemap under the URL import's rules (no private, loopback or metadata
 * address, on every redirect; time-limited), with a size cap of its own: a listing is a few
 * hundred kilobytes, so 4 MiB is generous and bounds the parse. A sitemap index is followed
 * one level down, to at most 20 sitemaps, and all their entries together stay within the limit.
 * Parsing runs in a worker thread (`parse-listing-in-worker.ts`).
 */
import { fetchUrl, type FetchUrlOptions } from '../ingest/fetch-url.ts';
import { decodeText } from '../read/decode.ts';
import { ListingError } from './listing-guard.ts';
import { MAX_ENTRIES } from './listing-limit.ts';
import type { ListedEntry, Listing } from './parse-listing.ts';
import { parseListingInWorker } from './parse-listing-in-worker.ts';

/** Largest feed or sitemap accepted. */
export const LISTING_MAX_BYTES = 4 * 1024 * 1024;
/** Sitemaps of an index read per poll. */
export const MAX_CHILD_SITEMAPS = 20;

/**
 * The entries of the listing at `url` (an index's sitemaps read in). Throws `FetchRefusedError`
 * or `ListingError`.
 * @example const { entries } = await fetchListing('https://example.org/feed.xml');
 */
export async function fetchListing(url: string, options: FetchUrlOptions = {}): Promise<Listing> {
  const listing = await fetchOne(url, options);
  if (listing.kind !== 'sitemap-index') return listing;
  const entries: ListedEntry[] = [];
  let listed = 0;
  for (const child of listing.entries.slice(0, MAX_CHILD_SITEMAPS)) {
    if (entries.length >= MAX_ENTRIES) break;
    const sitemap = await fetchOne(child.url, options, MAX_ENTRIES - entries.length);
    // One level only: an index inside an index is not followed (bounded depth).
    if (sitemap.kind === 'sitemap-index') continue;
    entries.push(...sitemap.entries);
    listed += sitemap.listed;
  }
  return { kind: 'sitemap', entries, listed };
}

async function fetchOne(url: string, options: FetchUrlOptions, maxEntries = MAX_ENTRIES): Promise<Listing> {
  const fetched = await fetchUrl(url, {
    ...options,
    maxBytes: Math.min(options.maxBytes ?? LISTING_MAX_BYTES, LISTING_MAX_BYTES),
  });
  const charset = /charset=([\w-]+)/i.exec(fetched.mediaType ?? '')?.[1];
  let text: string;
  try {
    text = decodeText(fetched.bytes, fetched.fileName, charset).text;
  } catch (error) {
    throw new ListingError('malformed', `${fetched.url} cannot be decoded: ${(error as Error).message}`);
  }
  return parseListingInWorker(text, fetched.url, maxEntries);
}
