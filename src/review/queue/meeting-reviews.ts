/**
 * @module meeting-reviews
 * A document's meeting and parties as reviewers left them: a corrected format, date, city or
 * list of parties replaces the machine's (a rejected field is emptied), with a review mark. Pure.
 */
import type { Decision } from '../../model/decision.ts';
import type { MeetingValue } from '../../model/layers.ts';
import { latestFieldReviews, type ReviewMark, reviewMark } from './field-reviews.ts';
import { meetingTarget } from './meeting-items.ts';
import { REVIEW_MEETING } from './queue-decisions.ts';

export interface ReviewedMeeting {
  readonly meeting: MeetingValue | null;
  readonly parties: readonly string[];
  readonly review?: ReviewMark;
}

/** @example applyMeetingReviews('d_1', meeting, ['KZ'], decisions).meeting?.city */
export function applyMeetingReviews(
  documentId: string,
  meeting: MeetingValue | null,
  parties: readonly string[],
  decisions: readonly Decision[],
): ReviewedMeeting {
  const fields = latestFieldReviews(decisions, REVIEW_MEETING).get(meetingTarget(documentId));
  if (!fields?.size) return { meeting, parties };
  const text = (field: 'format' | 'date' | 'city', machine: string | null) =>
    fields.has(field) ? ((fields.get(field)!.value as string | null) ?? null) : machine;
  const base: MeetingValue = meeting ?? {
    format: null,
    level: null,
    edition: null,
    date: null,
    end: null,
    city: null,
    country: null,
  };
  const date = text('date', base.date);
  const reviewed: MeetingValue = {
    ...base,
    format: text('format', base.format),
    date,
    // A corrected first day makes the machine's last day doubtful: kept only if still after it.
    end: fields.has('date') && base.end && date && base.end <= date ? null : base.end,
    city: text('city', base.city),
  };
  return {
    meeting: reviewed,
    parties: fields.has('parties') ? [...((fields.get('parties')!.value as string[] | null) ?? [])] : parties,
    review: reviewMark(fields),
  };
}
