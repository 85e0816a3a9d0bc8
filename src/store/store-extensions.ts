/**
 * @module store-extensions
 * Methods the store offers beyond the `Store` interface. Both adapters implement them.
 */
import type { Diagnostic } from '../model/annotation.ts';
import type { Store } from './store.ts';

/** One run of the analysis over a document, as recorded by `putDocument`/`putAnalysis`. */
export interface AnalysisRun {
  readonly documentId: string;
  /** `step name → version` of the steps that made the stored layers. */
  readonly versions: Readonly<Record<string, string>>;
  readonly diagnostics: readonly Diagnostic[];
  /** ISO timestamp. */
  readonly at: string;
}

/** Extra reads for the server and the re-analysis command. */
export interface StoreExtensions {
  /** The latest analysis run of a document (its diagnostics and step versions), if any. */
  getAnalysisRun(documentId: string): Promise<AnalysisRun | undefined>;
  /** Ids of all stored documents, oldest first (for batch re-analysis). */
  listDocumentIds(): Promise<string[]>;
}

/** What `openStore` returns. */
export type ConcordStore = Store & StoreExtensions;
