/**
 * @module participant-attendance
 * Rule `participant-attendance`: "X attended the summit", "X arrived for the talks": a claim
 * that named people took part is supported when the documents name them among the
 * participants (spelling variants are one person: the entities layer links them to one id).
 */
import type { VerdictRule } from './verdict-rule.ts';

export const participantAttendance: VerdictRule = {
  name: 'participant-attendance',
  decide: ({ claim, record }) => {
    if (claim.claim.value.aspect !== 'attendance') return null;
    const people = [...new Set(claim.mentions.filter((m) => m.value.type === 'person').map((m) => m.value.entityId))];
    if (!people.length) return null;
    const listed = people.filter((id) => record.participants.some((p) => p.entityId === id));
    if (listed.length < people.length) return null;
    const evidence = record.boilerplate.filter((u) => people.some((id) => u.facts.entities.includes(id)));
    if (!evidence.length) return null;
    const names = claim.mentions.filter((m) => people.includes(m.value.entityId)).map((m) => m.value.name);
    return {
      verdict: 'supported',
      evidence,
      differences: [],
      note: `participants as the documents name them: ${[...new Set(names)].join(', ')}`,
      confidence: 0.75,
    };
  },
};
