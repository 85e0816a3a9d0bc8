/**
 * @module stale-analyses
 * When a step's version changes, what it produced is stale: this finds the documents whose
 * latest analysis ran a step at another version (or lacks a step the pipeline now has) and
 * queues one `reanalyse` job for exactly those, keyed by the pipeline's versions so asking
 * again (every worker asks at start) queues nothing twice.
 */
import { createHash } from 'node:crypto';
import type { KyselyStore } from '../store/kysely-store.ts';
import type { JobQueue } from './job-queue.ts';

/**
 * Ids of documents analysed with other step versions than `current`.
 * @example await staleDocumentIds(store, { entities: '3' })
 */
export async function staleDocumentIds(
  store: KyselyStore,
  current: Readonly<Record<string, string>>,
): Promise<string[]> {
  const rows = await store.db
    .selectFrom('analysis_runs as r')
    .select(['r.document_id', 'r.versions'])
    // The latest run of each document (ids only grow).
    .where('r.id', 'in', (eb) =>
      eb
        .selectFrom('analysis_runs')
        .select((e) => e.fn.max('id').as('id'))
        .groupBy('document_id'),
    )
    .orderBy('r.document_id')
    .execute();
  return rows
    .filter((row) => {
      const versions = (typeof row.versions === 'string' ? JSON.parse(row.versions) : row.versions) as Record<
        string,
        string
      >;
      return Object.entries(current).some(([step, version]) => versions[step] !== version);
    })
    .map((row) => row.document_id);
}

/** Queues the re-analysis of stale documents; returns the job id, or undefined when none is stale. */
export async function scheduleStaleReanalysis(
  store: KyselyStore,
  queue: JobQueue,
  current: Readonly<Record<string, string>>,
): Promise<string | undefined> {
  const ids = await staleDocumentIds(store, current);
  if (!ids.length) return undefined;
  const key = `reanalyse:${createHash('sha256')
    .update(JSON.stringify(Object.entries(current).sort()))
    .digest('hex')
    .slice(0, 16)}`;
  return queue.enqueue('reanalyse', { ids }, { key });
}
