/**
 * @module meeting-types
 * The shapes the meeting detector's parts share: its input, its finding and the notes it reports.
 */
import type { Span } from '../../model/span.ts';
import type { MeetingValue } from '../../model/layers.ts';
import type { DocumentKind, DocumentMeta } from '../../model/document.ts';
import type { Lexicons } from '../shared/load-lexicons.ts';

export interface MeetingNote {
  severity: 'warning' | 'info';
  rule: string;
  message: string;
  start?: number;
  end?: number;
}

export interface MeetingFinding extends Span {
  readonly value: MeetingValue;
  readonly confidence: number;
  readonly rule: string;
  readonly notes: readonly MeetingNote[];
}

export interface MeetingInput {
  readonly text: string;
  readonly meta: DocumentMeta;
  /** Sentence spans in document order (from the tree). */
  readonly sentences: readonly Span[];
  readonly lexicons: Lexicons;
  /** The document's kind (the `documentKind` layer), when known. */
  readonly kind?: DocumentKind;
  /** Organisations and events the entity step named, by their spans (another body's session is not an edition). */
  readonly bodies?: readonly (Span & { readonly name: string })[];
}
