/**
 * @module decide-meeting
 * Deciding the meeting among what the text says (`meeting-candidates`) and the knowledge base's meeting record when
 * one is identified (`meeting-record`): the record confirms or fills the fields, a place read only from the head or a
 * date not tied to the meeting gives way to it; the confidence grows with the fields known.
 */
import type { MeetingValue } from '../../model/layers.ts';
import type { MeetingFinding } from './meeting-types.ts';
import type { MeetingCandidates } from './meeting-candidates.ts';
import { fillFromRecord, linkMeeting } from './meeting-record.ts';

/** The meeting finding of the candidates. @example decideMeeting(findMeetingCandidates(input)).value.format */
export function decideMeeting(candidates: MeetingCandidates): MeetingFinding {
  const { input, sentence, format, level, edition, date, place, placeInSentence, virtual, notes } = candidates;
  const { text, meta } = input;
  let value: MeetingValue = {
    format: format?.name ?? null,
    formatId: format?.group?.id ?? null,
    level,
    edition,
    date: date?.date ?? null,
    end: date?.until ?? null,
    city: place?.city ?? null,
    country: place?.country ?? null,
  };
  let rule = 'text';
  const record = format?.group ? linkMeeting(format.group.meetings, value, meta.published, text) : null;
  if (record) {
    // A place read only from the head (not the naming sentence) may be another meeting's: the record wins, also when
    // it records no place at all (a meeting held online).
    if (!placeInSentence && (record.meeting.city || !record.meeting.country))
      value = { ...value, city: null, country: null };
    // The text names the meeting by edition and level but dates something else (talks on its eve, a trip around it):
    // the record's date stands unless a meeting verb ties the text's date to the meeting.
    const otherDate =
      record.how === 'edition' &&
      record.meeting.date &&
      value.date &&
      value.date !== record.meeting.date &&
      !date?.tied;
    if (otherDate)
      notes.push({
        severity: 'info',
        rule: 'kb-date',
        message:
          `Text date ${value.date} is not tied to the meeting; ` +
          `date ${record.meeting.date} taken from the knowledge base meeting record ${record.meeting.id}`,
      });
    value = fillFromRecord(
      otherDate ? { ...value, date: null, end: null } : value,
      record.meeting,
      date?.broken ?? false,
      notes,
    );
    if (virtual) value = { ...value, city: null, country: null };
    rule = `kb-${record.how}`;
  }
  const known = [value.format, value.level, value.date, value.city].filter((x) => x !== null).length;
  const w = input.lexicons.meetingConfidence;
  const confidence =
    Math.min(w.max, w.base + known * w.perField + (record ? w.record : 0)) - (date?.broken ? w.brokenDate : 0);
  return {
    start: sentence.start,
    end: sentence.end,
    value,
    confidence: Math.round(confidence * 100) / 100,
    rule,
    notes,
  };
}
