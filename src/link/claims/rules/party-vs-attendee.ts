/**
 * @module party-vs-attendee
 * Rule `party-vs-attendee`: a claim that states acted jointly (adopted, agreed, supported,
 * committed) and names among the actors a state that is not a party to the documents (it may
 * have attended, as a guest or observer) is contradicted: attendance is not adoption. A state
 * that neither attended nor is listed with the parties is what the claim is about, not an actor.
 */
import type { VerdictRule } from './verdict-rule.ts';
import { stateName } from './verdict-rule.ts';
import { listedTogether } from './listed-together.ts';

const JOINT_ACTS = new Set(['adoption', 'agreement', 'position', 'announcement']);

export const partyVsAttendee: VerdictRule = {
  name: 'party-vs-attendee',
  decide: ({ claim, record, candidates }) => {
    const v = claim.claim.value;
    if (!JOINT_ACTS.has(v.aspect) || v.attributedTo === 'participant' || !record.parties.length) return null;
    const actors = v.actors ?? [];
    if (actors.length < 2) return null; // a list of actors, not one state's own act
    // A state that attended, or is listed with the parties, is claimed as one; a state absent
    // and named apart is the claim's topic ("with North Korea and China in mind, the leaders agreed …").
    const withParties = new Set(
      listedTogether(claim)
        .filter((run) => run.some((c) => record.parties.includes(c)))
        .flat(),
    );
    const outsiders = actors.filter(
      (c) => !record.parties.includes(c) && (withParties.has(c) || record.attendees.includes(c)),
    );
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
