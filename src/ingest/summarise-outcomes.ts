/**
 * @module summarise-outcomes
 * Counts of ingest outcomes, for summary lines (`81 files: 80 added, 0 unchanged, 1 failed`).
 */
import type { IngestOutcome } from './ingest.ts';

/** Counts outcomes by result. @example summariseOutcomes(outcomes).added */
export function summariseOutcomes(outcomes: readonly IngestOutcome[]): {
  files: number;
  added: number;
  unchanged: number;
  failed: number;
} {
  let added = 0,
    unchanged = 0,
    failed = 0;
  for (const o of outcomes) {
    if (!o.ok) failed++;
    else if (o.created) added++;
    else unchanged++;
  }
  return { files: outcomes.length, added, unchanged, failed };
}
