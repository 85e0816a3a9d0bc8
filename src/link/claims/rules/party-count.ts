/**
 * @module party-count
 * Rule `party-count`: "all six countries signed" when the documents name five parties is
 * contradicted; the same count is supported.
 */
import type { VerdictRule } from './verdict-rule.ts';

const STATE_NOUNS = /^(?:countr|state|nation|part|member|government|leader|head)/;

export const partyCount: VerdictRule = {
  name: 'party-count',
  decide: ({ claim, record }) => {
    if (claim.claim.value.aspect !== 'adoption' || !record.parties.length) return null;
    const count = claim.figures.find((f) => f.kind === 'count' && STATE_NOUNS.test(f.unit ?? ''));
    if (!count || count.approximation) return null;
    const same = count.value === record.parties.length;
    return {
      verdict: same ? 'supported' : 'contradicted',
      evidence: record.boilerplate.slice(0, 2),
      differences: same
        ? []
        : [{ field: 'number of parties', claimed: String(count.value), recorded: String(record.parties.length) }],
      note: same
        ? `${count.value} parties, as the documents name them (${record.parties.join(', ')})`
        : `number of parties: ${count.value} vs ${record.parties.length} (${record.parties.join(', ')})`,
      confidence: 0.8,
    };
  },
};
