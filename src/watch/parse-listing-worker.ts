/**
 * @module parse-listing-worker
 * The worker thread's side of `parseListingInWorker`: parses one listing and posts its
 * entries, or the error with its code. Never imported by the main thread.
 */
import { parentPort } from 'node:worker_threads';
import { parseListing } from './parse-listing.ts';

/** What the main thread sends for one listing. */
export interface ListingTask {
  readonly xml: string;
  readonly baseUrl: string;
  readonly maxEntries: number;
}

const port = parentPort;
if (!port) throw new Error('parse-listing-worker runs inside a worker thread');

port.on('message', (message: { type: string; task?: ListingTask }) => {
  if (message.type !== 'task' || !message.task) return;
  const { xml, baseUrl, maxEntries } = message.task;
  try {
    port.postMessage({ type: 'done', value: parseListing(xml, baseUrl, maxEntries) });
  } catch (cause) {
    const error = cause as Error & { code?: string };
    port.postMessage({
      type: 'failed',
      error: { name: error?.name ?? 'Error', message: error?.message ?? String(error), code: error?.code },
    });
  }
});
