/**
 * @module next-meeting
 * A promise to meet again ("our leaders will meet regularly", "agreed to hold the next meeting
 * in 2026") is kept by the format's next meeting at the same level: that meeting's own text,
 * from a later date, in or after the year the promise names, fulfils it, and the passage is
 * where the text gives its meeting. A summit does not keep a promise of the next ministers'
 * meeting, nor a meeting in 2025 one "in 2026".
 */
import type { EvidenceVerdict } from './classify-evidence.ts';
import { isMeetingText } from './meeting-text.ts';
import { sameFormat } from './same-setting.ts';
import type { TrackedCommitment } from './tracked-commitment.ts';
import type { TrackedDocument } from './tracked-document.ts';

/** The term a promise to meet again is found by, and a meeting text of its format offers. */
export function meetingTerm(format: string): string {
  return `meeting:${format
    .normalize('NFKD')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')}`;
}

/**
 * @example nextMeeting({ meetsAgain: true, format: 'G7', level: 'heads-of-state', … }, laterSummitText)
 * // { kind: 'fulfilled', rule: 'track:next-meeting', confidence: 0.75 }
 */
export function nextMeeting(c: TrackedCommitment, later: TrackedDocument): EvidenceVerdict | null {
  const m = later.meeting;
  if (!c.meetsAgain || !c.format || !c.madeOn || !m?.date || !m.format || !isMeetingText(later)) return null;
  if (m.meetingId === c.meetingId || !sameFormat(c.format, m.format) || m.level !== c.level) return null;
  if (m.date <= c.madeOn || (c.due && m.date.slice(0, 4) < c.due.slice(0, 4))) return null;
  return { kind: 'fulfilled', rule: 'track:next-meeting', confidence: 0.75 };
}
