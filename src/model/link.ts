/**
 * @module link
 * Evidence of implementation: a statement (a commitment or an endorsed future event) linked to a
 * passage of a later document that reports the action happening, under way, called off, or
 * promised again. A link is the machine's suggestion until a reviewer confirms or rejects it.
 */
import type { Span } from './span.ts';

/** `repeat`: a later text promises the same again; worth showing, never a fulfilment. */
export const LINK_KINDS = ['fulfilled', 'progress', 'contradicted', 'repeat'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Which verdict wins when one text says several things about a promise. */
export const LINK_PRIORITY: Readonly<Record<LinkKind, number>> = {
  contradicted: 3,
  fulfilled: 2,
  progress: 1,
  repeat: 0,
};

/** The kinds the GUIDE's analysis JSON lists as `relation`. */
export const GUIDE_LINK_RELATIONS: readonly LinkKind[] = ['fulfilled', 'progress', 'contradicted'];

/** A span in one document. */
export interface LinkEnd extends Span {
  readonly documentId: string;
}

export type LinkReview = 'confirmed' | 'rejected';

export interface Link {
  /** Stable identity made of both spans (see `linkKey`), so reviewers' decisions survive re-analysis. */
  readonly key: string;
  /** The statement that promised or endorsed, with its printed clause label. */
  readonly from: LinkEnd & { readonly clause: string };
  /** The later passage. */
  readonly evidence: LinkEnd;
  /** ISO date of the later document (publication, else its meeting). */
  readonly evidenceDate: string | null;
  readonly kind: LinkKind;
  /** `track:<rule>`: what made the link. */
  readonly rule: string;
  readonly confidence: number;
  /** A reviewer's verdict; null while it is a suggestion. */
  readonly review: LinkReview | null;
}

/**
 * The identity of a link from its two spans.
 * @example linkKey({documentId: 'd1', start: 0, end: 9}, {documentId: 'd2', start: 4, end: 20}) // 'd1:0:9>d2:4:20'
 */
export function linkKey(from: LinkEnd, evidence: LinkEnd): string {
  return `${from.documentId}:${from.start}:${from.end}>${evidence.documentId}:${evidence.start}:${evidence.end}`;
}

/** The identity of a statement that can be tracked: `<documentId>:<start>:<end>`. */
export function commitmentKey(from: LinkEnd): string {
  return `${from.documentId}:${from.start}:${from.end}`;
}
