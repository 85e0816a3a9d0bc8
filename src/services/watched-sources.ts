/**
 * @module watched-sources
 * Monitored sources as both front ends use them: listed with their next poll, added (checked
 * first), removed, and polled now through the job queue.
 */
import { z } from 'zod';
import type { JobQueue } from '../jobs/job-queue.ts';
import {
  DEFAULT_INTERVAL_MINUTES,
  MAX_INTERVAL_MINUTES,
  MIN_INTERVAL_MINUTES,
  SOURCE_KINDS,
  type WatchedSource,
} from '../model/watched-source.ts';
import type { Store } from '../store/store.ts';
import { nextPollAt } from '../watch/scheduler.ts';
import { POLL_SOURCE_JOB } from '../watch/watch-jobs.ts';
import { requireQueue } from './job-views.ts';
import { ProblemError } from './problem.ts';

/** A source as shown: its stored record and when it is next due. */
export interface SourceView extends WatchedSource {
  readonly nextPollAt: string;
}

/** What adding a source takes (API body, web form, CLI options). */
export const newSourceSchema = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((u) => URL.canParse(u) && /^https?:$/.test(new URL(u).protocol), 'Use an http or https URL')
    .refine((u) => !URL.canParse(u) || (!new URL(u).username && !new URL(u).password), 'No credentials in the URL')
    .describe('The feed, sitemap or page to watch.'),
  kind: z.enum(SOURCE_KINDS).default('feed').describe('feed (RSS or Atom), sitemap (or sitemap index), or page.'),
  format: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'A format key: lower-case letters, digits and -')
    .optional()
    .describe('The multilateral format the source belongs to (a /formats key).'),
  intervalMinutes: z.coerce
    .number()
    .int()
    .min(MIN_INTERVAL_MINUTES)
    .max(MAX_INTERVAL_MINUTES)
    .default(DEFAULT_INTERVAL_MINUTES)
    .describe('Minutes between polls.'),
});

export type NewSourceInput = z.output<typeof newSourceSchema>;

/** Every source with its next poll. */
export async function listSourceViews(store: Store): Promise<SourceView[]> {
  return (await store.watch.listSources()).map(toView);
}

/** One source with its next poll, or a 404 problem. */
export async function findSource(store: Store, id: string): Promise<SourceView> {
  const source = await store.watch.getSource(id);
  if (!source) throw new ProblemError(404, 'source-not-found', `No watched source with id "${id}".`);
  return toView(source);
}

/** Adds a source as `by`; a URL already watched gives that source back with `created: false`. */
export async function addWatchedSource(
  store: Store,
  input: NewSourceInput,
  by: string,
): Promise<{ source: SourceView; created: boolean }> {
  const { source, created } = await store.watch.addSource({ ...input, format: input.format ?? null, addedBy: by });
  return { source: toView(source), created };
}

/** Removes a source and what it has seen (its documents stay); 404 when absent. */
export async function removeWatchedSource(store: Store, id: string): Promise<void> {
  if (!(await store.watch.removeSource(id)))
    throw new ProblemError(404, 'source-not-found', `No watched source with id "${id}".`);
}

/** Queues a poll of the source now; returns the job's id. */
export async function pollSourceNow(store: Store, jobs: JobQueue | undefined, id: string): Promise<string> {
  const queue = requireQueue(jobs);
  await findSource(store, id);
  return queue.enqueue(POLL_SOURCE_JOB, { sourceId: id });
}

function toView(source: WatchedSource): SourceView {
  return { ...source, nextPollAt: nextPollAt(source).toISOString() };
}
