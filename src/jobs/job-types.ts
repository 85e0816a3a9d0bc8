/**
 * @module job-types
 * What a job is, and the registry of job types: ingest and re-analysis are registered here by
 * Concord; other features (claim checking, evidence linking) register their own types the same
 * way, and every queue runs whatever the registry holds.
 */
import type { ConcordStore } from '../store/store-extensions.ts';

/** States a user sees. `retrying` has failed at least once and waits for its next attempt. */
export type JobState = 'queued' | 'running' | 'retrying' | 'completed' | 'failed';

/** A job as the CLI, the API and the web page show it. */
export interface JobView {
  readonly id: string;
  readonly type: string;
  readonly state: JobState;
  /** Attempts started so far. */
  readonly attempts: number;
  /** The last failure's reason, when it failed. */
  readonly error?: string;
  readonly progress?: { readonly done: number; readonly total: number };
  /** What a completed job returned (JSON). */
  readonly result?: unknown;
  readonly createdAt: string;
  readonly startedAt?: string;
  readonly finishedAt?: string;
}

/** What a running job may use and report. */
export interface JobContext {
  readonly jobId: string;
  readonly store: ConcordStore;
  /** Records progress (shown as a bar); cheap enough to call per item. */
  progress(done: number, total: number): Promise<void>;
}

/** One kind of job. `run` must be idempotent: a retried job runs again from the start. */
export interface JobType<P = unknown> {
  readonly name: string;
  /** Checks and types the payload; throws with a clear message when it is wrong. */
  parse(payload: unknown): P;
  run(payload: P, context: JobContext): Promise<unknown>;
}

/** Job types by name. */
export interface JobRegistry {
  register<P>(type: JobType<P>): void;
  get(name: string): JobType | undefined;
  names(): string[];
}

/** An empty registry. @example const registry = createJobRegistry(); registry.register(ingestJob) */
export function createJobRegistry(): JobRegistry {
  const types = new Map<string, JobType>();
  return {
    register(type) {
      if (!/^[a-z][a-z0-9-]*$/.test(type.name))
        throw new Error(`Invalid job type name "${type.name}": use lower-case letters, digits and -`);
      if (types.has(type.name)) throw new Error(`Job type "${type.name}" is registered twice`);
      types.set(type.name, type as JobType);
    },
    get: (name) => types.get(name),
    names: () => [...types.keys()],
  };
}
