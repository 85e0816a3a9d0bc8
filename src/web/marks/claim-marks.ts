/**
 * @module claim-marks
 * A report's checked claims as marks over its text, coloured by verdict, the note as title (no
 * link: a claim holds entity links, and links do not nest); the panel lists them with evidence.
 */
import type { ReviewedClaimRow } from '../../services/claims.ts';
import type { Mark } from '../components/annotated-text.tsx';

/** Marks of the claims (outermost: they wrap the mentions inside). */
export function claimMarks(claims: readonly ReviewedClaimRow[]): Mark[] {
  return claims.map((c) => ({
    start: c.claim.start,
    end: c.claim.end,
    className: `cl cl-${c.verdict}`,
    title: `${c.verdict}: ${c.note}`,
    data: { verdict: c.verdict },
  }));
}
