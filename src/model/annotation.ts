/**
 * @module annotation
 * What an analysis step asserts about a span of a document. The quoted text is derived by
 * slicing the document text, never stored as the truth.
 */
import type { Span } from './span.ts';

export interface Annotation<V = unknown> extends Span {
  /** The layer this belongs to (`entities`, `statements`, `meeting`, …). */
  readonly layer: string;
  readonly value: V;
  /** What produced it: `step:rule`, e.g. `statements:modality/ready-to` or `review:alice`. */
  readonly source: string;
  /** 0..1; 1 for reviewed facts. */
  readonly confidence: number;
}

/** A non-fatal finding of a step (an ambiguous clause, a broken date), shown with its span. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
  /** `step:rule` that raised it. */
  readonly source: string;
  readonly start?: number;
  readonly end?: number;
}

/** All layers of one document, by layer name. */
export type Layers = Readonly<Record<string, readonly Annotation[]>>;
