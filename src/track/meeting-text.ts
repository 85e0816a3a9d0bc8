/**
 * @module meeting-text
 * A later meeting's own text (its communiqué or declaration) restates the format's agenda:
 * the same themes come back every year ("outer space", "organised crime", "food systems"), so a
 * theme recurring there, with any past-tense verb near it, reports nothing about an earlier
 * promise. Such a text reports on one when it names what was promised (an event, institution
 * or initiative) or does the act itself; follow-up fact sheets, news and statements issued
 * without a meeting are read for themes too.
 */
import type { EvidenceVerdict } from './classify-evidence.ts';
import type { TrackedDocument } from './tracked-document.ts';

/** Whether the document is the text of a meeting: it makes statements and has a meeting of its own. */
export function isMeetingText(doc: Pick<TrackedDocument, 'meeting' | 'statements'>): boolean {
  return !!doc.meeting?.meetingId && doc.statements.length > 0;
}

/** Whether a verdict names what was promised (not a theme or a kind of act only). */
export function namesPromised(v: EvidenceVerdict): boolean {
  return /^track:(anchor|initiative)-/.test(v.rule);
}
