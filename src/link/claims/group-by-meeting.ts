/**
 * @module group-by-meeting
 * Sorts analysed documents into meetings by the identity the analysis gives (`meetingId`),
 * each with its primary documents and its reports, for the in-memory claims stage.
 */
import type { Layers } from '../../model/annotation.ts';
import type { Document } from '../../model/document.ts';
import type { DocumentKindValue } from '../../model/layers.ts';
import type { TreeNode } from '../../model/node.ts';
import { PRIMARY_KINDS } from '../../analyse/shared/primary-kinds.ts';
import type { ReportSource } from './check-claims.ts';
import type { PrimarySource } from './meeting-record.ts';

export interface MeetingGroup {
  primaries: PrimarySource[];
  reports: ReportSource[];
}

/** The meeting a document's analysis identifies, if any. */
export function meetingIdOf(layers: Layers): string | null {
  return ((layers.meeting?.[0]?.value as { meetingId?: string | null } | undefined)?.meetingId ?? null) || null;
}

/** Whether the analysis (else the source) calls the document primary. */
export function isPrimary(document: Document, layers: Layers): boolean {
  const kind = (layers.documentKind?.[0]?.value as DocumentKindValue | undefined)?.kind ?? document.meta.kind;
  return !!kind && PRIMARY_KINDS.includes(kind);
}

/** Groups documents by meeting id (documents without one are left out). */
export function groupByMeeting(
  documents: readonly { document: Document; tree: TreeNode; layers: Layers }[],
): Map<string, MeetingGroup> {
  const groups = new Map<string, MeetingGroup>();
  for (const d of documents) {
    const id = meetingIdOf(d.layers);
    if (!id) continue;
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { primaries: [], reports: [] }));
    if (isPrimary(d.document, d.layers)) g.primaries.push(d);
    else g.reports.push(d);
  }
  return groups;
}
