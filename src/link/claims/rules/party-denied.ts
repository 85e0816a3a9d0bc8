/**
 * @module party-denied
 * Rule `party-denied`: "Solomon Islands won't sign the declaration" when the declaration names
 * Solomon Islands among the states that adopt it is contradicted: the claim denies an adoption
 * the record shows. Only a state the primary text itself names counts (a party inferred from
 * a bloc's membership is no evidence of who signed).
 */
import { unitsNaming } from './units-naming.ts';
import type { VerdictRule } from './verdict-rule.ts';
import { stateName } from './verdict-rule.ts';

export const partyDenied: VerdictRule = {
  name: 'party-denied',
  decide: ({ claim, record }) => {
    const v = claim.claim.value;
    if (v.aspect !== 'adoption' || !v.negated || !record.parties.length) return null;
    const actors = (v.actors ?? []).filter((c) => record.parties.includes(c));
    if (!actors.length || actors.length !== (v.actors ?? []).length) return null;
    const named = actors.map((c) => ({ code: c, units: unitsNaming(claim, record, c) }));
    if (named.some((n) => !n.units.length)) return null;
    const names = actors.map((c) => stateName(claim, c));
    return {
      verdict: 'contradicted',
      evidence: named.flatMap((n) => n.units.slice(0, 2)),
      differences: names.map((n) => ({ field: 'party', claimed: `${n} did not adopt`, recorded: `${n} is a party` })),
      note: `party: ${names.join(', ')} named among the parties of the documents (the claim says it did not adopt)`,
      confidence: 0.7,
    };
  },
};
