/**
 * @module document-layers
 * Reads a document's annotation layers from the store, by name.
 */
import type { Layers } from '../model/annotation.ts';
import type { Store, StoredAnnotation } from '../store/store.ts';

/** The layers the GUIDE's analysis JSON is made from. */
export const ANALYSIS_LAYERS = ['documentKind', 'meeting', 'participants', 'parties', 'statements', 'entities'] as const;

/** Annotations of a document for each named layer (empty arrays for layers it lacks). @example await loadLayers(store, 'd_…', ['entities']) */
export async function loadLayers(store: Store, documentId: string, layers: readonly string[]): Promise<Record<string, StoredAnnotation[]>> {
  const entries = await Promise.all(layers.map(async (layer) => [layer, await store.getAnnotations({ layer, documentId })] as const));
  return Object.fromEntries(entries);
}

/** Drops the per-annotation `documentId` (the caller knows it) to give plain `Layers`. */
export function toLayers(stored: Record<string, readonly StoredAnnotation[]>): Layers {
  return Object.fromEntries(Object.entries(stored).map(([layer, list]) => [layer, list.map(({ documentId: _d, ...a }) => a)]));
}
