/**
 * @module candidate-finder
 * Where the tracker looks for evidence, behind one small interface so another index can replace
 * it. Both directions read the tracker's term indexes, the promises' (migration 050) and the
 * documents' (migration 230), with one test: a later document is a candidate for a promise when
 * it holds one of the promise's term groups in full (`groupsPresent`). So a pair is found
 * whichever arrives first, and neither direction scans every document.
 */
import { laterDocumentsNaming } from './document-term-index.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import type { TrackingRepository } from './tracking-repository.ts';

export interface CandidateFinder {
  /** Documents reporting after the promise that hold one of its term groups. */
  documentsFor(c: TrackedCommitment): Promise<string[]>;
  /**
   * Promises made before `date` that a document with these terms may report on, the best
   * matched first (`commitmentsWithTerms`: `keep` tests format and meeting, `accept` the promise).
   */
  commitmentsFor(
    terms: readonly string[],
    date: string,
    options?: Parameters<TrackingRepository['commitmentsWithTerms']>[2],
  ): Promise<TrackedCommitment[]>;
}

export function storeCandidateFinder(repo: TrackingRepository): CandidateFinder {
  return {
    async documentsFor(c) {
      // A document newer than everything stored (the usual case: news comes in order) has no later one to search.
      if (c.madeOn && !(await repo.hasDocumentsAfter(c.madeOn))) return [];
      return laterDocumentsNaming(repo.db, c);
    },
    commitmentsFor: (terms, date, options) => repo.commitmentsWithTerms(terms, date, options),
  };
}
