/**
 * @module boss-job-state
 * Brings the `jobs` rows in step with pg-boss where a worker could not: a worker that died,
 * was stopped or ran past pg-boss's expiry leaves its row `running` or `retrying`, while
 * pg-boss has failed the job into a retry or for good. Before jobs are shown, each row still
 * in flight is compared with pg-boss's own state (public `getJobById`, archive included):
 * failed or cancelled there is `failed` here, with pg-boss's reason; a retry there of a row
 * still `running` is `retrying`. Updates are conditional on the state read, so a worker's own
 * write in between wins.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/database-schema.ts';
import type { JobState } from './job-types.ts';

/** What pg-boss says of a job (the fields used here). */
export interface BossJob {
  readonly state: string;
  readonly output?: unknown;
  readonly completedOn?: Date | string | null;
}

/** Looks up a job in pg-boss by queue name and id; null when pg-boss no longer has it. */
export type BossLookup = (name: string, id: string) => Promise<BossJob | null | undefined>;

/** Rows compared per call, at most: rows in flight are few (workers × concurrency, plus retries). */
const MAX_ROWS = 200;

/** Rows whose state pg-boss may have moved on from. */
const IN_FLIGHT: readonly JobState[] = ['running', 'retrying'];

/**
 * Reconciles the rows in flight (or only the row `id`) with pg-boss; returns how many changed.
 * @example await reconcileWithBoss(store.db, (name, id) => boss.getJobById(name, id, { includeArchive: true }))
 */
export async function reconcileWithBoss(db: Kysely<Database>, lookup: BossLookup, id?: string): Promise<number> {
  let q = db.selectFrom('jobs').select(['id', 'type', 'state', 'error']).where('state', 'in', IN_FLIGHT);
  if (id !== undefined) q = q.where('id', '=', id);
  const rows = await q.orderBy('created_at').limit(MAX_ROWS).execute();
  let changed = 0;
  for (const row of rows) {
    const boss = await lookup(row.type, row.id);
    const next = boss ? rowStateFor(row.state as JobState, boss) : undefined;
    if (!next) continue;
    const result = await db
      .updateTable('jobs')
      .set({
        state: next.state,
        error: next.reason ?? row.error ?? 'pg-boss gave up on the job without a reason',
        ...(next.state === 'failed' ? { finished_at: isoOf(boss?.completedOn) } : {}),
      })
      .where('id', '=', row.id)
      .where('state', '=', row.state)
      .executeTakeFirst();
    changed += Number(result.numUpdatedRows ?? 0);
  }
  return changed;
}

/** The row's state given pg-boss's, when they differ; undefined when the row is right. */
export function rowStateFor(
  row: JobState,
  boss: BossJob,
): { state: 'failed' | 'retrying'; reason?: string } | undefined {
  const reason = reasonOf(boss.output);
  if (boss.state === 'failed') return { state: 'failed', ...(reason ? { reason } : {}) };
  if (boss.state === 'cancelled') return { state: 'failed', reason: reason ?? 'The job was cancelled.' };
  if (boss.state === 'retry' && row === 'running') return { state: 'retrying', ...(reason ? { reason } : {}) };
  return undefined;
}

/**
 * pg-boss keeps a thrown error as `{ message, … }`, its own reasons as `{ value: { message } }`
 * (expiry) or `{ value: '…' }` (shut down while active).
 */
function reasonOf(output: unknown): string | undefined {
  const o = output as { message?: unknown; value?: unknown } | null | undefined;
  const value = o?.value as { message?: unknown } | string | undefined;
  const message = o?.message ?? (typeof value === 'string' ? value : value?.message);
  return typeof message === 'string' && message ? message : undefined;
}

function isoOf(at: Date | string | null | undefined): string {
  const date = at ? new Date(at) : new Date();
  return Number.isNaN(date.getTime()) ? new Date().toISOString() : date.toISOString();
}
