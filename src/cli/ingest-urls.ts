/**
 * @module ingest-urls
 * The URL half of `concord ingest`: each URL fetched under the address policy (no private,
 * loopback, link-local or metadata addresses) and ingested; a refused URL is a failed outcome.
 */
import type { Analyser } from '../analyse/analyser.ts';
import type { PathOutcome } from '../ingest/ingest-paths.ts';
import type { Store } from '../store/store.ts';
import { cliActor } from './cli-actor.ts';

/** True for an http(s) URL argument. @example isUrl('https://example.org/a.pdf') */
export function isUrl(arg: string): boolean {
  return /^https?:\/\//i.test(arg);
}

/** Fetches and ingests each URL in turn. */
export async function ingestUrls(store: Store, urls: readonly string[], analyser: Analyser): Promise<PathOutcome[]> {
  const outcomes: PathOutcome[] = [];
  if (!urls.length) return outcomes;
  // Loaded only when there is a URL to fetch (most ingests are of files).
  const { fetchUrl } = await import('../ingest/fetch-url.ts');
  const { ingest } = await import('../ingest/ingest.ts');
  for (const url of urls) {
    try {
      const fetched = await fetchUrl(url);
      outcomes.push({ ...(await ingest(store, { ...fetched, by: cliActor() }, analyser)), path: url });
    } catch (error) {
      const e = error as Error & { code?: string };
      outcomes.push({ ok: false, path: url, code: e.code ?? 'fetch-failed', message: e.message });
    }
  }
  return outcomes;
}
