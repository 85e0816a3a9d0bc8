/**
 * @module person-office
 * Rule `person-office`: a claim that gives a participant another state than the one the
 * documents say they represent ("Turkmen Foreign Minister X" when X is Kyrgyzstan's) is
 * contradicted, and the note names the office that differs. Spelling variants of the name are
 * the same person (the entities layer links them to one id). Only a state named in the title
 * right before the name counts ("Kazakh Foreign Minister X"), not one named elsewhere.
 */
import type { VerdictRule } from './verdict-rule.ts';
import { stateName } from './verdict-rule.ts';

/** How far before a name its title may start (characters). */
const TITLE_REACH = 70;

export const personOffice: VerdictRule = {
  name: 'person-office',
  decide: ({ claim, record }) => {
    for (const person of claim.mentions.filter((m) => m.value.type === 'person')) {
      const title = claim.mentions.findLast(
        (m) =>
          m.value.type === 'country' &&
          m.value.country &&
          m.end <= person.start &&
          person.start - m.end <= TITLE_REACH &&
          !/[,;.:]/.test(claim.text.slice(m.end - claim.claim.start, person.start - claim.claim.start)),
      );
      const attended = record.participants.find((p) => p.entityId === person.value.entityId);
      const actual = attended?.country;
      if (!title || !attended || !actual || actual === title.value.country) continue;
      const evidence = record.boilerplate.filter((u) => u.facts.entities.includes(person.value.entityId));
      const claimed = stateName(claim, title.value.country!);
      return {
        verdict: 'contradicted',
        evidence: evidence.length ? evidence : record.boilerplate.slice(0, 1),
        differences: [{ field: 'office', claimed, recorded: actual }],
        note: `office: ${person.value.name} represents ${actual}${role(attended.role)}, not ${claimed}`,
        confidence: 0.7,
      };
    }
    return null;
  },
};

function role(text: string | null): string {
  return text ? ` (${text})` : '';
}
