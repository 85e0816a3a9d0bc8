/**
 * @module analysis
 * What analysing a document yields: its layers, the diagnostics of the run and the versions of
 * the steps that made them. The store keeps it; the pipeline makes it.
 */
import type { Diagnostic, Layers } from './annotation.ts';

export interface Analysis {
  readonly layers: Layers;
  readonly diagnostics: readonly Diagnostic[];
  /** `step name → version` of the steps that made the layers. */
  readonly versions: Readonly<Record<string, string>>;
}
