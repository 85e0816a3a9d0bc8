/**
 * @module statement-types
 * The shapes of the store's statements query, apart from its implementation, so that the Store
 * interface names them without importing the query code (which imports the store's rows).
 */
import type { MeetingValue, StatementValue } from '../model/layers.ts';

/** What the store filters statements by. */
export interface StatementRowQuery {
  readonly documentId?: string;
  readonly kind?: string;
  /** Cut each statement's text from its document (default true); false leaves `text` empty and reads no text. */
  readonly withText?: boolean;
}

/** One stored statement with its text, its document's title and its meeting. */
export interface StoredStatement {
  readonly documentId: string;
  readonly title: string | null;
  readonly fileName: string | null;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: StatementValue;
  readonly source: string;
  readonly confidence: number;
  readonly meeting: MeetingValue | null;
}
