/**
 * @module meeting-identity
 * Which meeting a document comes from: the knowledge base's meeting of its format (by edition
 * and level, else by date, else by city and year), or a stable new id built from the format,
 * level and edition (or date), so that documents about the same unlisted meeting share one id.
 */
import type { FormatMeeting } from '../../knowledge/kb-types.ts';
import type { MeetingValue } from '../../model/layers.ts';
import type { KbView } from '../shared/kb-view.ts';

/** The meeting layer's value with the meeting's identity (`src/model/layers.ts` is frozen, so it is extended here). */
export interface IdentifiedMeetingValue extends MeetingValue {
  /**
   * `event:<slug>` of the knowledge base's meeting, or `new:event:<format>-<level>-<edition|date>`
   * for a meeting it does not list yet; null when the format or level and both edition and date are unknown.
   */
  meetingId?: string | null;
}

/**
 * The value with `meetingId` set.
 * @example withMeetingId({ format: 'China–Central Asia', formatId: 'org:china-central-asia', level:
 * 'foreign-ministers', edition: 6, … }, view).meetingId === 'event:cca-fm6-2025'
 */
export function withMeetingId(value: MeetingValue, view: KbView): IdentifiedMeetingValue {
  const group = view.groups.find(
    (g) => (value.formatId && g.id === value.formatId) || (value.format && g.formatName === value.format),
  );
  const cityNames = (city: string) => view.cities.find((c) => c.name === city)?.names ?? [city];
  const known = group ? listedMeeting(value, group.meetings, cityNames) : undefined;
  return { ...value, meetingId: known?.id ?? newMeetingId(value) };
}

/** The listed meeting the value describes, if any. */
export function listedMeeting(
  value: MeetingValue,
  meetings: readonly FormatMeeting[],
  cityNames: (city: string) => readonly string[] = (c) => [c],
): FormatMeeting | undefined {
  const ofLevel = meetings.filter((m) => !value.level || m.level === value.level);
  if (value.edition !== null) {
    const byEdition = ofLevel.find((m) => m.edition === value.edition);
    // An edition the text gives wins unless the listed meeting's year says otherwise.
    if (byEdition && (!value.date || !byEdition.date || byEdition.date.slice(0, 4) === value.date.slice(0, 4)))
      return byEdition;
  }
  if (!value.date) return undefined;
  const day = value.date;
  const onDay = ofLevel.find(
    (m) =>
      m.date &&
      (m.date === day ||
        (m.date.length < day.length && day.startsWith(m.date)) ||
        (m.end && m.date <= day && day <= m.end)),
  );
  if (onDay) return onDay;
  const city = value.city?.toLowerCase();
  return city
    ? ofLevel.find(
        (m) =>
          m.date?.slice(0, 4) === day.slice(0, 4) && m.city && cityNames(m.city).some((n) => n.toLowerCase() === city),
      )
    : undefined;
}

/**
 * `new:event:<format>-<level>-<edition|date>`, or null without enough to tell meetings apart.
 * @example newMeetingId({ format: 'C5+1', level: 'foreign-ministers', edition: null, date: '2026-09-24', … }) ===
 * 'new:event:c5plus1-foreign-ministers-2026-09-24'
 */
export function newMeetingId(value: MeetingValue): string | null {
  if (!value.format || !value.level) return null;
  const which = value.edition !== null ? `e${value.edition}` : value.date;
  return which ? `new:event:${slug(value.format)}-${value.level}-${which}` : null;
}

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\+/g, 'plus')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
