/**
 * @module claim-items
 * Queue items for claim verdicts: what the cross-document check said of each claim in a report,
 * with the difference it found or what it searched. A verdict is confirmed or corrected; reject
 * says the span is no claim at all (the detector was wrong), and the claim leaves the claims list.
 */
import { type ClaimVerdict, claimKey } from '../../model/claim.ts';
import { type ItemPlace, itemId, type QueueItem } from './queue-item.ts';

export interface ClaimInput extends ItemPlace, ClaimVerdict {
  /** The claim's text. */
  readonly text: string;
}

/** One item per checked claim. */
export function claimItems(claims: readonly ClaimInput[]): QueueItem[] {
  return claims.map((c) => {
    const target = claimKey(c.claim);
    const differs = c.differences.map((d) => `${d.field}: ${d.claimed} vs ${d.recorded}`).join('; ');
    return {
      documentId: c.documentId,
      title: c.title,
      format: c.format,
      id: itemId(target, 'verdict'),
      kind: 'claim-verdict',
      target,
      text: c.text,
      detail: differs || c.note,
      verdict: c.verdict,
      machine: { value: c.verdict, confidence: c.confidence, rule: c.rule },
      actions: ['confirm', 'correct', 'reject'],
    };
  });
}
