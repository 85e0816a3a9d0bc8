/**
 * @module meeting-header
 * The reader's banner for the meeting a document comes from: format, level, edition, dates
 * and place, then the parties (states that adopted it) and the participants named, each
 * linking to its entity page.
 */
import type { MeetingValue, ParticipantValue } from '../../model/layers.ts';
import { ordinal } from '../../store/display-title.ts';
import type { ReviewMark } from '../../review/queue/field-reviews.ts';
import { entityHref } from '../entity-href.ts';
import { ReviewedBadge } from './reviewed-badge.tsx';

export { ordinal };

export interface MeetingHeaderProps {
  readonly meeting?: MeetingValue | null;
  /** ISO codes of the parties. */
  readonly parties?: readonly string[] | null;
  readonly participants?: readonly ParticipantValue[];
  /** Country name of an ISO code. */
  readonly countryName: (code: string) => string;
  /** Set when a reviewer corrected or confirmed some of the meeting's fields. */
  readonly review?: ReviewMark;
}

/** The banner; nothing when the document has no meeting, parties or participants. */
export function MeetingHeader({ meeting, parties, participants = [], countryName, review }: MeetingHeaderProps) {
  const facts = meeting ? meetingFacts(meeting, countryName) : [];
  if (!facts.length && !parties?.length && !participants.length) return null;
  return (
    <section class="meeting-head" aria-label="Meeting">
      {facts.length ? (
        <p class="meeting-line">
          {facts.map((f, i) => (
            <>
              {i ? ' · ' : ''}
              <span class={`m-${f.key}`}>{f.text}</span>
            </>
          ))}
        </p>
      ) : null}
      {review ? (
        <p class="meeting-review">
          <ReviewedBadge review={review} />
        </p>
      ) : null}
      {parties?.length ? (
        <p class="parties">
          <span class="muted">Parties: </span>
          {parties.map((code, i) => (
            <>
              {i ? ', ' : ''}
              <a href={entityHref(`country:${code}`)}>{countryName(code)}</a>
            </>
          ))}
        </p>
      ) : null}
      {participants.length ? (
        <p class="participants">
          <span class="muted">Participants: </span>
          {participants.map((p, i) => (
            <>
              {i ? '; ' : ''}
              {p.entityId ? <a href={entityHref(p.entityId)}>{p.name}</a> : <span>{p.name}</span>}
              {p.role ? <span class="muted"> ({p.role})</span> : null}
            </>
          ))}
        </p>
      ) : null}
    </section>
  );
}

/** Format, level, edition, dates and place as short labelled texts. Pure. */
export function meetingFacts(m: MeetingValue, countryName: (code: string) => string): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  if (m.format) out.push({ key: 'format', text: m.format });
  if (m.level) out.push({ key: 'level', text: m.level.replace(/-/g, ' ') });
  if (m.edition) out.push({ key: 'edition', text: `${ordinal(m.edition)} meeting` });
  if (m.date) out.push({ key: 'date', text: m.end && m.end !== m.date ? `${m.date} – ${m.end}` : m.date });
  const place = [m.city, m.country ? countryName(m.country) : null].filter(Boolean).join(', ');
  if (place) out.push({ key: 'place', text: place });
  return out;
}
