/**
 * @module figures-match
 * Rule `figures-match`: a claim's figure is compared with the figures of the passages that say
 * the same thing, in the same terms (money in US dollars at a dated rate, percentages, counts
 * of the same thing, areas). Equal, or within the margin of an approximation the writer stated
 * ("nearly $100 billion"), is supported; a different number is contradicted.
 */
import type { FigureValue } from '../../../model/figure.ts';
import { figureKey } from '../../retrieval/unit-facts.ts';
import { RELATED } from './retrieval-match.ts';
import type { VerdictRule } from './verdict-rule.ts';

/** Relative margin of a stated approximation ("about", "nearly"), and of rounding without one. */
const APPROXIMATE = 0.1;
const EXACT = 0.02;

export const figuresMatch: VerdictRule = {
  name: 'figures-match',
  decide: ({ claim, record, candidates }) => {
    for (const f of claim.figures) {
      if (f.kind === 'count' && !f.unit) continue;
      for (const c of candidates.filter((x) => x.coverage >= RELATED)) {
        const same = (record.figures.get(c.unit.id) ?? []).filter((g) => figureKey(g) === figureKey(f));
        if (!same.length) continue;
        const match = same.find((g) => agrees(f, g));
        if (match) {
          return {
            verdict: 'supported',
            evidence: [c.unit],
            differences: [],
            note: `figure: ${show(f)} as recorded (${show(match)})`,
            confidence: 0.75,
          };
        }
        return {
          verdict: 'contradicted',
          evidence: [c.unit],
          differences: [{ field: 'figure', claimed: show(f), recorded: show(same[0]) }],
          note: `figure: ${show(f)} vs ${show(same[0])}`,
          confidence: 0.65,
        };
      }
    }
    return null;
  },
};

/** Whether a claimed figure agrees with a recorded one, within the claim's stated approximation. */
export function agrees(claimed: FigureValue, recorded: FigureValue): boolean {
  const a = claimed.usd ?? claimed.value;
  const b = recorded.usd ?? recorded.value;
  if (!b) return a === b;
  const ratio = a / b;
  const margin = claimed.approximation || recorded.approximation ? APPROXIMATE : EXACT;
  switch (claimed.approximation) {
    case 'over':
      return b >= a * (1 - EXACT);
    case 'under':
    case 'up-to':
      return b <= a * (1 + EXACT);
    case 'nearly':
      return b <= a * (1 + EXACT) && ratio <= 1 + margin;
    default:
      return Math.abs(ratio - 1) <= margin;
  }
}

function show(f: FigureValue): string {
  const n = f.currency ? `${f.currency} ${f.value.toLocaleString('en-US')}` : f.value.toLocaleString('en-US');
  const unit = f.kind === 'percent' ? '%' : f.unit ? ` ${f.unit}` : '';
  return `${f.approximation ? `${f.approximation} ` : ''}${n}${unit}`;
}
