/**
 * @module meeting-events
 * The meetings of the stored documents as Popolo events, for the Popolo export of the API and
 * the CLI.
 */
import type { MeetingValue } from '../model/layers.ts';
import { type PopoloEvent, popoloEvents } from '../export/popolo-events.ts';
import type { Store } from '../store/store.ts';

/** One event per identified meeting, with the documents that report it as sources. */
export async function meetingEvents(store: Store): Promise<PopoloEvent[]> {
  const meetings = await store.getAnnotations({ layer: 'meeting' });
  const names = new Map<string, string>();
  for (const m of meetings) {
    if (names.has(m.documentId)) continue;
    const d = await store.getDocument(m.documentId);
    names.set(m.documentId, d?.meta.fileName ?? m.documentId);
  }
  return popoloEvents(
    meetings.map((m) => ({
      documentName: names.get(m.documentId)!,
      meeting: m.value as MeetingValue & { meetingId?: string },
    })),
  );
}
