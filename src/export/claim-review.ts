/**
 * @module claim-review
 * Checked claims as schema.org ClaimReview (JSON-LD, https://schema.org/ClaimReview): the
 * claim as it appears in the report, a rating (3 supported, 2 not in the source, 1
 * contradicted) named by the verdict, the note as the review body and the primary clauses it
 * is based on.
 */
import type { Verdict } from '../model/claim.ts';
import type { ClaimRow } from '../link/claims/claim-rows.ts';

const RATING: Record<Verdict, { value: number; name: string }> = {
  supported: { value: 3, name: 'Supported by the record' },
  'not-in-source': { value: 2, name: 'Not in the record' },
  contradicted: { value: 1, name: 'Contradicted by the record' },
};

/** One ClaimReview object per row, in a JSON-LD graph. @example claimReviews(rows, 'Concord')['@graph'].length */
export function claimReviews(rows: readonly ClaimRow[], author = 'Concord'): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@graph': rows.map((r) => ({
      '@type': 'ClaimReview',
      claimReviewed: r.text,
      itemReviewed: {
        '@type': 'Claim',
        appearance: {
          '@type': 'NewsArticle',
          ...(r.report.url ? { url: r.report.url } : {}),
          headline: r.report.title ?? r.report.fileName ?? r.report.id,
          ...(r.report.publisher ? { publisher: { '@type': 'Organization', name: r.report.publisher } } : {}),
          ...(r.report.published ? { datePublished: r.report.published } : {}),
        },
      },
      author: { '@type': 'Organization', name: author },
      reviewRating: {
        '@type': 'Rating',
        ratingValue: RATING[r.verdict].value,
        bestRating: 3,
        worstRating: 1,
        alternateName: RATING[r.verdict].name,
      },
      reviewBody: r.note,
      isBasedOn: r.evidence.map((e) => ({ '@type': 'CreativeWork', name: `${e.document}, ${e.clause}` })),
    })),
  };
}
