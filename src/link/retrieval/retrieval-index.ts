/**
 * @module retrieval-index
 * The retrieval interface the link stages share (claims here, commitment evidence in
 * `src/track/`): add passages, drop a document's passages, ask for the best candidates of a
 * query. An implementation must answer from an index (postings of terms and facts), never by
 * scanning every passage, so the cost of a query does not grow with the size of the store.
 *
 * @example
 * const index = createInvertedIndex();
 * index.add(primaryUnits(stored, layers, meetingId));
 * const [best] = index.candidates({ text: claimText, meetingId }, 5);
 */
import type { Candidate, RetrievalQuery, RetrievalUnit } from './retrieval-unit.ts';

export interface RetrievalIndex {
  /** Adds passages (a passage with an id already held replaces it). */
  add(units: readonly RetrievalUnit[]): void;
  /** Removes every passage of a document. */
  removeDocument(documentId: string): void;
  /** The best `limit` candidates, best first; only passages that share a word or a fact with the query. */
  candidates(query: RetrievalQuery, limit?: number): Candidate[];
  /** 0..1: the share of the query's (rarity-weighted) words that these passages hold together. */
  coverage(query: RetrievalQuery, unitIds: readonly string[]): number;
  /** How many passages it holds (for the not-in-source note: what was searched). */
  readonly size: number;
}
