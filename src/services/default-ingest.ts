/**
 * @module default-ingest
 * The real ingest, loaded on first use: the server does not pull in the readers (PDF, DOCX,
 * HTML) until a document actually arrives.
 */
import type { IngestFn } from './service-deps.ts';

let loaded: Promise<IngestFn> | undefined;

/** Calls `ingest` from src/ingest/ingest.ts. @example await defaultIngest(store, { bytes }, analyser) */
export const defaultIngest: IngestFn = async (store, input, analyser) => {
  loaded ??= import('../ingest/ingest.ts').then((m) => m.ingest);
  const ingest = await loaded;
  return ingest(store, input, analyser);
};
