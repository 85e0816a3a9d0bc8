/**
 * @module meeting-date-place
 * Rule `meeting-date-place`: a claim that the meeting took place, opened, was attended or
 * hosted is checked against the meeting's date and city: a different day or city is
 * contradicted ("date: 27 vs 26 April"), otherwise the passage that records the meeting
 * supports it.
 */
import { datelineLength } from '../../../analyse/claims/dateline.ts';
import { sharedClaimLexicon } from '../../../analyse/shared/claim-lexicon.ts';
import { createDateFinder } from '../../../analyse/shared/find-dates.ts';
import { readMonthLexicon } from '../../../analyse/shared/load-lexicons.ts';
import type { MeetingValue } from '../../../model/layers.ts';
import { claimContent, FRAME_CONTENT_ON_TOPIC, frameContentPassage } from './claim-content.ts';
import { coveredItems } from './topics-listed.ts';
import type { VerdictRule } from './verdict-rule.ts';

// The month list every step reads (months.json), so a claim in any of the corpus' languages is read alike.
const MONTH_LEXICON = readMonthLexicon();
const DATES = createDateFinder(MONTH_LEXICON);
const MONTH = String.raw`(?<!\p{L})${DATES.monthPattern}(?!\p{L})\.?`;
const DAY_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+${MONTH}|${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b`,
  'giu',
);

export const meetingDatePlace: VerdictRule = {
  name: 'meeting-date-place',
  decide: ({ claim, record, candidates }) => {
    const v = claim.claim.value;
    if (v.aspect !== 'attendance' || v.attributedTo === 'participant' || !record.meeting) return null;
    // "Prior to this gathering, the city hosted …": another event's date and place.
    if (sharedClaimLexicon().precedingEvent.test(claim.text)) return null;
    const evidence = record.boilerplate.length ? pickFirstPerDocument(record.boilerplate) : [];
    // What else the sentence says of the meeting ("… concluded with a commitment to …") has its own
    // passage; the record decides the verdict, so that passage only has to be on the sentence's topic.
    const best = candidates[0];
    if (best && best.coverage >= FRAME_CONTENT_ON_TOPIC && !evidence.some((u) => u.id === best.unit.id)) {
      evidence.push(best.unit);
    }
    // … and what it lists after the frame ("concluded with plans for cultural exchanges and joint anti-crime work").
    const content = claimContent(claim.text);
    if (content !== claim.text) {
      const said = frameContentPassage(claim, record, evidence);
      const listed = coveredItems(claim, record, claim.text.lastIndexOf(content)).found;
      for (const u of [...(said ? [said] : []), ...listed]) if (!evidence.some((e) => e.id === u.id)) evidence.push(u);
    }
    const dayDiff = differentDay(claim.text.slice(datelineLength(claim.text, DATES)), record.meeting);
    if (dayDiff) {
      return {
        verdict: 'contradicted',
        evidence,
        differences: [{ field: 'date', claimed: dayDiff.claimed, recorded: dayDiff.recorded }],
        note: `date: ${dayDiff.claimed} vs ${dayDiff.recorded}`,
        confidence: 0.75,
      };
    }
    const cities = claim.mentions.filter((m) => m.value.type === 'city').map((m) => m.value.name);
    const city = record.meeting.city;
    if (city && cities.length && !cities.includes(city)) {
      return {
        verdict: 'contradicted',
        evidence,
        differences: [{ field: 'city', claimed: cities[0], recorded: city }],
        note: `city: ${cities[0]} vs ${city}`,
        confidence: 0.6,
      };
    }
    if (!evidence.length) return null;
    return {
      verdict: 'supported',
      evidence,
      differences: [],
      note: 'the meeting as the documents record it',
      confidence: 0.7,
    };
  },
};

function pickFirstPerDocument<T extends { documentId: string }>(units: readonly T[]): T[] {
  const seen = new Set<string>();
  return units.filter((u) => !seen.has(u.documentId) && seen.add(u.documentId));
}

/** The first day-and-month the claim gives that falls outside the meeting's days. */
function differentDay(text: string, meeting: MeetingValue): { claimed: string; recorded: string } | null {
  if (!meeting.date || meeting.date.length < 10) return null;
  const [, m0, d0] = meeting.date.split('-').map(Number);
  const last = meeting.end ?? meeting.date;
  const days = [...text.matchAll(DAY_MONTH)].map((m) => {
    const day = Number(m[1] ?? m[4]);
    const month = DATES.monthNumber(m[2] ?? m[3]);
    const iso = `${meeting.date!.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return { day, month, recorded: iso >= meeting.date! && iso <= last };
  });
  // A claim that gives the meeting's own day dates something else by its other days ("released on
  // 14 May after the 12-13 May summit").
  if (days.some((d) => d.recorded)) return null;
  // A day in another month is likely another event the sentence mentions, not the meeting's date.
  const other = days.find((d) => d.month === m0);
  if (!other) return null;
  const name = (i: number) => MONTH_LEXICON.months.find((x) => x.number === i)?.names.en?.[0] ?? String(i);
  return { claimed: `${other.day} ${name(other.month)}`, recorded: `${d0} ${name(m0)}` };
}
