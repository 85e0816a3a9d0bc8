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
import { daysApart, type MeetingFacts, sameMeeting } from './same-meeting.ts';

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

/** The meeting layer's value, if any. */
export function meetingOf(layers: Layers): MeetingFacts | null {
  return (layers.meeting?.[0]?.value as MeetingFacts | undefined) ?? null;
}

/**
 * Groups documents by meeting id (documents without one are left out). A report whose meeting
 * has no primary document joins the nearest meeting that has one and is the same meeting
 * (`sameMeeting`).
 */
export function groupByMeeting(
  documents: readonly { document: Document; tree: TreeNode; layers: Layers }[],
): Map<string, MeetingGroup> {
  const groups = new Map<string, MeetingGroup>();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { primaries: [], reports: [] }));
    return g;
  };
  const primaries = documents.filter((d) => meetingIdOf(d.layers) && isPrimary(d.document, d.layers));
  const withPrimary = new Set(primaries.map((d) => meetingIdOf(d.layers)!));
  for (const d of primaries) group(meetingIdOf(d.layers)!).primaries.push(d);
  for (const d of documents) {
    const id = meetingIdOf(d.layers);
    if (!id || isPrimary(d.document, d.layers)) continue;
    const candidates = withPrimary.has(id)
      ? []
      : primaries.map((p) => ({ id: meetingIdOf(p.layers)!, m: meetingOf(p.layers)! }));
    group(resolveMeeting(id, meetingOf(d.layers), withPrimary, candidates)).reports.push(d);
  }
  return groups;
}

/** The meeting a report is checked against: its own when that has primary documents, else the nearest same meeting. */
export function resolveMeeting(
  id: string,
  own: MeetingFacts | null,
  withPrimary: ReadonlySet<string>,
  candidates: readonly { id: string; m: MeetingFacts }[],
): string {
  if (withPrimary.has(id) || !own) return id;
  const same = candidates
    .filter((c) => sameMeeting(own, c.m))
    .sort((a, b) => distance(own, a.m) - distance(own, b.m) || a.id.localeCompare(b.id));
  return same[0]?.id ?? id;
}

function distance(a: MeetingFacts, b: MeetingFacts): number {
  return a.date && b.date ? daysApart(a.date, b.date) : 0;
}
