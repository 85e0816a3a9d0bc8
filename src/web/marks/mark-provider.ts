/**
 * @module mark-provider
 * How an annotation layer shows up in the reader: a provider turns the layer's annotations
 * into marks for `AnnotatedText`. Add a provider to `marks/index.ts` to colour a new layer.
 */
import type { StoredAnnotation } from '../../store/store.ts';
import type { Mark } from '../components/annotated-text.tsx';

export interface MarkProvider {
  /** The layer it reads. */
  readonly layer: string;
  readonly toMarks: (annotations: readonly StoredAnnotation[]) => Mark[];
}
