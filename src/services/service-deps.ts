/**
 * @module service-deps
 * What the services (and the two front ends that call them) are built from: the store, the
 * analyser, the ingest function and the body-size limits.
 */
import type { Analyser } from '../analyse/analyser.ts';
import type { IngestInput, IngestOutcome } from '../ingest/ingest.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Store } from '../store/store.ts';
import type { FetchUrlOptions } from '../ingest/fetch-url.ts';
import type { AccountSettings } from '../accounts/account-settings.ts';
import type { LoginLimiter } from '../accounts/login-limiter.ts';

export type { IngestInput, IngestOutcome };

/** The ingest function the app calls; injectable so tests can count or fail calls. */
export type IngestFn = (store: Store, input: IngestInput, analyser: Analyser) => Promise<IngestOutcome>;

/** Size limits of request bodies, in bytes. */
export interface Limits {
  /** Multipart uploads (all files of one request together). */
  readonly uploadBytes: number;
  /** JSON and form bodies. */
  readonly jsonBytes: number;
}

/** 25 MiB for uploads (a long PDF), 2 MiB for JSON (pasted text). */
export const DEFAULT_LIMITS: Limits = Object.freeze({ uploadBytes: 25 * 1024 * 1024, jsonBytes: 2 * 1024 * 1024 });

/** Everything routes and pages need, passed once to `createApp`. */
export interface AppDeps {
  readonly store: Store;
  readonly analyser: Analyser;
  readonly limits: Limits;
  readonly ingest: IngestFn;
  /** The job queue, when this server has one (`concord serve` opens it; tests may not). */
  readonly jobs?: JobQueue;
  /** Limits of imports from a URL; tests alone set `allowLoopback`. */
  readonly urlFetch?: FetchUrlOptions;
  /** Sign-in settings and the failed sign-in counter of this app. */
  readonly accounts: { readonly settings: AccountSettings; readonly limiter: LoginLimiter };
}
