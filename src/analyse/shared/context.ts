/**
 * @module context
 * What steps get besides the document: knowledge loaded once from `data/`. Each field is
 * filled by its loader; steps must treat the context as read-only.
 */
export interface AnalysisContext {
  /** Loaded knowledge, keyed by the name of the part (`kb`, `lexicons`, …). */
  readonly [part: string]: unknown;
}
