/**
 * @module stored-layers
 * Reads back the annotation layers of one stored document, in the `Layers` shape the
 * analysis steps produced.
 */
import type { Annotation, Layers } from '../model/annotation.ts';
import type { Store } from '../store/store.ts';

/** The layers the GUIDE's analysis JSON is built from. */
export const ANALYSIS_LAYERS = ['documentKind', 'meeting', 'participants', 'parties', 'statements', 'entities'] as const;

/**
 * Loads the named layers of a document (absent layers come back empty).
 * @example const layers = await loadLayers(store, 'd_…');
 */
export async function loadLayers(store: Store, documentId: string, names: readonly string[] = ANALYSIS_LAYERS): Promise<Layers> {
  const layers: Record<string, readonly Annotation[]> = {};
  for (const layer of names) {
    const stored = await store.getAnnotations({ layer, documentId });
    // Drop the store's `documentId` so the annotations are exactly what a step returns.
    layers[layer] = stored.map(({ documentId: _omit, ...annotation }) => annotation);
  }
  return layers;
}
