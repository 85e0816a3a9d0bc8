/**
 * @module party-vs-attendee
 * Rule `party-vs-attendee`: a claim that states acted jointly (adopted, agreed, supported,
 * committed) and names among them a state that attended the meeting but is not a party to its
 * documents is contradicted: attendance is not adoption.
 */
import type { VerdictRule } from './verdict-rule.ts';
import { stateName } from './verdict-rule.ts';

const JOINT_ACTS = new Set(['adoption', 'agreement', 'position', 'announcement']);

export const partyVsAttendee: VerdictRule = {
  name: 'party-vs-attendee',
  decide: ({ claim, record, candidates }) => {
    const v = claim.claim.value;
    if (!JOINT_ACTS.has(v.aspect) || v.attributedTo === 'participant' || !record.parties.length) return null;
    const named = claim.mentions
      .filter((m) => m.value.type === 'country' && m.value.country)
      .map((m) => m.value.country!);
    if (new Set(named).size < 2) return null; // a list of actors, not one state's own act
    const outsiders = [...new Set(named)].filter((c) => !record.parties.includes(c) && record.attendees.includes(c));
    if (!outsiders.length) return null;
    const names = outsiders.map((c) => stateName(claim, c));
    const about = record.boilerplate.filter((u) => outsiders.some((c) => u.facts.states.includes(c)));
    return {
      verdict: 'contradicted',
      evidence: [
        ...(about.length ? about : record.boilerplate.slice(0, 1)),
        ...candidates.slice(0, 1).map((c) => c.unit),
      ],
      differences: names.map((n) => ({ field: 'party vs attendee', claimed: n, recorded: 'attended, not a party' })),
      note: `party vs attendee: ${names.join(', ')} attended but is not a party (${record.parties.join(', ')} are)`,
      confidence: 0.8,
    };
  },
};
