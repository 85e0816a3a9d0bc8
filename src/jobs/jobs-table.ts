/**
 * @module jobs-table
 * Reads and writes of the `jobs` table, shared by both queues. JSON columns hold objects only
 * (a result is kept as `{ value }`), so a row reads back the same whether the driver parses
 * JSON (PostgreSQL) or hands back text (SQLite).
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Database, JobsTable } from '../store/database-schema.ts';
import type { JobState, JobView } from './job-types.ts';

/** Statuses that hold an idempotency key (a failed job frees it). */
const LIVE_STATES: readonly JobState[] = ['queued', 'running', 'retrying', 'completed'];

/** Inserts a queued job, or returns the live job holding `key`. */
export async function insertJob(
  db: Kysely<Database>,
  job: { id?: string; type: string; payload: unknown; key?: string; maxAttempts: number },
): Promise<{ id: string; existing: boolean }> {
  if (job.key) {
    const live = await liveJobWithKey(db, job.key);
    if (live) return { id: live, existing: true };
  }
  const id = job.id ?? randomUUID();
  const now = new Date().toISOString();
  try {
    await db
      .insertInto('jobs')
      .values({
        id,
        type: job.type,
        key: job.key ?? null,
        payload: JSON.stringify(job.payload ?? {}),
        state: 'queued',
        attempts: 0,
        max_attempts: job.maxAttempts,
        run_after: now,
        created_at: now,
      })
      .execute();
  } catch (error) {
    // Another process queued the same key in between: that job is the one.
    const live = job.key ? await liveJobWithKey(db, job.key) : undefined;
    if (live) return { id: live, existing: true };
    throw error;
  }
  return { id, existing: false };
}

async function liveJobWithKey(db: Kysely<Database>, key: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('jobs')
    .select('id')
    .where('key', '=', key)
    .where('state', 'in', LIVE_STATES)
    .executeTakeFirst();
  return row?.id;
}

/** Sets columns of a job. */
export async function updateJob(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<Selectable<JobsTable>, 'id' | 'payload' | 'result'>> & { result?: unknown },
): Promise<void> {
  const { result, ...rest } = changes;
  await db
    .updateTable('jobs')
    .set({ ...rest, ...('result' in changes ? { result: JSON.stringify({ value: result ?? null }) } : {}) })
    .where('id', '=', id)
    .execute();
}

export async function getJob(db: Kysely<Database>, id: string): Promise<JobView | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJobView(row) : undefined;
}

/** The payload of a job, as queued. */
export async function jobPayload(db: Kysely<Database>, id: string): Promise<unknown> {
  const row = await db.selectFrom('jobs').select('payload').where('id', '=', id).executeTakeFirst();
  return row ? decode(row.payload) : undefined;
}

export async function listJobs(
  db: Kysely<Database>,
  filter: { state?: JobState; limit?: number } = {},
): Promise<JobView[]> {
  let q = db.selectFrom('jobs').selectAll();
  if (filter.state) q = q.where('state', '=', filter.state);
  const limit = Math.min(1000, Math.max(1, Math.trunc(filter.limit ?? 50)));
  const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toJobView);
}

function toJobView(row: Selectable<JobsTable>): JobView {
  const result = row.result === null ? undefined : (decode(row.result) as { value?: unknown } | undefined)?.value;
  return {
    id: row.id,
    type: row.type,
    state: row.state as JobState,
    attempts: Number(row.attempts),
    ...(row.error ? { error: row.error } : {}),
    ...(row.progress_total !== null
      ? { progress: { done: Number(row.progress_done ?? 0), total: Number(row.progress_total) } }
      : {}),
    ...(result !== undefined && result !== null ? { result } : {}),
    createdAt: row.created_at,
    ...(row.started_at ? { startedAt: row.started_at } : {}),
    ...(row.finished_at ? { finishedAt: row.finished_at } : {}),
  };
}

function decode(raw: unknown): unknown {
  return typeof raw === 'string' ? JSON.parse(raw) : raw;
}
