/**
 * @module restore-document
 * Restores a soft-deleted document: its original bytes, kept in the trash, go through the
 * same ingest as any import (so the document, its tree and analysis are rebuilt exactly as
 * the readers of today make them), then the trash entry is closed in the audit log.
 */
import type { IngestOutcome } from '../ingest/ingest.ts';
import { ProblemError } from './problem.ts';
import type { AppDeps } from './service-deps.ts';

/** Restores `documentId` from the trash as `by`; a 404 problem when it is not there. */
export async function restoreDocument(deps: AppDeps, documentId: string, by: string): Promise<IngestOutcome> {
  const source = await deps.store.custody.trashedSource(documentId);
  if (!source) throw new ProblemError(404, 'not-in-trash', `No deleted document "${documentId}" is in the trash.`);
  const outcome = await deps.ingest(deps.store, { ...source, by, restores: documentId }, deps.analyser);
  if (!outcome.ok)
    throw new ProblemError(422, 'restore-failed', `The kept source could not be read again: ${outcome.message}`);
  // A new document closed its trash entry in its own transaction; one already there did not
  // (closing an entry already closed does nothing).
  await deps.store.custody.finishRestore(documentId, by, outcome.id);
  return outcome;
}
