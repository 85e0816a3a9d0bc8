/**
 * @module popolo-events
 * Popolo events (https://www.popoloproject.com/specs/event.html) for the meetings the analysis
 * identified: one per meeting identity, whatever number of documents report it, with those
 * documents as sources.
 */
import type { MeetingValue } from '../model/layers.ts';

export interface PopoloEvent {
  id: string;
  name: string;
  classification: 'meeting';
  start_date: string | null;
  end_date: string | null;
  location: string | null;
  organization_id: string | null;
  sources: { note: string }[];
}

export interface MeetingOfDocument {
  readonly documentName: string;
  readonly meeting: MeetingValue & { meetingId?: string };
}

/** Events of the meetings, ordered by date. */
export function popoloEvents(meetings: readonly MeetingOfDocument[]): PopoloEvent[] {
  const out = new Map<string, PopoloEvent>();
  for (const { documentName, meeting: m } of meetings) {
    if (!m.meetingId) continue;
    const seen = out.get(m.meetingId);
    if (seen) {
      seen.sources.push({ note: documentName });
      continue;
    }
    out.set(m.meetingId, {
      id: m.meetingId,
      name: meetingName(m),
      classification: 'meeting',
      start_date: m.date,
      end_date: m.end ?? m.date,
      location: [m.city, m.country].filter(Boolean).join(', ') || null,
      organization_id: m.formatId ?? null,
      sources: [{ note: documentName }],
    });
  }
  return [...out.values()].sort((a, b) => (a.start_date ?? '').localeCompare(b.start_date ?? ''));
}

function meetingName(m: MeetingValue): string {
  const ordinal = m.edition ? `${m.edition}${suffix(m.edition)} ` : '';
  const level = m.level ? ` ${m.level.replace(/-/g, ' ')}` : '';
  return `${ordinal}${m.format ?? 'Unknown format'}${level} meeting`.trim();
}

function suffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}
