/**
 * @module default-ingest
 * The real ingest, loaded on first use: the server does not pull in the readers (PDF, DOCX,
 * HTML) until a document actually arrives. A new document then goes through the tracking stage
 * (src/track), which links it to earlier promises and its promises to later reports.
 */
import type { IngestFn } from './service-deps.ts';
import { trackStored } from './track-stored.ts';

let loaded: Promise<IngestFn> | undefined;

/**
 * Calls `ingest` from src/ingest/ingest.ts, then the tracking stage.
 * @example await defaultIngest(store, { bytes }, analyser)
 */
export const defaultIngest: IngestFn = async (store, input, analyser) => {
  loaded ??= import('../ingest/ingest.ts').then((m) => m.ingest);
  const ingest = await loaded;
  const outcome = await ingest(store, input, analyser);
  if (outcome.ok && outcome.created) await trackStored(store, outcome.id);
  return outcome;
};
