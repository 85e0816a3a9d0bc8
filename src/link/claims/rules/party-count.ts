/**
 * @module party-count
 * Rule `party-count`: "all six countries signed" when the documents name five parties is
 * contradicted, and so is "he and 19 other leaders signed" when they name 21.
 */
import { listedTogether } from './listed-together.ts';
import { signatoryCount } from './signatory-count.ts';
import type { VerdictRule } from './verdict-rule.ts';

export const partyCount: VerdictRule = {
  name: 'party-count',
  decide: ({ claim, record }) => {
    if (claim.claim.value.aspect !== 'adoption' || !record.parties.length) return null;
    const count = signatoryCount(claim.text);
    if (!count || count.approximate) return null;
    // "Mexico, El Salvador, Guatemala and Honduras — four countries …": the count sizes the claim's own list.
    if (listedTogether(claim).some((run) => run.length === count.value)) return null;
    // The same count says nothing about the rest of the claim: other rules decide it.
    if (count.value === record.parties.length) return null;
    return {
      verdict: 'contradicted',
      evidence: record.boilerplate.slice(0, 2),
      differences: [
        { field: 'number of parties', claimed: String(count.value), recorded: String(record.parties.length) },
      ],
      note: `number of parties: ${count.value} vs ${record.parties.length} (${record.parties.join(', ')})`,
      confidence: 0.8,
    };
  },
};
