/**
 * @module track-stored
 * Runs the tracking stage on a stored document (issue 10): cross-document work after the
 * store, never inside the analysis. A failure here leaves the document stored and is reported,
 * not thrown: the links can be made again by the next document or by `concord analyse`.
 */
import type { Store } from '../store/store.ts';

/** Links the document both ways; returns the error message when the stage failed. */
export async function trackStored(store: Store, documentId: string): Promise<string | undefined> {
  try {
    const { linkDocument } = await import('../track/link-document.ts');
    await linkDocument(store, documentId);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
