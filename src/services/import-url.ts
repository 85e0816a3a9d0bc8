/**
 * @module import-url
 * Imports a document from a URL: fetched under the address policy (no private, loopback,
 * link-local or metadata addresses, on every redirect), then read like any upload.
 */
import { FetchRefusedError, fetchUrl } from '../ingest/fetch-url.ts';
import type { IngestOutcome } from '../ingest/ingest.ts';
import { ProblemError } from './problem.ts';
import type { AppDeps } from './service-deps.ts';

/** Fetches and ingests `url` as `by`; a refused or failed fetch is a 400/502 problem. */
export async function importUrl(deps: AppDeps, url: string, by: string): Promise<IngestOutcome> {
  try {
    const fetched = await fetchUrl(url, deps.urlFetch);
    return await deps.ingest(deps.store, { ...fetched, by }, deps.analyser);
  } catch (error) {
    if (!(error instanceof FetchRefusedError)) throw error;
    const status = error.code === 'refused-address' || error.code === 'bad-url' ? 400 : 502;
    throw new ProblemError(status, `url-${error.code}`, error.message);
  }
}
