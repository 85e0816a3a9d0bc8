/**
 * @module annotations-in
 * The annotations of a layer that lie inside a span, found by binary search over the layer
 * sorted by start: steps that look up mentions per sentence stay linear in the document.
 */
import type { Annotation } from '../../model/annotation.ts';

const sortedCache = new WeakMap<readonly Annotation[], readonly Annotation[]>();

/** Annotations with `start <= a.start` and `a.end <= end`. @example annotationsIn(layers.entities, s.start, s.end) */
export function annotationsIn(layer: readonly Annotation[], start: number, end: number): Annotation[] {
  let sorted = sortedCache.get(layer);
  if (!sorted) {
    sorted = [...layer].sort((a, b) => a.start - b.start);
    sortedCache.set(layer, sorted);
  }
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: Annotation[] = [];
  for (let i = lo; i < sorted.length && sorted[i].start < end; i++) if (sorted[i].end <= end) out.push(sorted[i]);
  return out;
}
