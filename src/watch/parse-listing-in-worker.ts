/**
 * @module parse-listing-in-worker
 * Parses a listing in a worker thread, so a large feed (a few hundred milliseconds of parsing
 * at 4 MiB) never blocks the server that runs the poll, under a budget of 10 s and 256 MB.
 * One worker, kept idle between polls and never keeping the process alive.
 */
import { BudgetError, WorkerPool } from '../ingest/worker-pool.ts';
import { ListingError } from './listing-guard.ts';
import type { Listing } from './parse-listing.ts';
import type { ListingTask } from './parse-listing-worker.ts';

const BUDGET = { timeoutMs: 10_000, memoryMb: 256 };

let shared: WorkerPool | undefined;

function pool(): WorkerPool {
  // The worker module has this module's extension: .ts from the sources, .js when built.
  const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
  shared ??= new WorkerPool(new URL(`./parse-listing-worker${extension}`, import.meta.url), 1, BUDGET);
  return shared;
}

/**
 * `parseListing` off the main thread. Throws `ListingError` (`over-budget` past the budget).
 * @example const listing = await parseListingInWorker(xml, 'https://example.org/feed.xml', 2000);
 */
export async function parseListingInWorker(xml: string, baseUrl: string, maxEntries: number): Promise<Listing> {
  const task: ListingTask = { xml, baseUrl, maxEntries };
  try {
    return (await pool().run(task)) as Listing;
  } catch (error) {
    if (error instanceof BudgetError)
      throw new ListingError('over-budget', `Parsing the listing went over its budget: ${error.message}`);
    const { name, code, message } = error as Error & { code?: ListingError['code'] };
    if (name === 'ListingError' && code) throw new ListingError(code, message);
    throw error;
  }
}
