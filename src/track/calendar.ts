/**
 * @module calendar
 * The events promised or endorsed for a date (a forum in Dushanbe in May, the next meeting in
 * 2026 in China), each once per format however many texts name it, with where it stands:
 * held (its promise was fulfilled), overdue (its day has passed with no report of it) or
 * upcoming.
 */
import { endOfPeriod, startOfPeriod } from './dates.ts';
import type { CommitmentRecord } from './commitment-records.ts';
import { fold } from './words.ts';

export type EventState = 'upcoming' | 'held' | 'overdue';

export interface CalendarEvent {
  /** Stable id (format, folded name, date). */
  readonly uid: string;
  readonly name: string;
  readonly format: string | null;
  /** The date as the text gives it (`2026`, `2025-05-29/2025-05-31`). */
  readonly date: string;
  readonly start: string;
  readonly end: string;
  readonly place: string | null;
  readonly state: EventState;
  /** The promises that name it. */
  readonly commitmentKeys: readonly string[];
}

/** Events of the records, soonest first. */
export function calendarEvents(records: readonly CommitmentRecord[], asOf: string): CalendarEvent[] {
  const out = new Map<string, CalendarEvent>();
  for (const r of records) {
    for (const a of r.commitment.anchors) {
      if (a.type !== 'event' || !a.date || !r.commitment.madeOn) continue;
      if (endOfPeriod(a.date) <= r.commitment.madeOn) continue;
      const uid = `${fold(r.commitment.format ?? '')}|${fold(a.name).replace(/[^\p{L}\p{N}]+/gu, '-')}|${a.date}`;
      const held = r.status.current === 'fulfilled';
      const state: EventState = held ? 'held' : endOfPeriod(a.date) < asOf ? 'overdue' : 'upcoming';
      const seen = out.get(uid);
      out.set(uid, {
        uid,
        name: a.name,
        format: r.commitment.format,
        date: a.date,
        start: startOfPeriod(a.date),
        end: endOfPeriod(a.date),
        place: a.place,
        state: seen?.state === 'held' ? 'held' : state,
        commitmentKeys: [...(seen?.commitmentKeys ?? []), r.commitment.key],
      });
    }
  }
  return [...out.values()].sort((a, b) => a.start.localeCompare(b.start) || a.name.localeCompare(b.name));
}
