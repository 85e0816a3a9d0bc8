/**
 * @module party-vs-attendee
 * Rule `party-vs-attendee`: a claim that states acted jointly (adopted, agreed, supported,
 * committed) and names among the actors a state that is not a party to the documents (it may
 * have attended, as a guest or observer) is contradicted: attendance is not adoption.
 */
import type { VerdictRule } from './verdict-rule.ts';
import { stateName } from './verdict-rule.ts';

const JOINT_ACTS = new Set(['adoption', 'agreement', 'position', 'announcement']);

export const partyVsAttendee: VerdictRule = {
  name: 'party-vs-attendee',
  decide: ({ claim, record, candidates }) => {
    const v = claim.claim.value;
    if (!JOINT_ACTS.has(v.aspect) || v.attributedTo === 'participant' || !record.parties.length) return null;
    const actors = v.actors ?? [];
    if (actors.length < 2) return null; // a list of actors, not one state's own act
    const outsiders = actors.filter((c) => !record.parties.includes(c));
    if (!outsiders.length) return null;
    const names = outsiders.map((c) => `${stateName(claim, c)}${record.attendees.includes(c) ? ' (attended)' : ''}`);
    const about = record.boilerplate.filter((u) => outsiders.some((c) => u.facts.states.includes(c)));
    return {
      verdict: 'contradicted',
      evidence: [
        ...(about.length ? about : record.boilerplate.slice(0, 1)),
        ...candidates.slice(0, 1).map((c) => c.unit),
      ],
      differences: names.map((n) => ({ field: 'party vs attendee', claimed: n, recorded: 'not a party' })),
      note: `party vs attendee: ${names.join(', ')} is not a party (the parties: ${record.parties.join(', ')})`,
      confidence: 0.8,
    };
  },
};
