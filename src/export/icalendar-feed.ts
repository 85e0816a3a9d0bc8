/**
 * @module icalendar-feed
 * An iCalendar feed (RFC 5545) of a format's promised events, written by ical-generator. The
 * texts give days, months or years, so events are all-day over the period the text fixes;
 * the state (upcoming, held, overdue) is in the description and as a category.
 */
import icalGenerator from 'ical-generator';
import type { CalendarEvent } from '../track/calendar.ts';
import { nextDay } from '../track/dates.ts';

/** The feed as text (`text/calendar`). */
export function icalendarFeed(events: readonly CalendarEvent[], title: string): string {
  const cal = icalGenerator({ name: title, prodId: { company: 'Concord', product: 'commitments', language: 'EN' } });
  for (const e of events) {
    cal.createEvent({
      id: e.uid,
      allDay: true,
      start: day(e.start),
      // All-day ends are exclusive in RFC 5545.
      end: day(nextDay(e.end)),
      summary: e.name,
      location: e.place ?? undefined,
      description: `${stateLabel(e.state)} · ${e.format ?? 'format unknown'} · as promised: ${e.date}`,
      categories: [{ name: e.state.toUpperCase() }],
      stamp: day(e.start),
    });
  }
  return cal.toString();
}

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function stateLabel(state: CalendarEvent['state']): string {
  return state === 'held' ? 'Held' : state === 'overdue' ? 'Overdue: no report that it was held' : 'Upcoming';
}
