/**
 * @module check-documents
 * The claims stage over a set of analysed documents held in memory (the eval script, tests,
 * benchmarks): documents grouped by meeting, every report's claims checked against its
 * meeting's primary documents. Returns the verdicts by report id.
 */
import type { Layers } from '../../model/annotation.ts';
import type { ClaimVerdict } from '../../model/claim.ts';
import type { Document } from '../../model/document.ts';
import type { TreeNode } from '../../model/node.ts';
import { checkMeeting } from './check-claims.ts';
import { groupByMeeting } from './group-by-meeting.ts';

/** Verdicts by report document id. @example checkDocuments(prepared).get(reportId)?.length */
export function checkDocuments(
  documents: readonly { document: Document; tree: TreeNode; layers: Layers }[],
): Map<string, ClaimVerdict[]> {
  const byDocument = new Map<string, ClaimVerdict[]>();
  for (const [meetingId, group] of groupByMeeting(documents)) {
    for (const v of checkMeeting(meetingId, group.primaries, group.reports)) {
      const list = byDocument.get(v.claim.documentId) ?? [];
      list.push(v);
      byDocument.set(v.claim.documentId, list);
    }
  }
  return byDocument;
}
