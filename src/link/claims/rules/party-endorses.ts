/**
 * @module party-endorses
 * Rule `party-endorses`: one participant "expressed support for the documents prepared,
 * including the Declaration": when the participant speaks for a party and the meeting's primary
 * documents include one of the kind named, the participant's state adopted it, so the passage
 * that records the adoption supports the claim. Support for anything else, opposition or a
 * guest's words are left to `participant-remarks`.
 */
import { adoptionPassages } from './document-adopted.ts';
import { verdictCues } from './verdict-cues.ts';
import type { VerdictRule } from './verdict-rule.ts';

export const partyEndorses: VerdictRule = {
  name: 'party-endorses',
  decide: ({ claim, record }) => {
    const v = claim.claim.value;
    if (v.attributedTo !== 'participant' || v.aspect !== 'position' || v.negated) return null;
    if (verdictCues().denial.test(claim.text)) return null;
    const people = new Set(claim.mentions.filter((m) => m.value.type === 'person').map((m) => m.value.entityId));
    const speaker = record.participants.find(
      (p) => p.entityId && people.has(p.entityId) && p.country && record.parties.includes(p.country),
    );
    if (!speaker) return null;
    const { adopted, evidence } = adoptionPassages(claim.text, record);
    if (!evidence.length) return null;
    return {
      verdict: 'supported',
      evidence,
      differences: [],
      note: `${speaker.name} speaks for ${speaker.country}, a party to the meeting's ${kindName(adopted[0].kind)}`,
      confidence: 0.6,
    };
  },
};

const kindName = (kind: string | null) => (kind ?? 'document').replace('-', ' ');
