/**
 * @module watch-jobs
 * The job types of monitored sources: `poll-source` (one poll of one source, which queues an
 * item job per new item) and `watch-item` (fetch, ingest, track and check one item). Both are
 * idempotent (see `poll-source.ts`, `ingest-item.ts`); a fetch that fails throws, so the queue
 * retries the job with back-off, and the failure is recorded on the source or item meanwhile.
 */
import { z } from 'zod';
import type { FetchUrlOptions } from '../ingest/fetch-url.ts';
import type { EnqueueOptions } from '../jobs/job-queue.ts';
import type { JobType } from '../jobs/job-types.ts';
// Types only: the fetching and reading code (encodings, feeds) loads when a job first runs, not
// with every server process that registers the jobs.
import type { ItemOutcome } from './ingest-item.ts';
import type { ItemRef, PollResult } from './poll-source.ts';

export const POLL_SOURCE_JOB = 'poll-source';
export const WATCH_ITEM_JOB = 'watch-item';

/** What the watch jobs need from the process that registers them. */
export interface WatchJobOptions {
  /** The queue's `enqueue` (a poll queues item jobs). */
  readonly enqueue: (type: string, payload: unknown, options?: EnqueueOptions) => Promise<string>;
  /** Limits of every fetch; tests alone set `allowLoopback`. */
  readonly urlFetch?: FetchUrlOptions;
}

const pollPayload = z.object({ sourceId: z.string().min(1).max(100) });
const itemPayload = z.object({
  sourceId: z.string().min(1).max(100),
  key: z.string().min(1).max(2200),
  url: z.string().min(1).max(2000),
  attempt: z.number().int().min(0).optional(),
});

/** The two job types, bound to a queue. @example registry.register(...watchJobTypes({ enqueue })) */
export function watchJobTypes(options: WatchJobOptions): JobType[] {
  const pollJob: JobType<z.infer<typeof pollPayload>> = {
    name: POLL_SOURCE_JOB,
    parse: (payload) => parsed(pollPayload, payload, POLL_SOURCE_JOB),
    async run({ sourceId }, { store }): Promise<PollResult | { gone: true }> {
      const source = await store.watch.getSource(sourceId);
      if (!source) return { gone: true };
      const enqueueItem = async (item: ItemRef) => {
        const attempt = (await store.watch.getItem(item.sourceId, item.key))?.attempts ?? 0;
        // Keyed by item and attempt: a poll run twice queues nothing twice, a failed item is tried again.
        return options.enqueue(
          WATCH_ITEM_JOB,
          { ...item, attempt },
          { key: `${WATCH_ITEM_JOB}:${sourceId}:${item.key}:${attempt}` },
        );
      };
      const { pollSource } = await import('./poll-source.ts');
      return pollSource({ store, enqueueItem, fetch: options.urlFetch }, source);
    },
  };
  const itemJob: JobType<z.infer<typeof itemPayload>> = {
    name: WATCH_ITEM_JOB,
    parse: (payload) => parsed(itemPayload, payload, WATCH_ITEM_JOB),
    async run({ sourceId, key, url }, { store }): Promise<ItemOutcome> {
      const { ingestItem } = await import('./ingest-item.ts');
      return ingestItem(store, { sourceId, key, url }, options.urlFetch);
    },
  };
  return [pollJob as JobType, itemJob as JobType];
}

function parsed<T>(schema: z.ZodType<T>, payload: unknown, name: string): T {
  const result = schema.safeParse(payload);
  if (!result.success) throw new Error(`Invalid ${name} job: ${result.error.issues[0]?.message ?? 'bad payload'}`);
  return result.data;
}
