/**
 * @module delete-document
 * Deleting a document (into the trash) from the web or the CLI: the claims of its meeting are
 * marked stale, since their verdicts may cite it, and a `check-claims` job is queued to check
 * them again when there is a queue (without one they are checked before claims are next read).
 */
import { claimsStageFor } from '../link/claims/claims-stage.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Store } from '../store/store.ts';

/**
 * True when the document was there and is deleted.
 * @example await deleteDocument({ store, jobs }, id, actorName(c), reason)
 */
export async function deleteDocument(
  deps: { store: Store; jobs?: JobQueue },
  id: string,
  by: string,
  reason?: string,
): Promise<boolean> {
  const remove = () => deps.store.deleteDocument(id, by, reason);
  const stage = claimsStageFor(deps.store);
  if (!stage) return remove();
  const { deleted, meetingId } = await stage.documentRemoved(id, remove);
  if (deleted && meetingId && deps.jobs)
    await deps.jobs.enqueue('check-claims', { meetingIds: [meetingId] }, { key: `check-claims:${meetingId}:${id}` });
  return deleted;
}
