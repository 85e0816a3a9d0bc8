/**
 * @module group-by-meeting
 * Sorts analysed documents into meetings, each with its primary documents and its reports, for
 * the in-memory claims stage. Primary documents are grouped by the meeting identity their
 * analysis gives; one without an identity joins the meeting it fits (`chooseMeeting`), else
 * stands for a meeting of its own. Each report joins the meeting it fits best: its own identity
 * counts, but so do the event it names, the format or a partner of it, dates, the day of
 * publication, the city, people and title words, so a report whose identity differs from the
 * primary's (another name of the format, a day off, no city) still finds its meeting.
 */
import type { Layers } from '../../model/annotation.ts';
import type { Document } from '../../model/document.ts';
import type { TreeNode } from '../../model/node.ts';
import type { ReportSource } from './check-claims.ts';
import { chooseMeeting, type MeetingChoice } from './choose-meeting.ts';
import type { PrimarySource } from './meeting-record.ts';
import { isPrimary, meetingIdOf, meetingOf } from './meeting-of.ts';
import { type MeetingSignature, signatureOf } from './meeting-signature.ts';

export { isPrimary, meetingIdOf, meetingOf };

export interface MeetingGroup {
  primaries: PrimarySource[];
  reports: ReportSource[];
  /** Why each report (by document id) was filed here. */
  choices: Map<string, MeetingChoice>;
}

type Analysed = { document: Document; tree: TreeNode; layers: Layers };

/**
 * Groups documents by meeting. Reports that fit no meeting with primary documents are filed
 * under their own identity (their claims are then not in source); those without one are left out.
 */
export function groupByMeeting(documents: readonly Analysed[]): Map<string, MeetingGroup> {
  const groups = new Map<string, MeetingGroup>();
  const group = (id: string) => {
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { primaries: [], reports: [], choices: new Map() }));
    return g;
  };
  const primaries = [...documents]
    .filter((d) => isPrimary(d.document, d.layers))
    .sort((a, b) => a.document.id.localeCompare(b.document.id));
  const signatures = primaryMeetings(primaries, (d, id) => group(id).primaries.push(d));
  for (const d of documents) {
    if (isPrimary(d.document, d.layers)) continue;
    const choice = chooseMeeting(signatureOf(d.document, d.layers), signatures);
    const id = choice.meetingId ?? meetingIdOf(d.layers);
    if (!id) continue;
    const g = group(id);
    g.reports.push(d);
    g.choices.set(d.document.id, choice);
  }
  return groups;
}

/**
 * The meetings of the primary documents, as signatures by meeting id: identified documents
 * first; each unidentified one joins the identified meeting it fits, else the meeting of an
 * earlier unidentified document it fits (documents in id order), else makes its own
 * (`new:event:document-<id>`).
 */
export function primaryMeetings(
  primaries: readonly Analysed[],
  place: (d: Analysed, meetingId: string) => void = () => {},
): Map<string, MeetingSignature[]> {
  const meetings = new Map<string, MeetingSignature[]>();
  const put = (into: Map<string, MeetingSignature[]>, id: string, s: MeetingSignature) =>
    into.set(id, [...(into.get(id) ?? []), s]);
  const sorted = [...primaries].sort((a, b) => a.document.id.localeCompare(b.document.id));
  for (const d of sorted) {
    const id = meetingIdOf(d.layers);
    if (id) put(meetings, id, signatureOf(d.document, d.layers));
  }
  // Unidentified documents are matched against the identified meetings only, then each other,
  // so that the outcome does not depend on which unidentified document came first.
  const identified = new Map(meetings);
  const unidentified = new Map<string, MeetingSignature[]>();
  const placed = new Map<Analysed, string>();
  for (const d of sorted) {
    if (meetingIdOf(d.layers)) continue;
    const s = datedByPublication(signatureOf(d.document, d.layers));
    const known = chooseMeeting(s, identified).meetingId;
    const id = known ?? chooseMeeting(s, unidentified).meetingId ?? unidentifiedMeetingId(d.document.id);
    put(known ? meetings : unidentified, id, s);
    placed.set(d, id);
  }
  for (const [id, list] of unidentified) for (const s of list) put(meetings, id, s);
  for (const d of sorted) place(d, meetingIdOf(d.layers) ?? placed.get(d)!);
  return meetings;
}

/** A primary document is published on its meeting's day, so that day stands for a date it does not give. */
export function datedByPublication(s: MeetingSignature): MeetingSignature {
  return s.date || s.published?.length !== 10 ? s : { ...s, date: s.published };
}

/** The id of the meeting an unidentified primary document stands for. */
export function unidentifiedMeetingId(documentId: string): string {
  return `new:event:document-${documentId.slice(0, 16)}`;
}
