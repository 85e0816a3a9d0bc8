/**
 * @module reviewed-badge
 * The mark a reviewed fact carries wherever it is shown: "reviewed by X on D", with the fields
 * the reviewer settled in its title.
 */
import type { ReviewMark } from '../../review/queue/field-reviews.ts';

/** @example <ReviewedBadge review={{ by: 'ana', at: '2026-12-06T10:00:00Z', fields: ['kind'] }} /> */
export function ReviewedBadge({ review }: { review: ReviewMark }) {
  return (
    <span class="badge reviewed" title={`reviewed: ${review.fields.join(', ')} · ${review.at}`}>
      reviewed by {review.by} · {review.at.slice(0, 10)}
    </span>
  );
}
