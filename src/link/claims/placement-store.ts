/**
 * @module placement-store
 * Where the claims stage files each stored document (migration 040's `meeting_documents`, with
 * migration 090's signature and city): the meeting it is checked under, whether it is primary,
 * the meeting its own analysis gives, and its meeting signature. Neighbours (the documents a
 * report may be about, or that may be about a new primary document) are found through the
 * format, city and date indexes, never by a scan; the lookup is symmetric, so whichever of two
 * documents arrives second finds the first.
 */
import type { ClaimsDb } from './claim-store.ts';
import { fold, type MeetingSignature } from './meeting-signature.ts';
import { formatKey } from './same-meeting.ts';
import { groupingSettings, meetingDay } from './score-meeting-match.ts';

/** A document as filed. */
export interface Placement {
  readonly documentId: string;
  readonly meetingId: string | null;
  readonly primary: boolean;
  readonly signature: MeetingSignature;
}

/**
 * `meeting_id` of a document filed under no meeting yet. It keeps a row all the same, so that a
 * primary document arriving later finds it among its neighbours and files it.
 */
const UNPLACED = '';

/** Files a document, replacing its former row. */
export async function putPlacement(db: ClaimsDb, p: Placement): Promise<void> {
  await db.deleteFrom('meeting_documents').where('document_id', '=', p.documentId).execute();
  const s = p.signature;
  await db
    .insertInto('meeting_documents')
    .values({
      document_id: p.documentId,
      meeting_id: p.meetingId ?? UNPLACED,
      is_primary: p.primary ? 1 : 0,
      own_meeting_id: s.meetingId,
      format_key: formatKey(s),
      level: s.level,
      edition: s.edition,
      date: meetingDay(s, p.primary),
      city_key: s.city ? fold(s.city).trim() : null,
      signature: JSON.stringify(s),
    })
    .execute();
}

/** Documents sharing the format, the city or a day within the grouping's far window with `s`. */
export async function neighbours(db: ClaimsDb, s: MeetingSignature, primary: boolean): Promise<Placement[]> {
  const key = formatKey(s);
  const city = s.city ? fold(s.city).trim() : null;
  const day = meetingDay(s, primary);
  const window = groupingSettings().farDays;
  const rows = await db
    .selectFrom('meeting_documents')
    .selectAll()
    .where((eb) =>
      eb.or([
        ...(key ? [eb('format_key', '=', key)] : []),
        ...(city ? [eb('city_key', '=', city)] : []),
        ...(day ? [eb.between('date', shift(day, -window), shift(day, window))] : []),
      ]),
    )
    .where('document_id', '!=', s.documentId)
    .orderBy('document_id')
    .execute();
  return rows
    .filter((r) => r.signature)
    .map((r) => ({
      documentId: r.document_id,
      meetingId: r.meeting_id === UNPLACED ? null : r.meeting_id,
      primary: Number(r.is_primary) === 1,
      signature: JSON.parse(r.signature) as MeetingSignature,
    }));
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(day) + days * 86_400_000).toISOString().slice(0, 10);
}
