/**
 * @module document-layers
 * Reads a document's annotation layers back from the store, by name: as stored, or as
 * the plain `Layers` the analysis steps produced.
 */
import type { Layers } from '../model/annotation.ts';
import type { Store, StoredAnnotation } from './store.ts';

/** The layers the GUIDE's analysis JSON is made from. */
export const ANALYSIS_LAYERS = [
  'documentKind',
  'meeting',
  'participants',
  'parties',
  'statements',
  'entities',
] as const;

/**
 * Annotations of a document for each named layer, as stored (empty arrays for layers it lacks).
 * @example await loadStoredLayers(store, 'd_…', ['entities'])
 */
export async function loadStoredLayers(
  store: Store,
  documentId: string,
  layers: readonly string[],
): Promise<Record<string, StoredAnnotation[]>> {
  const entries = await Promise.all(
    layers.map(async (layer) => [layer, await store.getAnnotations({ layer, documentId })] as const),
  );
  return Object.fromEntries(entries);
}

/**
 * The named layers of a document exactly as a step returns them (absent layers come back empty).
 * @example const layers = await loadLayers(store, 'd_…');
 */
export async function loadLayers(
  store: Store,
  documentId: string,
  layers: readonly string[] = ANALYSIS_LAYERS,
): Promise<Layers> {
  return toLayers(await loadStoredLayers(store, documentId, layers));
}

/** Drops the per-annotation `documentId` (the caller knows it) to give plain `Layers`. */
function toLayers(stored: Record<string, readonly StoredAnnotation[]>): Layers {
  return Object.fromEntries(
    Object.entries(stored).map(([layer, list]) => [layer, list.map(({ documentId: _d, ...a }) => a)]),
  );
}
